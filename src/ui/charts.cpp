#include "ui/charts.h"

#include "core/common/chart_axis.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace satchel::ui {

namespace {
constexpr float kLabelGap = 8.0f; // between neighbouring labels, and between an axis and its labels

// Text drawn at `at` and reported under itself, as a person would find it.
void label(ImDrawList* draw, ImVec2 at, ImU32 colour, const std::string& text) {
    draw->AddText(at, colour, text.c_str());
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    reportText(text.c_str(), at.x, at.y, at.x + size.x, at.y + size.y);
}

void tooltip(const std::string& text) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(text.c_str());
    reportLastItem(text.c_str());
    ImGui::EndTooltip();
}
} // namespace

void barChart(const char* id, const std::vector<ChartBar>& bars, float height, double minStep) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeight();
    ImGui::InvisibleButton(id, ImVec2(width, height + line + 4));
    reportLastItem(id); // InvisibleButton has no ItemInfo hook in ImGui 1.86
    const bool hoveredChart = ImGui::IsItemHovered();

    double largest = 0;
    for (const ChartBar& b : bars) largest = std::max(largest, b.value);
    const charts::ValueAxis axis = charts::valueAxis(largest, 4, minStep);
    std::vector<std::string> tickText;
    float tickWidth = 0;
    for (double t : axis.ticks) {
        tickText.push_back(charts::shortNumber(t));
        tickWidth = std::max(tickWidth, ImGui::CalcTextSize(tickText.back().c_str()).x);
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border, 0.6f);
    const float left = origin.x + tickWidth + kLabelGap, right = origin.x + width;
    const float top = origin.y + line / 2, bottom = origin.y + height; // room for the top tick's label
    const auto yOf = [&](double v) { return bottom - static_cast<float>(v / axis.top) * (bottom - top); };
    for (std::size_t i = 0; i < axis.ticks.size(); ++i) {
        const float y = yOf(axis.ticks[i]);
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), i == 0 ? muted : grid);
        const float w = ImGui::CalcTextSize(tickText[i].c_str()).x;
        label(draw, ImVec2(left - kLabelGap - w, y - line / 2), muted, tickText[i]);
    }
    draw->AddLine(ImVec2(left, top), ImVec2(left, bottom), muted);
    if (bars.empty()) return;

    const float slot = (right - left) / static_cast<float>(bars.size());
    std::vector<float> widths;
    for (const ChartBar& b : bars) widths.push_back(ImGui::CalcTextSize(b.label.c_str()).x);
    const int stride = charts::labelStride(widths, slot, kLabelGap);
    const ImU32 fill = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    const ImU32 hot = ImGui::GetColorU32(ImGuiCol_PlotHistogramHovered);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const float x0 = left + slot * static_cast<float>(i) + slot * 0.15f, x1 = x0 + slot * 0.7f;
        const bool hovered = hoveredChart && mouse.x >= x0 && mouse.x < x1;
        if (bars[i].value > 0)
            draw->AddRectFilled(ImVec2(x0, std::min(yOf(bars[i].value), bottom - 1)), ImVec2(x1, bottom),
                                hovered ? hot : fill, 2.0f, ImDrawFlags_RoundCornersTop);
        if (i % static_cast<std::size_t>(stride) == 0) {
            // Centred under its bar, but never past the plot's ends (under the axis's labels).
            const float centre = left + slot * (static_cast<float>(i) + 0.5f);
            const float x = std::clamp(centre - widths[i] / 2, left, std::max(left, right - widths[i]));
            label(draw, ImVec2(x, bottom + 3), muted, bars[i].label);
        }
        if (hovered) tooltip(bars[i].shown);
    }
}

void funnelChart(const char* id, const std::vector<ChartBar>& stages, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton(id, ImVec2(width, height));
    reportLastItem(id);
    if (stages.empty()) return;
    double widest = 0;
    float labelWidth = 0;
    for (const ChartBar& s : stages) {
        widest = std::max(widest, s.value);
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(s.label.c_str()).x);
    }
    // Labels take at most 40 % of the width (longer ones end in "…"); the funnel the rest.
    labelWidth = std::min(labelWidth, width * 0.4f);
    const float left = origin.x + labelWidth + kLabelGap;
    const float room = origin.x + width - left, centre = left + room / 2;
    const float row = height / static_cast<float>(stages.size());
    const auto half = [&](std::size_t i) {
        const double v = i < stages.size() ? stages[i].value : stages.back().value * 0.6;
        return std::max(widest > 0 ? static_cast<float>(v / widest) * room / 2 : 0.0f, 1.0f);
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        // Each stage narrows from its own width to the next one's: the outline is the funnel.
        const float y0 = origin.y + row * static_cast<float>(i), y1 = y0 + row - 2;
        const float a = half(i), b = half(i + 1);
        const bool hovered = ImGui::IsItemHovered() && mouse.y >= y0 && mouse.y < y1;
        const ImVec2 shape[4] = {ImVec2(centre - a, y0), ImVec2(centre + a, y0), ImVec2(centre + b, y1),
                                 ImVec2(centre - b, y1)};
        draw->AddConvexPolyFilled(shape, 4,
                                  ImGui::GetColorU32(hovered ? ImGuiCol_PlotHistogramHovered : ImGuiCol_PlotHistogram));
        const std::string shown = fitText(stages[i].label, labelWidth);
        label(draw, ImVec2(origin.x, y0 + (row - 2 - ImGui::GetTextLineHeight()) / 2), text, shown);
        if (hovered) tooltip(stages[i].shown);
    }
}

} // namespace satchel::ui
