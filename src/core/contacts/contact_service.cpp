#include "core/contacts/contact_service.h"

#include "core/contacts/contact_validation.h"
#include "core/db/database.h"

namespace satchel::contacts {

ContactService::ContactService(db::Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

std::int64_t ContactService::add(const ContactDraft& draft) {
    const ContactDraft clean = validated(draft);
    const std::int64_t now = m_clock();
    m_db.prepare("INSERT INTO contacts (name, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
        .bindAll(clean.name, clean.email, clean.phone, now, now)
        .run();
    return m_db.lastInsertRowid();
}

std::vector<Contact> ContactService::list(int limit, int offset) const {
    auto stmt = m_db.prepare(
        "SELECT id, name, email, phone, created_at, updated_at FROM contacts "
        "ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?");
    stmt.bindAll(limit, offset);
    std::vector<Contact> out;
    while (stmt.step())
        out.push_back({stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3),
                       stmt.columnInt64(4), stmt.columnInt64(5)});
    return out;
}

std::int64_t ContactService::count() const {
    auto stmt = m_db.prepare("SELECT count(*) FROM contacts");
    stmt.step();
    return stmt.columnInt64(0);
}

} // namespace satchel::contacts
