#pragma once
// Contacts: the only code that reads or writes the contacts table.
#include "core/common/clock.h"
#include "core/contacts/contact.h"

#include <cstdint>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::contacts {

class ContactService {
public:
    ContactService(db::Database& db, Clock clock);

    // Validates, stores and returns the new contact's id. Throws ValidationError (nothing stored).
    std::int64_t add(const ContactDraft& draft);
    // Contacts ordered by name (case-insensitive), then id; `offset`/`limit` page through them.
    std::vector<Contact> list(int limit, int offset = 0) const;
    std::int64_t count() const;

private:
    db::Database& m_db;
    Clock m_clock;
};

} // namespace satchel::contacts
