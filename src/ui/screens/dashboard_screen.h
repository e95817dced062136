#pragma once
// Dashboard: KPI cards and charts (ui/charts.h): revenue by month as bars, the pipeline as a funnel
// of the open deals at or past each stage, tickets by status as bars. Hovering shows the values.
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
    void drawCard(const char* title, const std::string& value, const std::string& detail, float width);

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
