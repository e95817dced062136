#include "core/dashboard/dashboard_service.h"

#include "core/db/database.h"
#include "core/vocab/crm_vocabularies.h"

#include <cstdio>
#include <ctime>
#include <vector>

namespace satchel::dashboard {

namespace {
std::string monthKey(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

// Local midnight starting the first day of month `month` (1-12) of `year`, as UTC ms.
std::int64_t localMonthStart(int year, int month) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = 1;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm)) * 1000;
}

} // namespace

DashboardService::DashboardService(db::Database& db) : m_db(db) {}

Figures DashboardService::figures(std::int64_t now, const std::string& currency, int months) const {
    Figures f;
    for (const auto& step : figureSteps(now, currency, months)) step(f);
    return f;
}

std::vector<DashboardService::Step> DashboardService::figureSteps(std::int64_t now, const std::string& currency,
                                                                  int months) const {
    std::vector<Step> steps;
    // Months to show, oldest first, with their bounds in the local zone. Each month is summed by
    // SQL between its bounds: converting every row's time to a local month in SQL (strftime
    // 'localtime') cost ~100 ms at 100,000 contacts in the browser.
    steps.push_back([now, currency, months](Figures& f) {
        f.currency = currency;
        std::time_t t = static_cast<std::time_t>(now / 1000);
        std::tm local{};
        localtime_r(&t, &local);
        const int year = local.tm_year + 1900, month = local.tm_mon + 1;
        for (int i = months - 1; i >= 0; --i) {
            int y = year, m = month - i;
            while (m <= 0) m += 12, --y;
            const int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
            f.revenueByMonth.push_back({monthKey(y, m), 0, localMonthStart(y, m), localMonthStart(ny, nm)});
        }
    });
    for (int i = 0; i < months; ++i)
        steps.push_back([this, i, months](Figures& f) {
            auto& m = f.revenueByMonth[static_cast<size_t>(i)];
            auto revenue = m_db.prepare(
                std::string("SELECT (SELECT coalesce(sum(amount_minor), 0) FROM deals ") +
                "        WHERE status = " + vocab::sqlLiteral(vocab::deal_status::kWon) +
                " AND deleted_at IS NULL AND currency = ?1 AND closed_at >= ?2 AND closed_at < ?3) "
                "     + (SELECT coalesce(sum((l.quantity * l.unit_price_minor * (10000 - l.discount_bp) + 5000) / 10000), 0) "
                "        FROM orders o JOIN order_lines l ON l.order_id = o.id "
                "        WHERE o.status IN (" +
                vocab::order_status::revenueSqlList() +
                ") AND o.currency = ?1 "
                "          AND o.order_date >= ?2 AND o.order_date < ?3)");
            revenue.bindAll(f.currency, m.start, m.end);
            revenue.step();
            m.minor = revenue.columnInt64(0);
            if (i == months - 1) f.revenueThisMonth = m.minor;
            if (i == months - 2) f.revenueLastMonth = m.minor;
        });

    steps.push_back([this](Figures& f) {
        auto pipeline =
            m_db.prepare("SELECT count(*), coalesce(sum(d.amount_minor), 0), "
                         "coalesce(sum((d.amount_minor * coalesce(d.probability, s.probability) + 50) / 100), 0) "
                         "FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
                         "WHERE d.status = " +
                         vocab::sqlLiteral(vocab::deal_status::kOpen) + " AND d.deleted_at IS NULL AND d.currency = ?");
        pipeline.bind(1, f.currency);
        pipeline.step();
        f.openDeals = pipeline.columnInt64(0);
        f.openPipelineMinor = pipeline.columnInt64(1);
        f.weightedPipelineMinor = pipeline.columnInt64(2);
    });
    steps.push_back([this](Figures& f) {
        auto closed = m_db.prepare(
            "SELECT sum(status = ?2), sum(status = ?3), coalesce(avg(CASE WHEN status = ?2 AND currency = ?1 "
            "THEN amount_minor END), 0) FROM deals WHERE status <> ?4 AND deleted_at IS NULL");
        closed.bindAll(f.currency, vocab::deal_status::kWon, vocab::deal_status::kLost, vocab::deal_status::kOpen);
        closed.step();
        const auto won = closed.columnInt64(0), lost = closed.columnInt64(1);
        f.winRate = won + lost ? static_cast<double>(won) / static_cast<double>(won + lost) : 0.0;
        f.averageWonDealMinor = static_cast<std::int64_t>(closed.columnDouble(2) + 0.5);
    });
    steps.push_back([this, now](Figures& f) {
        f.openTicketsByStatus.clear();
        for (const vocab::Term& t : vocab::kTicketStatus.terms())
            if (vocab::ticket_status::isUnresolved(t.code)) f.openTicketsByStatus[std::string(t.code)] = 0;
        auto tickets = m_db.prepare("SELECT status, count(*) FROM tickets WHERE status IN (" +
                                    vocab::ticket_status::unresolvedSqlList() + ") GROUP BY status");
        while (tickets.step()) f.openTicketsByStatus[tickets.columnText(0)] = tickets.columnInt64(1);
        auto overdue = m_db.prepare("SELECT count(*) FROM tickets WHERE status IN (" +
                                    vocab::ticket_status::unresolvedSqlList() + ") AND sla_due_at < ?");
        overdue.bind(1, now);
        overdue.step();
        f.ticketsOverdueSla = overdue.columnInt64(0);
        // Every planned activity past its time (calls and meetings too), as the Activities screen lists them.
        auto tasks =
            m_db.prepare("SELECT count(*) FROM activities WHERE due_at IS NOT NULL AND done_at IS NULL AND due_at < ?");
        tasks.bind(1, now);
        tasks.step();
        f.tasksOverdue = tasks.columnInt64(0);
    });
    return steps;
}

} // namespace satchel::dashboard
