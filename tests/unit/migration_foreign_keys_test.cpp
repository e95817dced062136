// A migration that rebuilds tables runs with foreign keys off (DROP TABLE would otherwise delete
// or null the rows pointing at the table), and must leave none dangling: else nothing changes.
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/db/transaction.h"

#include <doctest/doctest.h>

#include <array>

using namespace satchel::db;

namespace {
constexpr std::string_view kParentChild = "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);"
                                          "CREATE TABLE child (id INTEGER PRIMARY KEY, "
                                          "parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);"
                                          "INSERT INTO parent VALUES (1, 'a'), (2, 'b');"
                                          "INSERT INTO child VALUES (10, 1), (20, 2);";

// The 12-step rebuild of `parent`, done right: every child keeps its parent.
void rebuildParent(Database& db) {
    db.execScript("CREATE TABLE new_parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT '');"
                  "INSERT INTO new_parent SELECT id, name FROM parent; DROP TABLE parent;"
                  "ALTER TABLE new_parent RENAME TO parent");
}

// A rebuild that loses a parent row the children point at.
void rebuildParentLosingOne(Database& db) {
    db.execScript("CREATE TABLE new_parent (id INTEGER PRIMARY KEY, name TEXT);"
                  "INSERT INTO new_parent SELECT id, name FROM parent WHERE id = 1; DROP TABLE parent;"
                  "ALTER TABLE new_parent RENAME TO parent");
}

std::int64_t scalar(Database& db, const char* sql) {
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.step());
    return stmt.columnInt64(0);
}
} // namespace

TEST_CASE("a table rebuilt with foreign keys off keeps the rows pointing at it, and they are on again after") {
    Database db(":memory:");
    const std::array<Migration, 2> steps{{
        {1, "parent and child", kParentChild},
        {2, "rebuild parent", "", rebuildParent, true},
    }};
    CHECK(migrate(db, steps) == 2);
    CHECK(scalar(db, "SELECT count(*) FROM child") == 2); // with foreign keys on, DROP TABLE would cascade
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    CHECK_THROWS_AS(db.execScript("INSERT INTO child VALUES (30, 99)"), DbError);
    db.execScript("DELETE FROM parent WHERE id = 1");
    CHECK(scalar(db, "SELECT count(*) FROM child") == 1); // the cascade works on the new table
}

TEST_CASE("a rebuild that leaves a dangling reference fails and changes nothing") {
    Database db(":memory:");
    const std::array<Migration, 2> steps{{
        {1, "parent and child", kParentChild},
        {2, "lossy rebuild", "", rebuildParentLosingOne, true},
    }};
    CHECK_THROWS_WITH_AS(migrate(db, steps),
                         doctest::Contains("migration 2 'lossy rebuild' failed: a row of child (rowid 20) points at a "
                                           "missing row of parent"),
                         DbError);
    CHECK(schemaVersion(db) == 1);
    CHECK(scalar(db, "SELECT count(*) FROM parent") == 2);
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
}

TEST_CASE("a step that needs foreign keys off refuses to run inside a transaction") {
    Database db(":memory:");
    const std::array<Migration, 2> steps{{
        {1, "parent and child", kParentChild},
        {2, "rebuild parent", "", rebuildParent, true},
    }};
    migrate(db, std::span(steps).first(1));
    {
        Transaction tx(db);
        CHECK_THROWS_WITH_AS(migrate(db, steps), doctest::Contains("inside a transaction"), DbError);
    }
    CHECK(schemaVersion(db) == 1);
    CHECK(scalar(db, "SELECT count(*) FROM child") == 2);
}
