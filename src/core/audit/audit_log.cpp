#include "core/audit/audit_log.h"

#include "core/common/validation_error.h"
#include "core/db/database.h"

namespace satchel::audit {

namespace {
struct EntityInfo {
    const char* name;
    const char* table;
    const char* select; // the whole row by id; a fixed statement per entity, never built from input
};

const EntityInfo& info(Entity e) {
    static const EntityInfo table[] = {
        {"contact", "contacts", "SELECT * FROM contacts WHERE id = ?"},
        {"company", "companies", "SELECT * FROM companies WHERE id = ?"},
        {"deal", "deals", "SELECT * FROM deals WHERE id = ?"},
        {"activity", "activities", "SELECT * FROM activities WHERE id = ?"},
        {"product", "products", "SELECT * FROM products WHERE id = ?"},
        {"order", "orders", "SELECT * FROM orders WHERE id = ?"},
        {"ticket", "tickets", "SELECT * FROM tickets WHERE id = ?"},
        {"campaign", "campaigns", "SELECT * FROM campaigns WHERE id = ?"},
    };
    return table[static_cast<int>(e)];
}

nlohmann::ordered_json column(const db::Statement& s, int c) {
    switch (s.columnType(c)) {
    case db::ColumnType::Integer: return s.columnInt64(c);
    case db::ColumnType::Real: return s.columnDouble(c);
    case db::ColumnType::Text: return s.columnText(c);
    case db::ColumnType::Blob: return "<" + std::to_string(s.columnBlob(c).size()) + " bytes>";
    case db::ColumnType::Null: break;
    }
    return nullptr;
}
} // namespace

const char* entityName(Entity e) { return info(e).name; }
const char* tableName(Entity e) { return info(e).table; }

AuditLog::AuditLog(db::Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Snapshot AuditLog::snapshot(Entity e, std::int64_t id) const {
    auto stmt = m_db.prepare(info(e).select);
    stmt.bind(1, id);
    if (!stmt.step()) return nullptr;
    Snapshot row = Snapshot::object();
    for (int c = 0; c < stmt.columnCount(); ++c) row[stmt.columnName(c)] = column(stmt, c);
    return row;
}

Snapshot AuditLog::existing(Entity e, std::int64_t id) const {
    Snapshot row = snapshot(e, id);
    if (row.is_null()) throw ValidationError(entityName(e), Problem::NotFound, {entityName(e), std::to_string(id)});
    return row;
}

void AuditLog::recordChange(Entity e, std::int64_t id, const Snapshot& before, const char* action) {
    const Snapshot after = snapshot(e, id);
    nlohmann::ordered_json changes = nlohmann::ordered_json::object();
    const Snapshot& names = after.is_null() ? before : after;
    if (names.is_null()) return;
    for (const auto& [field, value] : names.items()) {
        if (field == "updated_at") continue; // implied by the entry's own time
        const auto& old = before.is_null() ? nullptr : before.value(field, nlohmann::ordered_json());
        const auto& now = after.is_null() ? nullptr : after.value(field, nlohmann::ordered_json());
        if (old != now) changes[field] = {old, now};
    }
    if (changes.empty()) return;
    if (!action) action = before.is_null() ? "insert" : after.is_null() ? "delete" : "update";
    record(e, id, action, changes);
}

void AuditLog::record(Entity e, std::int64_t id, const char* action, const nlohmann::ordered_json& details) {
    if (!m_insert)
        m_insert.emplace(m_db.handle(),
                         "INSERT INTO audit_log (entity, entity_id, action, changes, at) VALUES (?, ?, ?, ?, ?)");
    m_insert->reset();
    m_insert
        ->bindAll(entityName(e), id, action, details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  m_clock())
        .run();
}

void AuditLog::moveHistory(Entity e, std::int64_t from, std::int64_t to) {
    m_db.prepare("UPDATE audit_log SET entity_id = ? WHERE entity = ? AND entity_id = ?")
        .bindAll(to, entityName(e), from)
        .run();
}

std::vector<AuditEntry> AuditLog::history(Entity e, std::int64_t id) const {
    auto stmt = m_db.prepare(
        "SELECT id, entity, entity_id, action, changes, at FROM audit_log WHERE entity = ? AND entity_id = ? "
        "ORDER BY id DESC");
    stmt.bindAll(entityName(e), id);
    std::vector<AuditEntry> out;
    while (stmt.step())
        out.push_back({stmt.columnInt64(0), stmt.columnText(1), stmt.columnInt64(2), stmt.columnText(3),
                       nlohmann::ordered_json::parse(stmt.columnText(4), nullptr, false), stmt.columnInt64(5)});
    return out;
}

} // namespace satchel::audit
