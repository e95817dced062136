#pragma once
// Dashboard: KPI cards and charts drawn with ImDrawList (revenue by month as bars, pipeline by
// stage as a funnel, tickets by status as bars). Hovering a bar shows its value.
#include "core/dashboard/dashboard_service.h"
#include "core/deals/deal.h"
#include "ui/i18n/translator.h"

#include <map>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class DashboardScreen {
public:
    void draw(Workspace& workspace, std::int64_t changeCount, const Translator& tr);

private:
    struct Bar {
        std::string label;
        double value = 0;
        std::string shown;  // the value as text, for the hover
    };
    void drawCard(const char* title, const std::string& value, const std::string& detail, float width);
    void drawBars(const char* id, const std::vector<Bar>& bars, float height);
    void drawFunnel(const char* id, const std::vector<Bar>& stages, float height);

    // Figures are recomputed only after the data changed (or the day changed).
    std::int64_t m_loadedAtChange = -1;
    std::int64_t m_loadedAt = 0;
    std::string m_currency;
    dashboard::Figures m_figures;
    std::vector<deals::StageSummary> m_stages;
    std::map<std::string, std::int64_t> m_ticketCounts;
};

} // namespace satchel::ui
