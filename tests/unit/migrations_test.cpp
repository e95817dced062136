#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/schema/schema.h"

#include <doctest/doctest.h>

#include <array>

using namespace satchel::db;

namespace {
constexpr std::array<Migration, 2> kTwoSteps{{
    {1, "people", "CREATE TABLE people (name TEXT)"},
    {2, "people.email", "ALTER TABLE people ADD COLUMN email TEXT"},
}};

bool hasColumn(Database& db, const char* table, const char* column) {
    auto stmt = db.prepare("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
    stmt.bindAll(table, column);
    stmt.step();
    return stmt.columnInt64(0) == 1;
}
} // namespace

TEST_CASE("migrations run once each and record the schema version") {
    Database db(":memory:");
    CHECK(migrate(db, kTwoSteps) == 2);
    CHECK(schemaVersion(db) == 2);
    CHECK(migrate(db, kTwoSteps) == 0); // a second start changes nothing
    CHECK(hasColumn(db, "people", "email"));
}

TEST_CASE("an older database upgrades without losing its rows") {
    Database db(":memory:");
    migrate(db, std::span(kTwoSteps).first(1));
    db.prepare("INSERT INTO people (name) VALUES (?)").bind(1, "张三").run();
    CHECK(migrate(db, kTwoSteps) == 1);
    auto stmt = db.prepare("SELECT name, email FROM people");
    REQUIRE(stmt.step());
    CHECK(stmt.columnText(0) == "张三");
    CHECK(stmt.columnIsNull(1));
}

TEST_CASE("a failing migration step leaves the database at the previous version") {
    Database db(":memory:");
    constexpr std::array<Migration, 2> broken{{
        {1, "people", "CREATE TABLE people (name TEXT)"},
        {2, "bad", "ALTER TABLE people ADD COLUMN x TEXT; CREATE TABLE people (dup)"},
    }};
    CHECK_THROWS_WITH_AS(migrate(db, broken), doctest::Contains("migration 2 'bad' failed"), DbError);
    CHECK(schemaVersion(db) == 1);
    CHECK_FALSE(hasColumn(db, "people", "x")); // the half of step 2 that worked was rolled back
}

TEST_CASE("a database from a newer Satchel is refused rather than guessed at") {
    Database db(":memory:");
    migrate(db, kTwoSteps);
    CHECK_THROWS_WITH_AS(migrate(db, std::span(kTwoSteps).first(1)), doctest::Contains("newer than this Satchel"),
                         DbError);
}

TEST_CASE("Satchel's own schema applies cleanly to a new database") {
    Database db(":memory:");
    CHECK(migrate(db, satchel::schema::migrations()) == static_cast<int>(satchel::schema::migrations().size()));
    CHECK(hasColumn(db, "contacts", "email"));
}
