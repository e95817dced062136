#pragma once
// The figures on the dashboard, in one currency (deals and orders in other currencies are not
// converted or mixed in). Revenue = won deals by the month they closed + orders (placed, paid or
// shipped) by order month, in the local time zone.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::dashboard {

struct MonthRevenue {
    std::string month; // "2026-11"
    std::int64_t minor = 0;
    std::int64_t start = 0, end = 0; // local midnight of its first day and of the next month's, UTC ms
};

struct Figures {
    std::string currency;
    std::vector<MonthRevenue> revenueByMonth; // the last `months` months, oldest first, gaps as 0
    std::int64_t revenueThisMonth = 0, revenueLastMonth = 0;
    std::int64_t openDeals = 0, openPipelineMinor = 0, weightedPipelineMinor = 0;
    double winRate = 0; // won / (won + lost)
    std::int64_t averageWonDealMinor = 0;
    std::map<std::string, std::int64_t> openTicketsByStatus; // new, open, waiting
    std::int64_t ticketsOverdueSla = 0;
    std::int64_t tasksOverdue = 0;
};

class DashboardService {
public:
    explicit DashboardService(db::Database& db);
    Figures figures(std::int64_t now, const std::string& currency, int months = 12) const;

    // The same figures as steps of one short query each (a month of revenue, the pipeline, the
    // service counts), run in order on one Figures. The interface spreads them over frames.
    using Step = std::function<void(Figures&)>;
    std::vector<Step> figureSteps(std::int64_t now, const std::string& currency, int months = 12) const;

private:
    db::Database& m_db;
};

} // namespace satchel::dashboard
