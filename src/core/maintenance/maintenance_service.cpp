#include "core/maintenance/maintenance_service.h"

#include "core/db/database.h"

namespace satchel::maintenance {

namespace {
std::int64_t scalar(db::Database& db, const char* sql) {
    auto stmt = db.prepare(sql);
    stmt.step();
    return stmt.columnInt64(0);
}
} // namespace

MaintenanceService::MaintenanceService(db::Database& db) : m_db(db) {}

RecordCounts MaintenanceService::counts() const {
    RecordCounts c;
    c.deals = scalar(m_db, "SELECT count(*) FROM deals WHERE deleted_at IS NULL");
    c.orders = scalar(m_db, "SELECT count(*) FROM orders");
    c.tickets = scalar(m_db, "SELECT count(*) FROM tickets");
    c.activities = scalar(m_db, "SELECT count(*) FROM activities");
    c.databaseBytes = scalar(m_db, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    return c;
}

std::vector<std::string> MaintenanceService::problems() const {
    std::vector<std::string> out;
    auto integrity = m_db.prepare("PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.columnText(0) != "ok") out.push_back("integrity: " + integrity.columnText(0));
    auto fk = m_db.prepare("PRAGMA foreign_key_check");
    while (fk.step())
        out.push_back("foreign key: " + fk.columnText(0) + " row " + std::to_string(fk.columnInt64(1)) +
                      " points to a missing " + fk.columnText(2));
    return out;
}

} // namespace satchel::maintenance
