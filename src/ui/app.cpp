#include "ui/app.h"

#include "ui/address.h"

#include "core/workspace/workspace.h"
#include "platform/platform.h"
#include "platform/storage.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <string_view>

namespace satchel::ui {

namespace {
constexpr std::string_view kFirstScreen = "contacts";
}

App::App(Workspace& workspace) : m_workspace(workspace) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is fixed; nothing to remember between sessions yet
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    m_tr.setLanguage(languageFromCode(m_workspace.settings().get(settings::kLanguageKey, "en")));
    m_theme = m_workspace.settings().get("theme", "light") == "dark" ? Theme::Dark : Theme::Light;
    applyTheme(m_theme);
    m_locator.attach(ImGui::GetCurrentContext());
    for (const ScreenEntry& entry : screenRegistry()) {
        if (entry.id == kFirstScreen) m_current = m_screens.size();
        m_screens.push_back({&entry, entry.make()});
    }
}

bool App::commitEdits() {
    bool ok = true;
    for (Slot& slot : m_screens) ok = slot.screen->commitEdits(m_workspace) && ok;
    return ok;
}

void App::openSearch() {
    // The palette takes the keyboard; what was typed on the screen is stored first.
    m_screens[m_current].screen->commitEdits(m_workspace);
    m_search.open();
}

bool App::prepareFrame(float pixelRatio) { return m_fonts.beforeFrame(pixelRatio); }

void App::followStorageOwnership() {
    // Another tab owns (or took over) the database: SQLite itself must refuse every write here.
    const bool readOnly = platform::storageReadOnly();
    if (readOnly != m_workspace.readOnly()) m_workspace.setReadOnly(readOnly);
    setRecordsEditable(!readOnly);
}

void App::drawFrame() {
    followStorageOwnership();
    m_requests.clear();
    ScreenContext ctx{m_workspace, m_tr, m_theme, m_workspace.now(), m_workspace.changeCount(), m_requests};
    if (const auto address = platform::takeNavigation()) goTo(ctx, *address);
    const ImGuiIO& io = ImGui::GetIO();
    // Not over the import wizard: opening the palette would close it with its write half done.
    if (io.KeyCtrl && ImGui::IsKeyPressed(platform::letterKey('K'), false) && !m_import.isOpen()) openSearch();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("Satchel", nullptr, flags)) {
        drawOwnershipBanner();
        const float statusBarHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
        drawNavigation(ctx);
        ImGui::SameLine();
        // The screen gets everything right of the navigation and above the status bar.
        if (ImGui::BeginChild("screen", ImVec2(0, -statusBarHeight), false, ImGuiWindowFlags_NoBackground)) {
            m_reminders.draw(ctx);
            m_screens[m_current].screen->draw(ctx);
        }
        ImGui::EndChild();
        drawStatusBar(ctx);
        m_search.draw(ctx);
        // A file dropped anywhere or picked (Import buttons) opens the import wizard.
        if (auto file = platform::takeReceivedFile(); file && !m_workspace.readOnly())
            m_import.offer(std::move(file->name), std::move(file->bytes));
        m_import.draw(ctx);
    }
    ImGui::End();
    applyRequests(ctx);
    publishAddress();
}

void App::goTo(ScreenContext& ctx, const std::string& address) {
    if (address == m_address) return;
    show(ctx, address);
    m_address = address; // the page's URL shows it already
}

void App::show(ScreenContext& ctx, const std::string& address) {
    const Address to = parseAddress(address);
    std::size_t screen = m_current;
    for (std::size_t i = 0; i < m_screens.size(); ++i)
        if (to.screen == m_screens[i].entry->id) screen = i;
    // An unknown screen (an old or mistyped link) keeps the current one; the address is corrected.
    m_replaceAddress = screen == m_current && to.screen != m_screens[m_current].entry->id;
    m_screens[m_current].screen->commitEdits(m_workspace);
    m_current = screen;
    // A record that is gone shows the screen's list; the address then says so.
    if (!m_screens[m_current].screen->showRecord(ctx, to.record)) m_replaceAddress = true;
}

void App::publishAddress() {
    const Slot& slot = m_screens[m_current];
    const std::string address = formatAddress({slot.entry->id, slot.screen->shownRecord()});
    if (address != m_address) {
        platform::showAddress(address, m_replaceAddress || m_address.empty());
        m_address = address;
    }
    m_replaceAddress = false;
}

void App::drawNavigation(ScreenContext& ctx) {
    const float statusBarHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    if (ImGui::BeginChild("navigation", ImVec2(170, -statusBarHeight), true)) {
        ImGui::TextUnformatted(icons::kSearch);
        ImGui::SameLine();
        if (ImGui::Selectable(m_tr.label("Search"))) openSearch();
        ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 40);
        ImGui::TextDisabled("Ctrl+K");
        ImGui::Separator();
        for (std::size_t i = 0; i < m_screens.size(); ++i) {
            const ScreenEntry& e = *m_screens[i].entry;
            ImGui::TextUnformatted(e.icon);
            ImGui::SameLine();
            if (ImGui::Selectable(m_tr.label(e.title), i == m_current)) ctx.request(requests::ShowScreen{e.id});
        }
    }
    ImGui::EndChild();
}

void App::drawOwnershipBanner() {
    const platform::StorageStatus& s = platform::storageStatus();
    if (s.state == platform::StorageState::ReadOnly && !m_readOnlyChosen) {
        errorText(
            m_tr.text("Satchel is open in another tab. Two tabs never write at once: choose how to use this one."));
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

void App::drawStatusBar(ScreenContext& ctx) {
    ImGui::Separator();
    const platform::StorageStatus& s = platform::storageStatus();
    switch (s.state) {
    case platform::StorageState::Saved: hintText(m_tr.text("Saved")); break;
    case platform::StorageState::Saving: hintText(m_tr.text("Saving…")); break;
    case platform::StorageState::ReadOnly:
        hintText(m_tr.text("Read-only: open in another tab"));
        if (m_readOnlyChosen) { // otherwise the banner above offers it
            ImGui::SameLine();
            if (ImGui::SmallButton(m_tr.label("Take over"))) platform::takeOverStorage();
        }
        break;
    case platform::StorageState::TakenOver: errorText(m_tr.text("Not saving: another tab took over")); break;
    case platform::StorageState::Failed:
    case platform::StorageState::Unavailable:
        // The button first: the message can be longer than the window is wide.
        if (ImGui::SmallButton(m_tr.label("Download backup"))) ctx.request(requests::DownloadBackup{});
        ImGui::SameLine();
        errorText(s.error);
        break;
    }
    ImGui::SameLine();
    if (m_countedAtChange != ctx.changeCount) {
        m_contactCount = m_workspace.contacts().count();
        m_countedAtChange = ctx.changeCount;
    }
    hintText("·  " + std::to_string(m_contactCount) + " " + m_tr.text(m_contactCount == 1 ? "contact" : "contacts"));
    if (!m_requestError.field.empty()) {
        ImGui::SameLine();
        errorText(m_tr.format("Could not save: {0}", {m_requestError.shown(m_tr)}));
    }
}

} // namespace satchel::ui
