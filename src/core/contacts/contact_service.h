#pragma once
// Contacts: the service that reads and edits the contacts table. Every change is audited and kept
// in the search index. The table's columns are listed once, in contact_columns.h; merge
// (DuplicateService) and seed write whole rows through that map too, never with SQL of their own.
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/common/name_collation.h"
#include "core/contacts/contact.h"
#include "core/contacts/contact_query.h"
#include "core/search/search_index.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::contacts {

class ContactNameOrder;

struct ContactPage {
    std::vector<Contact> rows;
    std::int64_t total = -1;           // rows matching the filter, over all pages (-1 when not asked for)
    std::optional<ContactCursor> next; // pass as `after` for the following page; empty at the end
};

// The cursor that continues a list in `sort` order after `last`.
ContactCursor cursorAfter(const Contact& last, ContactSort sort);

class ContactService {
public:
    // `names`: the order lists by name follow, owned by the Workspace (it changes with the language).
    ContactService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                   const NameCollation& names);
    ~ContactService();

    // Validates, stores and returns the new contact's id. Throws ValidationError (nothing stored).
    std::int64_t add(const ContactDraft& draft);
    void update(std::int64_t id, const ContactDraft& draft);
    std::optional<Contact> get(std::int64_t id) const;

    // Soft delete: hidden everywhere, restorable with restore() (undo). purge() removes for good.
    void remove(std::int64_t id);
    void restore(std::int64_t id);
    void purge(std::int64_t id);

    ContactPage list(const ContactQuery& query) const;
    // Rows [offset, offset + limit) of `query`'s list, for a RowCache: continued from `after` (the
    // row before offset, keyset paging) when given, else skipped to by offset. No total.
    std::vector<Contact> listBlock(const ContactQuery& query, std::int64_t offset, int limit,
                                   const Contact* after) const;
    // Contacts ordered by name (in the Workspace's name collation), then id; `offset`/`limit` page through them.
    std::vector<Contact> list(int limit, int offset = 0) const;
    // Reads up to `rows` of the name order a text search sorts its matches by, if a change made it
    // stale (ContactNameOrder); true once it is current. The contacts screen calls it each frame.
    bool readAheadSearchOrder(int rows) const;
    std::int64_t count() const; // live (not deleted) contacts
    // Those of `ids` that are live contacts (not deleted, not merged away), in ascending order.
    std::vector<std::int64_t> liveIds(const std::vector<std::int64_t>& ids) const;
    std::vector<std::string> owners() const; // every owner of a live contact, by name
    // The order contacts' names sort in, for other lists of contacts (a campaign's members).
    NameCollation nameCollation() const { return m_names; }

    // More emails and phones. Validated and normalised like the primary ones; searchable.
    std::int64_t addChannel(std::int64_t contactId, const std::string& kind, const std::string& value,
                            const std::string& label = "");
    void removeChannel(std::int64_t channelId);
    std::vector<Channel> channels(std::int64_t contactId) const;

    // Bulk actions, each in one transaction.
    void setOwner(const std::vector<std::int64_t>& ids, const std::string& owner);
    void removeMany(const std::vector<std::int64_t>& ids);
    void restoreMany(const std::vector<std::int64_t>& ids);

    // Used by import and merge: re-index one contact after changes made elsewhere.
    void reindex(std::int64_t id);
    // Indexes a contact whose row and channels the caller has at hand (import writes them itself).
    void index(const Contact& contact, const std::vector<Channel>& channels);

private:
    void write(std::int64_t id, const ContactDraft& clean, std::int64_t now);
    void setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action);
    // A search-only query in name order, sorted in memory (ContactNameOrder); nullopt when it can't be.
    std::optional<ContactPage> listInNameOrder(const ContactQuery& q, const std::string& match) const;

    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    search::SearchIndex& m_search;
    const NameCollation& m_names;
    std::unique_ptr<ContactNameOrder> m_nameOrder;
    // The number of live contacts, and the contact writes it was counted at (a full count is
    // ~10 ms in the browser at 100,000; the list's total and the status bar ask after each change).
    mutable std::int64_t m_liveCount = 0;
    mutable std::uint64_t m_liveCountAt = ~0ull;
};

} // namespace satchel::contacts
