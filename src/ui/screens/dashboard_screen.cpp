#include "ui/screens/dashboard_screen.h"

#include "core/common/money.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/money_text.h"
#include "ui/screen_factory.h"
#include "ui/stage_name.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace satchel::ui {

namespace {
std::string percent(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", v * 100.0);
    return buf;
}
} // namespace

ScreenLoad<DashboardScreen::Data>::Steps DashboardScreen::steps(Workspace& ws, std::int64_t now) {
    // Twelve months of revenue over 100,000 contacts' orders take ~70 ms in the browser: one
    // month a step, so opening the dashboard never holds a frame that long.
    const std::string currency = ws.settings().defaultCurrency();
    ScreenLoad<Data>::Steps steps;
    for (auto& step : ws.dashboard().figureSteps(now, currency))
        steps.push_back([step = std::move(step)](Data& d) { step(d.figures); });
    steps.push_back([&ws, currency](Data& d) { d.stages = ws.deals().summary(currency); });
    steps.push_back([&ws](Data& d) { d.ticketCounts = ws.tickets().countByStatus(); });
    return steps;
}

template std::unique_ptr<Screen> makeScreen<DashboardScreen>();

void DashboardScreen::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    headingText(tr.text("Dashboard"));
    const std::int64_t now = ctx.now;
    if (!m_load.frameAt(
            now, ctx.changeCount, [&](std::int64_t at) { return steps(ctx.services, at); }, tr))
        return;
    const auto& f = m_load.data().figures;
    const std::string& currency = f.currency;
    const auto money = [&](std::int64_t minor) { return formatMoney({minor, currency}); };

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float cardWidth = (ImGui::GetContentRegionAvail().x - 4 * gap) / 5;
    drawCard(tr.text("Revenue this month"), money(f.revenueThisMonth),
             std::string(tr.text("Last month")) + " " + money(f.revenueLastMonth), cardWidth);
    ImGui::SameLine();
    // The card counts the default currency; deals in others are named beside it, never added in.
    std::string pipelineDetail = std::string(tr.text("Weighted")) + " " + money(f.weightedPipelineMinor);
    const auto totals = deals::pipelineTotals(m_load.data().stages, currency);
    std::vector<deals::CurrencyTotal> others;
    for (const auto& t : totals)
        if (t.currency != currency) others.push_back(t);
    if (!others.empty()) pipelineDetail += " · + " + formatTotals(others, false, currency);
    drawCard(tr.text("Open pipeline"), money(f.openPipelineMinor), pipelineDetail, cardWidth);
    ImGui::SameLine();
    drawCard(tr.text("Win rate"), percent(f.winRate),
             std::string(tr.text("Average won deal")) + " " + money(f.averageWonDealMinor), cardWidth);
    ImGui::SameLine();
    std::int64_t openTickets = 0;
    for (const auto& [status, n] : f.openTicketsByStatus) openTickets += n;
    drawCard(tr.text("Open tickets"), std::to_string(openTickets),
             std::to_string(f.ticketsOverdueSla) + " " + tr.text("past their SLA"), cardWidth);
    ImGui::SameLine();
    drawCard(tr.text("Overdue tasks"), std::to_string(f.tasksOverdue), "", cardWidth);

    ImGui::Spacing();
    headingText(tr.text("Revenue by month"));
    std::vector<Bar> revenue;
    for (const auto& m : f.revenueByMonth)
        revenue.push_back({m.month.substr(5), static_cast<double>(m.minor), m.month + ": " + money(m.minor)});
    drawBars("revenue", revenue, 160);

    if (!ImGui::BeginTable("charts", 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("pipeline", 0, 2.0f);
    ImGui::TableSetupColumn("tickets", 0, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    headingText(tr.text("Pipeline by stage"));
    std::vector<Bar> pipeline;
    for (const auto& s : m_load.data().stages)
        pipeline.push_back({stageName(s.stage.name, tr), static_cast<double>(totalIn(s.totals, currency)),
                            std::string(stageName(s.stage.name, tr)) + ": " +
                                tr.count(s.openDeals, "{0} deal", "{0} deals") + ", " +
                                formatTotals(s.totals, false, currency)});
    drawFunnel("pipeline", pipeline, 150);
    ImGui::TableNextColumn();
    headingText(tr.text("Tickets by status"));
    std::vector<Bar> tickets;
    for (const vocab::Term& status : vocab::kTicketStatus.terms()) {
        const auto found = m_load.data().ticketCounts.find(std::string(status.code));
        const std::int64_t n = found == m_load.data().ticketCounts.end() ? 0 : found->second;
        const std::string name = tr.term(vocab::kTicketStatus, status.code);
        tickets.push_back({name, static_cast<double>(n), name + ": " + std::to_string(n)});
    }
    drawBars("tickets", tickets, 120);
    ImGui::EndTable();
}

void DashboardScreen::drawCard(const char* title, const std::string& value, const std::string& detail, float width) {
    ImGui::BeginChild(title, ImVec2(width, 84), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    fittedText(title);
    ImGui::PopStyleColor();
    // The figure large, smaller when a narrow card cannot hold it large (never cut off).
    const float room = ImGui::GetContentRegionAvail().x;
    const float natural = ImGui::CalcTextSize(value.c_str()).x;
    ImGui::SetWindowFontScale(natural * 1.5f <= room || natural <= 0 ? 1.5f : std::max(1.0f, room / natural));
    fittedText(value);
    ImGui::SetWindowFontScale(1.0f);
    if (!detail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        fittedText(detail);
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
}

void DashboardScreen::drawBars(const char* id, const std::vector<Bar>& bars, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float labelHeight = ImGui::GetTextLineHeightWithSpacing();
    ImGui::InvisibleButton(id, ImVec2(width, height + labelHeight));
    reportLastItem(id); // InvisibleButton has no ItemInfo hook in ImGui 1.86
    if (bars.empty()) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    double top = 0;
    for (const Bar& b : bars) top = std::max(top, b.value);
    const float slot = width / static_cast<float>(bars.size());
    const ImU32 fill = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    const ImU32 hot = ImGui::GetColorU32(ImGuiCol_PlotHistogramHovered);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (size_t i = 0; i < bars.size(); ++i) {
        const float x0 = origin.x + slot * static_cast<float>(i) + slot * 0.15f;
        const float x1 = x0 + slot * 0.7f;
        const float h = top > 0 ? static_cast<float>(bars[i].value / top) * height : 0.0f;
        const ImVec2 a(x0, origin.y + height - std::max(h, 1.0f)), b(x1, origin.y + height);
        const bool hovered = ImGui::IsItemHovered() && mouse.x >= x0 && mouse.x < x1;
        draw->AddRectFilled(a, b, hovered ? hot : fill, 2.0f);
        draw->AddText(ImVec2(x0, origin.y + height + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      bars[i].label.c_str());
        if (hovered) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(bars[i].shown.c_str());
            reportLastItem(bars[i].shown.c_str());
            ImGui::EndTooltip();
        }
    }
}

void DashboardScreen::drawFunnel(const char* id, const std::vector<Bar>& stages, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton(id, ImVec2(width, height));
    reportLastItem(id);
    if (stages.empty()) return;
    double top = 0;
    for (const Bar& b : stages) top = std::max(top, b.value);
    const float row = height / static_cast<float>(stages.size());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float centre = origin.x + width / 2;
    for (size_t i = 0; i < stages.size(); ++i) {
        // Each stage is a bar centred under the one before: the funnel's shape is the pipeline's.
        const float w = std::max(top > 0 ? static_cast<float>(stages[i].value / top) * width : 0.0f, 2.0f);
        const float y0 = origin.y + row * static_cast<float>(i), y1 = y0 + row - 3;
        const bool hovered = ImGui::IsItemHovered() && mouse.y >= y0 && mouse.y < y1;
        draw->AddRectFilled(ImVec2(centre - w / 2, y0), ImVec2(centre + w / 2, y1),
                            ImGui::GetColorU32(hovered ? ImGuiCol_PlotHistogramHovered : ImGuiCol_PlotHistogram), 2.0f);
        const ImVec2 text = ImGui::CalcTextSize(stages[i].label.c_str());
        draw->AddText(ImVec2(centre - text.x / 2, y0 + (row - 3 - text.y) / 2), ImGui::GetColorU32(ImGuiCol_Text),
                      stages[i].label.c_str());
        if (hovered) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(stages[i].shown.c_str());
            reportLastItem(stages[i].shown.c_str());
            ImGui::EndTooltip();
        }
    }
}

} // namespace satchel::ui
