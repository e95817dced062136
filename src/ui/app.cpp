#include "ui/app.h"

#include "core/workspace/workspace.h"
#include "ui/fonts.h"
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

void App::drawFrame() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("Satchel", nullptr, flags)) {
        // The screen gets everything above the status bar, so the bar stays at the bottom edge.
        const float statusBarHeight = ImGui::GetFrameHeightWithSpacing();
        if (ImGui::BeginChild("screen", ImVec2(0, -statusBarHeight), false, ImGuiWindowFlags_NoBackground))
            m_contacts.draw(m_workspace.contacts());
        ImGui::EndChild();
        drawStatusBar();
    }
    ImGui::End();
}

void App::drawStatusBar() {
    ImGui::Separator();
    const auto count = m_workspace.contacts().count();
    hintText(std::to_string(count) + (count == 1 ? " contact" : " contacts") +
             "  ·  Kept in this tab's memory: saving to the browser is not built yet");
}

} // namespace satchel::ui
