#pragma once
// Where each live contact stands in the list's name order (name in the Workspace's collation, then id), kept
// in memory so a search with thousands of matches is put in order without reading each matching
// row. At 100,000 contacts a two-letter prefix matches ~2,700 contacts; reading their rows to sort
// them was most of a keystroke (4 ms natively, 9 ms in the browser).
//
// The order is read again (a pass over the live-name index: ~35 ms at 100,000 contacts in the
// browser) after any contact row was written. A subscription to the connection's change feed
// (db::ChangeFeed) counts those writes, whoever makes them: the services, imports, the seed, raw
// SQL from the command line or tests. A change of collation (the language) starts it over too.
// (Temporary triggers did the same but made every insert into contacts open a statement journal:
// seeding 100,000 contacts took twice as long.) The contacts screen reads the order ahead, a slice
// per frame (advance), so the first search after a change does not pay for it.
#include "core/common/name_collation.h"
#include "core/db/change_feed.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::contacts {

class ContactNameOrder {
public:
    ContactNameOrder(db::Database& db, const NameCollation& names);
    ContactNameOrder(const ContactNameOrder&) = delete;
    ContactNameOrder& operator=(const ContactNameOrder&) = delete;

    // Puts live contact ids in name order (reversed when `descending`) and drops ids that are not
    // live contacts. False, leaving `ids` untouched, when the order cannot be held in memory (ids
    // far beyond the number of contacts); the caller sorts in SQL then.
    bool sort(std::vector<std::int64_t>& ids, bool descending);
    // The position of a live contact in name order, or -1.
    std::int64_t position(std::int64_t id);
    // Reads up to `rows` more of the order if it is not current. True once it is.
    bool advance(int rows);
    // How many contact rows were written on this connection: a value cached against it (the
    // number of live contacts) is current while it stays the same.
    std::uint64_t writes() const { return m_writes; }

private:
    bool refresh();
    void restart();

    db::Database& m_db;
    const NameCollation& m_names;
    NameCollation m_startedIn = NameCollation::CaseInsensitive; // the collation m_rank follows
    std::uint64_t m_writes = 0;                                 // contact rows written on this connection (change feed)
    db::ChangeFeed::Subscription m_subscription;
    std::uint64_t m_startedAtWrites = ~0ull; // when the order in m_rank was started
    bool m_complete = false;                 // every live contact is ranked
    bool m_usable = false;
    std::vector<std::uint32_t> m_rank; // by id: 1 + position in name order; 0 = not a live contact
    std::uint32_t m_ranked = 0;        // contacts ranked so far
    std::string m_lastName;            // the last contact ranked, to continue after it
    std::int64_t m_lastId = 0;
};

} // namespace satchel::contacts
