#include "ui/app.h"

#include "core/workspace/workspace.h"
#include "platform/platform.h"
#include "platform/storage.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/storage_actions.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace satchel::ui {

App::App(Workspace& workspace) : m_workspace(workspace) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to remember between sessions yet
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    m_tr.setLanguage(languageFromCode(m_workspace.settings().get("language", "en")));
    m_theme = m_workspace.settings().get("theme", "light") == "dark" ? Theme::Dark : Theme::Light;
    applyTheme(m_theme);
    m_locator.attach(ImGui::GetCurrentContext());
}

bool App::prepareFrame(float pixelRatio) {
    if (pixelRatio == m_fontPixelRatio) return false;
    m_fontPixelRatio = pixelRatio;
    loadFonts(pixelRatio);
    return true;
}

void App::followStorageOwnership() {
    // Another tab owns (or took over) the database: SQLite itself must refuse every write here.
    const bool readOnly = platform::storageReadOnly();
    if (readOnly != m_workspace.readOnly()) m_workspace.setReadOnly(readOnly);
}

void App::apply(const SettingsScreen::Requests& requests) {
    // Preferences are kept in the database (they travel with a backup); a read-only tab still
    // switches for itself but cannot save the choice.
    auto remember = [&](const char* key, const char* value) {
        if (!m_workspace.readOnly()) m_workspace.settings().set(key, value);
    };
    if (requests.language) {
        m_tr.setLanguage(*requests.language);
        remember("language", languageCode(*requests.language));
    }
    if (requests.theme) {
        m_theme = *requests.theme;
        applyTheme(m_theme);
        remember("theme", m_theme == Theme::Dark ? "dark" : "light");
    }
}

void App::drawFrame() {
    followStorageOwnership();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed(platform::letterKey('K'), false)) m_search.open();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("Satchel", nullptr, flags)) {
        drawOwnershipBanner();
        const float statusBarHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
        drawNavigation();
        ImGui::SameLine();
        // The screen gets everything right of the navigation and above the status bar.
        if (ImGui::BeginChild("screen", ImVec2(0, -statusBarHeight), false, ImGuiWindowFlags_NoBackground)) {
            switch (m_screen) {
            case Screen::Dashboard: m_dashboard.draw(m_workspace, m_workspace.changeCount(), m_tr); break;
            case Screen::Contacts: m_contacts.draw(m_workspace, m_tr); break;
            case Screen::Companies: m_companies.draw(m_workspace, m_tr); break;
            case Screen::Pipeline: m_pipeline.draw(m_workspace, m_tr); break;
            case Screen::Activities: m_activities.draw(m_workspace, m_tr); break;
            case Screen::Service: m_service.draw(m_workspace, m_tr); break;
            case Screen::Marketing: m_marketing.draw(m_workspace, m_tr); break;
            case Screen::Orders: m_orders.draw(m_workspace, m_tr); break;
            case Screen::Duplicates: m_duplicates.draw(m_workspace, m_tr); break;
            case Screen::Settings: apply(m_settings.draw(m_workspace, m_tr, m_theme)); break;
            }
        }
        ImGui::EndChild();
        drawStatusBar();
        if (auto hit = m_search.draw(m_workspace.search(), m_tr)) openSearchHit(*hit);
    }
    ImGui::End();
}

void App::openSearchHit(const search::SearchHit& hit) {
    switch (hit.kind) {
    case search::Kind::Contact:
        m_screen = Screen::Contacts;
        m_contacts.reveal(m_workspace, hit.id);
        break;
    case search::Kind::Company:
        m_screen = Screen::Companies;
        m_companies.reveal(hit.id);
        break;
    case search::Kind::Deal:
        m_screen = Screen::Pipeline;
        m_pipeline.reveal(hit.id);
        break;
    case search::Kind::Note:  // a note is shown on the timeline of the contact it is about
        if (const auto note = m_workspace.activities().get(hit.id); note && note->contactId) {
            m_screen = Screen::Contacts;
            m_contacts.reveal(m_workspace, *note->contactId);
        }
        break;
    }
}

void App::drawNavigation() {
    const float statusBarHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    // Screens are registered here, in navigation order.
    struct Entry {
        Screen screen;
        const char* icon;
        const char* name;
    };
    static constexpr Entry kEntries[] = {
        {Screen::Dashboard, icons::kDashboard, "Dashboard"},
        {Screen::Contacts, icons::kContacts, "Contacts"},
        {Screen::Companies, icons::kCompanies, "Companies"},
        {Screen::Pipeline, icons::kPipeline, "Pipeline"},
        {Screen::Activities, icons::kActivities, "Activities"},
        {Screen::Service, icons::kService, "Service"},
        {Screen::Marketing, icons::kMarketing, "Marketing"},
        {Screen::Orders, icons::kOrders, "Products & Orders"},
        {Screen::Duplicates, icons::kDuplicates, "Duplicates"},
        {Screen::Settings, icons::kSettings, "Settings"},
    };
    if (ImGui::BeginChild("navigation", ImVec2(170, -statusBarHeight), true)) {
        ImGui::TextUnformatted(icons::kSearch);
        ImGui::SameLine();
        if (ImGui::Selectable(m_tr.label("Search"))) m_search.open();
        ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 40);
        ImGui::TextDisabled("Ctrl+K");
        ImGui::Separator();
        for (const Entry& e : kEntries) {
            ImGui::TextUnformatted(e.icon);
            ImGui::SameLine();
            if (ImGui::Selectable(m_tr.label(e.name), m_screen == e.screen)) m_screen = e.screen;
        }
    }
    ImGui::EndChild();
}

void App::drawOwnershipBanner() {
    const platform::StorageStatus& s = platform::storageStatus();
    if (s.state == platform::StorageState::ReadOnly && !m_readOnlyChosen) {
        errorText(m_tr.text("Satchel is open in another tab. Two tabs never write at once: choose how to use this one."));
        if (ImGui::Button(m_tr.label("Use read-only here"))) m_readOnlyChosen = true;
        ImGui::SameLine();
        if (ImGui::Button(m_tr.label("Take over"))) platform::takeOverStorage();
        ImGui::Separator();
    } else if (s.state == platform::StorageState::TakenOver) {
        errorText(s.error);
        if (ImGui::Button(m_tr.label("Take over"))) platform::takeOverStorage();
        ImGui::Separator();
    }
}

void App::drawStatusBar() {
    ImGui::Separator();
    const platform::StorageStatus& s = platform::storageStatus();
    switch (s.state) {
    case platform::StorageState::Saved: hintText(m_tr.text("Saved")); break;
    case platform::StorageState::Saving: hintText(m_tr.text("Saving…")); break;
    case platform::StorageState::ReadOnly:
        hintText(m_tr.text("Read-only: open in another tab"));
        if (m_readOnlyChosen) {  // otherwise the banner above offers it
            ImGui::SameLine();
            if (ImGui::SmallButton(m_tr.label("Take over"))) platform::takeOverStorage();
        }
        break;
    case platform::StorageState::TakenOver: errorText(m_tr.text("Not saving: another tab took over")); break;
    case platform::StorageState::Failed:
    case platform::StorageState::Unavailable:
        // The button first: the message can be longer than the window is wide.
        if (ImGui::SmallButton(m_tr.label("Download backup"))) downloadBackup(m_workspace);
        ImGui::SameLine();
        errorText(s.error);
        break;
    }
    ImGui::SameLine();
    if (m_countedAtChange != m_workspace.changeCount()) {
        m_contactCount = m_workspace.contacts().count();
        m_countedAtChange = m_workspace.changeCount();
    }
    hintText("·  " + std::to_string(m_contactCount) + " " + m_tr.text(m_contactCount == 1 ? "contact" : "contacts"));
}

} // namespace satchel::ui
