#include "ui/screens/dashboard_screen.h"

#include "core/common/money.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/charts.h"
#include "ui/item_locator.h"
#include "ui/money_text.h"
#include "ui/screen_factory.h"
#include "ui/stage_name.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
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
    screenTitle(tr.text("Dashboard"));
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
    // In major units, so the axis reads 1.5k and not 150k; months keep their year ("2026-01").
    const double perUnit = std::pow(10.0, minorDigits(currency));
    std::vector<ChartBar> revenue;
    for (const auto& m : f.revenueByMonth)
        revenue.push_back(
            {m.month, static_cast<double>(m.minor) / perUnit, tr.format("{0}: {1}", {m.month, money(m.minor)})});
    barChart("revenue", revenue, 160, 1.0 / perUnit);

    if (!ImGui::BeginTable("charts", 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("pipeline", 0, 2.0f);
    ImGui::TableSetupColumn("tickets", 0, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    headingText(tr.text("Pipeline by stage"));
    // Each stage's width: the open deals in it or in a later stage, the deals that got at least
    // that far; so the shape narrows the way a funnel does.
    const auto& stages = m_load.data().stages;
    std::vector<ChartBar> pipeline(stages.size());
    std::int64_t reached = 0;
    for (std::size_t i = stages.size(); i-- > 0;) {
        const auto& s = stages[i];
        reached += s.openDeals;
        const std::string name = stageName(s.stage.name, tr);
        pipeline[i] = {tr.format("{0} ({1})", {name, std::to_string(s.openDeals)}), static_cast<double>(reached),
                       tr.format("{0}: {1}, {2}", {name, tr.count(s.openDeals, "{0} deal", "{0} deals"),
                                                   formatTotals(s.totals, false, currency)})};
    }
    funnelChart("pipeline", pipeline, 150);
    ImGui::TableNextColumn();
    headingText(tr.text("Tickets by status"));
    std::vector<ChartBar> tickets;
    for (const vocab::Term& status : vocab::kTicketStatus.terms()) {
        const auto found = m_load.data().ticketCounts.find(std::string(status.code));
        const std::int64_t n = found == m_load.data().ticketCounts.end() ? 0 : found->second;
        const std::string name = tr.term(vocab::kTicketStatus, status.code);
        tickets.push_back({name, static_cast<double>(n), tr.format("{0}: {1}", {name, std::to_string(n)})});
    }
    barChart("tickets", tickets, 120, 1);
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

} // namespace satchel::ui
