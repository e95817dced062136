#include "ui/app.h"

#include "core/workspace/workspace.h"
#include "ui/fonts.h"
#include "ui/theme.h"

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
        m_contacts.draw(m_workspace.contacts());
        drawStatusBar();
    }
    ImGui::End();
}

void App::drawStatusBar() {
    ImGui::Separator();
    ImGui::TextDisabled("%lld contacts  ·  Kept in this tab's memory: saving to the browser is not built yet",
                        static_cast<long long>(m_workspace.contacts().count()));
}

} // namespace satchel::ui
