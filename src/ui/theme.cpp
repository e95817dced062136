#include "ui/theme.h"

#include <imgui.h>

namespace satchel::ui {

void applyTheme(Theme theme) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (theme == Theme::Dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);

    style.WindowPadding = ImVec2(16, 12);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.CellPadding = ImVec2(8, 4);
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.WindowRounding = 0;
    style.ScrollbarSize = 14;
    style.WindowBorderSize = 0;

    if (theme == Theme::Light) {
        ImVec4* c = style.Colors;
        c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
        c[ImGuiCol_Button] = ImVec4(0.86f, 0.90f, 0.98f, 1.0f);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.76f, 0.84f, 0.98f, 1.0f);
        c[ImGuiCol_ButtonActive] = ImVec4(0.66f, 0.77f, 0.96f, 1.0f);
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
        c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.86f, 1.0f);
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.92f, 0.95f, 1.0f);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(0.94f, 0.95f, 0.97f, 1.0f);
        style.FrameBorderSize = 1;
    }
}

} // namespace satchel::ui
