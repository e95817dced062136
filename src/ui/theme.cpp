#include "ui/theme.h"

#include <imgui.h>

namespace satchel::ui {

namespace {
ImVec4 withAlpha(ImVec4 c, float a) { return ImVec4(c.x, c.y, c.z, a); }

// One accent per theme, used wherever ImGui would use its own blue or its yellow (charts, checks,
// selection, tabs, grips): Satchel's blue, lighter on the dark theme so it reads on the background.
void applyAccent(ImVec4* c, ImVec4 accent, ImVec4 strong, ImVec4 soft) {
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = strong;
    c[ImGuiCol_Header] = withAlpha(accent, 0.22f);
    c[ImGuiCol_HeaderHovered] = withAlpha(accent, 0.32f);
    c[ImGuiCol_HeaderActive] = withAlpha(accent, 0.45f);
    c[ImGuiCol_Button] = soft;
    c[ImGuiCol_ButtonHovered] = withAlpha(accent, 0.35f);
    c[ImGuiCol_ButtonActive] = withAlpha(accent, 0.55f);
    c[ImGuiCol_Tab] = withAlpha(accent, 0.15f);
    c[ImGuiCol_TabHovered] = withAlpha(accent, 0.45f);
    c[ImGuiCol_TabActive] = withAlpha(accent, 0.32f);
    c[ImGuiCol_SeparatorHovered] = withAlpha(accent, 0.70f);
    c[ImGuiCol_SeparatorActive] = accent;
    c[ImGuiCol_ResizeGrip] = withAlpha(accent, 0.20f);
    c[ImGuiCol_ResizeGripHovered] = withAlpha(accent, 0.60f);
    c[ImGuiCol_ResizeGripActive] = accent;
    c[ImGuiCol_TextSelectedBg] = withAlpha(accent, 0.30f);
    c[ImGuiCol_NavHighlight] = accent;
    c[ImGuiCol_DragDropTarget] = accent;
    c[ImGuiCol_PlotLines] = accent;
    c[ImGuiCol_PlotLinesHovered] = strong;
    c[ImGuiCol_PlotHistogram] = accent;
    c[ImGuiCol_PlotHistogramHovered] = strong;
    c[ImGuiCol_FrameBgActive] = withAlpha(accent, 0.20f);
}
} // namespace

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
        applyAccent(c, ImVec4(0.16f, 0.42f, 0.76f, 1.0f), ImVec4(0.09f, 0.30f, 0.60f, 1.0f),
                    ImVec4(0.86f, 0.90f, 0.98f, 1.0f));
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
        c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.86f, 1.0f);
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.92f, 0.95f, 1.0f);
        c[ImGuiCol_TableRowBgAlt] = ImVec4(0.94f, 0.95f, 0.97f, 1.0f);
        style.FrameBorderSize = 1;
    } else {
        applyAccent(style.Colors, ImVec4(0.42f, 0.64f, 0.96f, 1.0f), ImVec4(0.62f, 0.78f, 1.0f, 1.0f),
                    ImVec4(0.20f, 0.27f, 0.40f, 1.0f));
    }
}

} // namespace satchel::ui
