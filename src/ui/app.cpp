#include "ui/app.h"

#include "core/workspace/workspace.h"
#include "platform/storage.h"
#include "ui/fonts.h"
#include "ui/storage_actions.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace satchel::ui {

App::App(Workspace& workspace) : m_workspace(workspace) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to remember between sessions yet
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    applyTheme(Theme::Light);
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

void App::drawFrame() {
    followStorageOwnership();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("Satchel", nullptr, flags)) {
        drawOwnershipBanner();
        // The screens get everything above the status bar, so the bar stays at the bottom edge.
        const float statusBarHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
        if (ImGui::BeginChild("screen", ImVec2(0, -statusBarHeight), false, ImGuiWindowFlags_NoBackground)) {
            // Screens are registered here, in navigation order.
            if (ImGui::BeginTabBar("screens")) {
                if (tabItem("Contacts")) {
                    m_contacts.draw(m_workspace.contacts(), m_workspace.changeCount());
                    ImGui::EndTabItem();
                }
                if (tabItem("Settings")) {
                    m_settings.draw(m_workspace);
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
        }
        ImGui::EndChild();
        drawStatusBar();
    }
    ImGui::End();
}

void App::drawOwnershipBanner() {
    const platform::StorageStatus& s = platform::storageStatus();
    if (s.state == platform::StorageState::ReadOnly && !m_readOnlyChosen) {
        errorText("Satchel is open in another tab. Two tabs never write at once: choose how to use this one.");
        if (ImGui::Button("Use read-only here")) m_readOnlyChosen = true;
        ImGui::SameLine();
        if (ImGui::Button("Take over")) platform::takeOverStorage();
        ImGui::Separator();
    } else if (s.state == platform::StorageState::TakenOver) {
        errorText(s.error);
        if (ImGui::Button("Take over")) platform::takeOverStorage();
        ImGui::Separator();
    }
}

void App::drawStatusBar() {
    ImGui::Separator();
    const platform::StorageStatus& s = platform::storageStatus();
    switch (s.state) {
    case platform::StorageState::Saved: hintText("Saved"); break;
    case platform::StorageState::Saving: hintText("Saving…"); break;
    case platform::StorageState::ReadOnly:
        hintText("Read-only: open in another tab");
        if (m_readOnlyChosen) {  // otherwise the banner above offers it
            ImGui::SameLine();
            if (ImGui::SmallButton("Take over")) platform::takeOverStorage();
        }
        break;
    case platform::StorageState::TakenOver: errorText("Not saving: another tab took over"); break;
    case platform::StorageState::Failed:
    case platform::StorageState::Unavailable:
        // The button first: the message can be longer than the window is wide.
        if (ImGui::SmallButton("Download backup")) downloadBackup(m_workspace);
        ImGui::SameLine();
        errorText(s.error);
        break;
    }
    ImGui::SameLine();
    if (m_countedAtChange != m_workspace.changeCount()) {
        m_contactCount = m_workspace.contacts().count();
        m_countedAtChange = m_workspace.changeCount();
    }
    const auto count = m_contactCount;
    hintText("·  " + std::to_string(count) + (count == 1 ? " contact" : " contacts"));
}

} // namespace satchel::ui
