#pragma once
// The audit log: every insert, update and delete of a CRM record, with the fields that changed
// (old -> new) and when. One generic mechanism for every entity: the service takes a snapshot of
// the row before a change, and the log compares it with the row after.
#include "core/common/clock.h"

#include "core/db/statement.h"

#include <nlohmann/json.hpp>

#include <optional>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::audit {

enum class Entity { Contact, Company, Deal, Activity, Product, Order, Ticket, Campaign };
// Every entity, for code that visits each audited table (a new entity goes in both lists).
inline constexpr Entity kEntities[] = {Entity::Contact, Entity::Company, Entity::Deal,   Entity::Activity,
                                       Entity::Product, Entity::Order,   Entity::Ticket, Entity::Campaign};
static_assert(std::size(kEntities) == static_cast<std::size_t>(Entity::Campaign) + 1);

const char* entityName(Entity e); // "contact", ...
const char* tableName(Entity e);  // "contacts", ...

using Snapshot = nlohmann::ordered_json; // column -> value; null when the row does not exist

struct AuditEntry {
    std::int64_t id = 0;
    std::string entity;
    std::int64_t entityId = 0;
    std::string action;             // insert, update, delete, restore, merge, unmerge, purge, tags
    nlohmann::ordered_json changes; // {"field": [old, new], ...}, or details for merge
    std::int64_t at = 0;
};

class AuditLog {
public:
    AuditLog(db::Database& db, Clock clock);

    Snapshot snapshot(Entity e, std::int64_t id) const;
    // The snapshot of a row that must exist; throws ValidationError ("no contact with id 7") if not.
    Snapshot existing(Entity e, std::int64_t id) const;
    // The one way services change an existing row: snapshot, apply, record the difference.
    template <typename Apply>
    void change(Entity e, std::int64_t id, Apply&& apply, const char* action = nullptr) {
        const Snapshot before = existing(e, id);
        apply();
        recordChange(e, id, before, action);
    }
    // Records the difference between `before` and the row as it is now. Nothing is recorded
    // when nothing changed. `action` defaults from the snapshots: insert / delete / update.
    void recordChange(Entity e, std::int64_t id, const Snapshot& before, const char* action = nullptr);
    void record(Entity e, std::int64_t id, const char* action, const nlohmann::ordered_json& details);
    // Files every entry of record `from` under record `to`, for a merge: the kept record's history
    // then tells what happened to the one merged into it. Entries keep their ids and times.
    void moveHistory(Entity e, std::int64_t from, std::int64_t to);
    // Newest first.
    std::vector<AuditEntry> history(Entity e, std::int64_t id) const;

private:
    db::Database& m_db;
    Clock m_clock;
    // Prepared once: an import writes an entry per row (100,000 compilations cost ~1 s natively).
    std::optional<db::Statement> m_insert;
};

} // namespace satchel::audit
