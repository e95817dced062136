// The connection's one update hook is owned by the Database and fanned out: listeners side by side
// (the contact name order, a session recording an import, a sync cursor) all see every write, and
// the hook's blind spots are pinned here so nobody relies on what SQLite does not report.
#include "test_world.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace satchel;
using contacts::ContactQuery;

namespace {
// The ids a search lists, page by page (what the contacts table shows).
std::vector<std::int64_t> listed(const contacts::ContactService& contacts, ContactQuery q) {
    std::vector<std::int64_t> ids;
    q.limit = 5;
    for (q.offset = 0;; q.offset += q.limit) {
        const auto page = contacts.list(q);
        for (const auto& c : page.rows) ids.push_back(c.id);
        if (static_cast<int>(page.rows.size()) < q.limit) break;
    }
    return ids;
}

// A search-only query is sorted in memory (ContactNameOrder); the same search with a filter every
// contact passes is sorted by SQL: the two must agree after every write.
void checkSearchOrderFollowsWrites(const contacts::ContactService& contacts, int expected) {
    ContactQuery searched;
    searched.filter.search = "smi";
    ContactQuery reference = searched;
    reference.filter.owner = "me";
    const auto inMemory = listed(contacts, searched);
    CHECK(inMemory.size() == static_cast<size_t>(expected));
    CHECK(inMemory == listed(contacts, reference));
}

struct Session {
    sqlite3_session* session = nullptr;
    explicit Session(sqlite3* db) {
        REQUIRE(sqlite3session_create(db, "main", &session) == SQLITE_OK);
        REQUIRE(sqlite3session_attach(session, "contacts") == SQLITE_OK);
    }
    ~Session() { sqlite3session_delete(session); }
    // How many rows the changeset so far holds.
    int changedRows() const {
        int size = 0;
        void* data = nullptr;
        REQUIRE(sqlite3session_changeset(session, &size, &data) == SQLITE_OK);
        sqlite3_changeset_iter* it = nullptr;
        REQUIRE(sqlite3changeset_start(&it, size, data) == SQLITE_OK);
        int rows = 0;
        while (sqlite3changeset_next(it) == SQLITE_ROW) ++rows;
        sqlite3changeset_finalize(it);
        sqlite3_free(data);
        return rows;
    }
};
} // namespace

TEST_CASE("every listener of a connection sees every write, until its subscription ends") {
    db::Database db(":memory:");
    db.execScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    std::vector<std::string> first, second;
    auto a = db.changeFeed().subscribe([&](const db::RowChange& c) {
        first.push_back(std::string(c.table) + ":" + std::to_string(c.rowid) + ":" + std::to_string(int(c.op)));
    });
    std::optional<db::ChangeFeed::Subscription> b = db.changeFeed().subscribe(
        [&](const db::RowChange& c) { second.push_back(std::string(c.database) + "." + std::string(c.table)); });
    CHECK(db.changeFeed().subscriberCount() == 2);
    db.execScript(
        "INSERT INTO t (id, v) VALUES (7, 'x'); UPDATE t SET v = 'y' WHERE id = 7; DELETE FROM t WHERE id = 7");
    CHECK(first == std::vector<std::string>{"t:7:0", "t:7:1", "t:7:2"});
    CHECK(second == std::vector<std::string>{"main.t", "main.t", "main.t"});
    CHECK(db.changeFeed().writes() == 3);

    b.reset(); // the second listener leaves; the first still hears
    CHECK(db.changeFeed().subscriberCount() == 1);
    db.execScript("INSERT INTO t (v) VALUES ('z')");
    CHECK(first.size() == 4);
    CHECK(second.size() == 3);

    // A moved subscription still ends exactly once.
    auto moved = std::move(a);
    CHECK(db.changeFeed().subscriberCount() == 1);
    { auto gone = std::move(moved); }
    CHECK(db.changeFeed().subscriberCount() == 0);
    db.execScript("INSERT INTO t (v) VALUES ('w')");
    CHECK(first.size() == 4);
    CHECK(db.changeFeed().writes() == 5); // the counter counts with or without listeners

    // Feeds are per connection: another connection's writes are not heard here.
    db::Database other(":memory:");
    other.execScript("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t DEFAULT VALUES");
    CHECK(db.changeFeed().writes() == 5);
    CHECK(other.changeFeed().writes() == 1);
}

TEST_CASE("contact search order still follows writes with a second write listener (a session over contacts)") {
    TestWorld w;
    auto& contacts = w.ws.contacts();
    Session session(w.ws.database().handle());
    std::int64_t heard = 0;
    auto listener = w.ws.database().changeFeed().subscribe([&](const db::RowChange& c) {
        if (c.table == "contacts") ++heard;
    });
    for (int i = 0; i < 12; ++i) contacts.add({.name = "Smith " + std::to_string(i % 4), .owner = "me"});
    const auto zed = contacts.add({.name = "Zed Smithers", .owner = "me"});
    checkSearchOrderFollowsWrites(contacts, 13);
    CHECK(session.changedRows() == 13);
    CHECK(heard >= 13);

    contacts.update(zed, {.name = "Aaron Smithers", .owner = "me"});
    checkSearchOrderFollowsWrites(contacts, 13);
    CHECK(listed(contacts,
                 [] {
                     ContactQuery q;
                     q.filter.search = "smi";
                     return q;
                 }())
              .front() == zed);
    contacts.remove(zed);
    checkSearchOrderFollowsWrites(contacts, 12);
    contacts.restore(zed);
    checkSearchOrderFollowsWrites(contacts, 13);
    // Raw SQL behind the services' back, heard by both listeners.
    const auto before = heard;
    w.ws.database().execScript("UPDATE contacts SET name = 'Zz Smith' WHERE id = 1");
    CHECK(heard == before + 1);
    checkSearchOrderFollowsWrites(contacts, 13);
    CHECK(session.changedRows() == 13); // one row per changed key: still 13 contacts touched
    CHECK(w.ws.database().changeFeed().subscriberCount() >= 2);
}

TEST_CASE("the update hook's blind spots: REPLACE deletes and the truncate optimisation") {
    db::Database db(":memory:");
    db.execScript("CREATE TABLE plain (id INTEGER PRIMARY KEY, k TEXT UNIQUE)");
    std::vector<std::string> heard;
    auto listener = db.changeFeed().subscribe(
        [&](const db::RowChange& c) { heard.push_back(std::to_string(int(c.op)) + ":" + std::to_string(c.rowid)); });
    db.execScript("INSERT INTO plain (id, k) VALUES (1, 'a'), (2, 'b')");
    heard.clear();
    // Row 1 is deleted to make room for row 3's key: only the insert is reported.
    db.execScript("INSERT OR REPLACE INTO plain (id, k) VALUES (3, 'a')");
    CHECK(heard == std::vector<std::string>{"0:3"});
    heard.clear();
    // DELETE with no WHERE on a plain table: SQLite truncates and reports nothing.
    db.execScript("DELETE FROM plain");
    CHECK(heard.empty());
    auto count = db.prepare("SELECT count(*) FROM plain");
    count.step();
    CHECK(count.columnInt64(0) == 0);

    // Satchel's contacts table is pointed to by foreign keys: a DELETE with no WHERE deletes row by
    // row there, and every row is reported (the name order depends on it).
    TestWorld w;
    w.contact("Ann");
    w.contact("Bo");
    std::int64_t contactDeletes = 0;
    auto onContacts = w.ws.database().changeFeed().subscribe([&](const db::RowChange& c) {
        if (c.table == "contacts" && c.op == db::RowOp::Delete) ++contactDeletes;
    });
    w.ws.database().execScript("DELETE FROM contacts");
    CHECK(contactDeletes == 2);
    CHECK(w.ws.contacts().count() == 0);
}
