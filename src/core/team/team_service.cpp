#include "core/team/team_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/team/member_columns.h"

namespace satchel::team {

namespace {
std::string checkedName(const std::string& typed) {
    std::string name = text::trim(typed);
    if (name.empty()) throw ValidationError("name", Problem::Required);
    if (!text::isValidUtf8(name)) throw ValidationError("name", Problem::NotUtf8);
    return name;
}
} // namespace

TeamService::TeamService(db::Database& db, Clock clock, const NameCollation& names)
    : m_db(db), m_clock(clock), m_names(names) {}

std::vector<Member> TeamService::members() const {
    auto stmt = m_db.prepare(kMemberColumns.select() + " WHERE removed_at IS NULL ORDER BY " +
                             collated("name", m_names) + ", id");
    return kMemberColumns.readAll(stmt);
}

std::optional<Member> TeamService::get(std::int64_t id) const {
    auto stmt = m_db.prepare(kMemberColumns.select() + " WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return kMemberColumns.read(stmt);
}

std::optional<Member> TeamService::me() const {
    auto stmt = m_db.prepare(kMemberColumns.select() + " WHERE is_me = 1 AND removed_at IS NULL");
    if (!stmt.step()) return std::nullopt;
    return kMemberColumns.read(stmt);
}

std::int64_t TeamService::add(const std::string& typedName, const std::string& email) {
    const std::string name = checkedName(typedName);
    auto existing = m_db.prepare("SELECT id, removed_at IS NOT NULL FROM users WHERE name = ?");
    existing.bind(1, name);
    if (existing.step()) {
        const std::int64_t id = existing.columnInt64(0);
        if (existing.columnInt64(1) == 0) throw ValidationError("name", Problem::NameTaken, {name});
        m_db.prepare("UPDATE users SET removed_at = NULL, email = ? WHERE id = ?").bindAll(text::trim(email), id).run();
        return id;
    }
    return db::insertRow(m_db, kMemberColumns,
                         Member{.name = name, .email = text::trim(email), .createdAt = m_clock()});
}

void TeamService::update(std::int64_t id, const std::string& typedName, const std::string& email) {
    const std::string name = checkedName(typedName);
    const auto before = get(id);
    if (!before) throw ValidationError("member", Problem::NotFound, {"member", std::to_string(id)});
    auto taken = m_db.prepare("SELECT 1 FROM users WHERE name = ? AND id <> ?");
    taken.bindAll(name, id);
    if (taken.step()) throw ValidationError("name", Problem::NameTaken, {name});
    db::Transaction tx(m_db);
    m_db.prepare("UPDATE users SET name = ?, email = ? WHERE id = ?").bindAll(name, text::trim(email), id).run();
    if (name != before->name) {
        // Every record that named them names them still.
        for (const char* sql :
             {"UPDATE contacts SET owner = ?1 WHERE owner = ?2", "UPDATE deals SET owner = ?1 WHERE owner = ?2",
              "UPDATE tickets SET assignee = ?1 WHERE assignee = ?2"})
            m_db.prepare(sql).bindAll(name, before->name).run();
    }
    tx.commit();
}

void TeamService::setMe(std::int64_t id) {
    if (!get(id)) throw ValidationError("member", Problem::NotFound, {"member", std::to_string(id)});
    db::Transaction tx(m_db);
    m_db.prepare("UPDATE users SET is_me = 0 WHERE is_me = 1").run();
    m_db.prepare("UPDATE users SET is_me = 1 WHERE id = ?").bind(1, id).run();
    tx.commit();
}

void TeamService::remove(std::int64_t id) {
    m_db.prepare("UPDATE users SET removed_at = ?, is_me = 0 WHERE id = ? AND removed_at IS NULL")
        .bindAll(m_clock(), id)
        .run();
    if (m_db.changes() == 0) throw ValidationError("member", Problem::NotFound, {"member", std::to_string(id)});
}

} // namespace satchel::team
