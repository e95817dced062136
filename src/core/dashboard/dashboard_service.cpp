#include "core/dashboard/dashboard_service.h"

#include "core/db/database.h"

#include <cstdio>
#include <ctime>

namespace satchel::dashboard {

namespace {
std::string monthKey(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

} // namespace

DashboardService::DashboardService(db::Database& db) : m_db(db) {}

Figures DashboardService::figures(std::int64_t now, const std::string& currency, int months) const {
    Figures f;
    f.currency = currency;

    // Months to show, oldest first, in the local zone.
    std::time_t t = static_cast<std::time_t>(now / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    int year = local.tm_year + 1900, month = local.tm_mon + 1;
    std::map<std::string, std::int64_t> byMonth;
    for (int i = months - 1; i >= 0; --i) {
        int y = year, m = month - i;
        while (m <= 0) {
            m += 12;
            --y;
        }
        byMonth[monthKey(y, m)] = 0;
    }
    auto revenue = m_db.prepare(
        "SELECT strftime('%Y-%m', closed_at / 1000, 'unixepoch', 'localtime'), sum(amount_minor) FROM deals "
        "WHERE status = 'won' AND deleted_at IS NULL AND currency = ?1 GROUP BY 1 "
        "UNION ALL "
        "SELECT strftime('%Y-%m', o.order_date / 1000, 'unixepoch', 'localtime'), "
        "sum((l.quantity * l.unit_price_minor * (10000 - l.discount_bp) + 5000) / 10000) "
        "FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.status IN ('placed', 'paid', 'shipped') AND o.currency = ?1 GROUP BY 1");
    revenue.bind(1, currency);
    while (revenue.step()) {
        auto it = byMonth.find(revenue.columnText(0));
        if (it != byMonth.end()) it->second += revenue.columnInt64(1);
    }
    for (const auto& [m, v] : byMonth) f.revenueByMonth.push_back({m, v});
    if (!f.revenueByMonth.empty()) f.revenueThisMonth = f.revenueByMonth.back().minor;
    if (f.revenueByMonth.size() > 1) f.revenueLastMonth = f.revenueByMonth[f.revenueByMonth.size() - 2].minor;

    auto pipeline = m_db.prepare(
        "SELECT count(*), coalesce(sum(d.amount_minor), 0), "
        "coalesce(sum((d.amount_minor * coalesce(d.probability, s.probability) + 50) / 100), 0) "
        "FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
        "WHERE d.status = 'open' AND d.deleted_at IS NULL AND d.currency = ?");
    pipeline.bind(1, currency);
    pipeline.step();
    f.openDeals = pipeline.columnInt64(0);
    f.openPipelineMinor = pipeline.columnInt64(1);
    f.weightedPipelineMinor = pipeline.columnInt64(2);

    auto closed = m_db.prepare(
        "SELECT sum(status = 'won'), sum(status = 'lost'), coalesce(avg(CASE WHEN status = 'won' AND currency = ? "
        "THEN amount_minor END), 0) FROM deals WHERE status <> 'open' AND deleted_at IS NULL");
    closed.bind(1, currency);
    closed.step();
    const auto won = closed.columnInt64(0), lost = closed.columnInt64(1);
    f.winRate = won + lost ? static_cast<double>(won) / static_cast<double>(won + lost) : 0.0;
    f.averageWonDealMinor = static_cast<std::int64_t>(closed.columnDouble(2) + 0.5);

    f.openTicketsByStatus = {{"new", 0}, {"open", 0}, {"waiting", 0}};
    auto tickets = m_db.prepare("SELECT status, count(*) FROM tickets WHERE status IN ('new', 'open', 'waiting') GROUP BY status");
    while (tickets.step()) f.openTicketsByStatus[tickets.columnText(0)] = tickets.columnInt64(1);
    auto overdue = m_db.prepare("SELECT count(*) FROM tickets WHERE status IN ('new', 'open', 'waiting') AND sla_due_at < ?");
    overdue.bind(1, now);
    overdue.step();
    f.ticketsOverdueSla = overdue.columnInt64(0);
    auto tasks = m_db.prepare("SELECT count(*) FROM activities WHERE kind = 'task' AND done_at IS NULL AND due_at < ?");
    tasks.bind(1, now);
    tasks.step();
    f.tasksOverdue = tasks.columnInt64(0);
    return f;
}

} // namespace satchel::dashboard
