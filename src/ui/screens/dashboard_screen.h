#pragma once
// Dashboard: KPI cards and charts drawn with ImDrawList (revenue by month as bars, pipeline by
// stage as a funnel, tickets by status as bars). Hovering a bar shows its value.
#include "core/dashboard/dashboard_service.h"
#include "core/deals/deal.h"
#include "ui/screen.h"
#include "ui/screen_load.h"

#include <map>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class DashboardScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;

private:
    struct Bar {
        std::string label;
        double value = 0;
        std::string shown; // the value as text, for the hover
    };
    void drawCard(const char* title, const std::string& value, const std::string& detail, float width);
    void drawBars(const char* id, const std::vector<Bar>& bars, float height);
    void drawFunnel(const char* id, const std::vector<Bar>& stages, float height);

    struct Data {
        dashboard::Figures figures;
        std::vector<deals::StageSummary> stages;
        std::map<std::string, std::int64_t> ticketCounts;
    };
    static ScreenLoad<Data>::Steps steps(Workspace& ws, std::int64_t now);
    // Figures are read again after the data changed, and each minute (overdue counts move with time).
    ScreenLoad<Data> m_load;
};

} // namespace satchel::ui
