#include "core/db/database.h"

#include <doctest/doctest.h>

using satchel::db::ColumnType;
using satchel::db::Database;
using satchel::db::DbError;

TEST_CASE("bound parameters store user text verbatim, quotes and SQL included") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v TEXT)");
    const std::string nasty = "Robert'); DROP TABLE t; --";
    db.prepare("INSERT INTO t (v) VALUES (?)").bind(1, nasty).run();
    auto stmt = db.prepare("SELECT v FROM t");
    REQUIRE(stmt.step());
    CHECK(stmt.columnText(0) == nasty);
    CHECK_FALSE(stmt.step());
}

TEST_CASE("Chinese, accented and emoji text round-trips byte for byte") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v TEXT)");
    for (std::string s : {"张三", "王小明", "Zoë Ångström", "😀 emoji", "中文 and Latin"}) {
        db.prepare("INSERT INTO t (v) VALUES (?)").bind(1, s).run();
        auto stmt = db.prepare("SELECT v FROM t WHERE rowid = ?");
        stmt.bind(1, db.lastInsertRowid());
        REQUIRE(stmt.step());
        CHECK(stmt.columnText(0) == s);
    }
}

TEST_CASE("integers keep all 64 bits, nulls stay null") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (a INTEGER, b REAL, c TEXT)");
    const std::int64_t big = 9'007'199'254'740'993LL; // not representable as a double
    db.prepare("INSERT INTO t VALUES (?, ?, ?)").bindAll(big, 0.5, nullptr).run();
    auto stmt = db.prepare("SELECT a, b, c FROM t");
    REQUIRE(stmt.step());
    CHECK(stmt.columnInt64(0) == big);
    CHECK(stmt.columnDouble(1) == 0.5);
    CHECK(stmt.columnType(2) == ColumnType::Null);
}

TEST_CASE("a SQL error names the reason and the statement") {
    Database db(":memory:");
    try {
        db.prepare("SELECT nope FROM missing_table");
        FAIL("prepare should have thrown");
    } catch (const DbError& e) {
        const std::string what = e.what();
        CHECK(what.find("no such table: missing_table") != std::string::npos);
        CHECK(what.find("SELECT nope") != std::string::npos);
    }
}

TEST_CASE("a second statement hidden after a semicolon is refused, not silently dropped") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v)");
    CHECK_THROWS_AS(db.prepare("SELECT 1; DROP TABLE t"), DbError);
    CHECK_NOTHROW(db.prepare("SELECT 1;  "));
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 't'");
    stmt.step();
    CHECK(stmt.columnInt64(0) == 1);
}

TEST_CASE("a constraint failure is reported and the statement can be used again") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v TEXT NOT NULL UNIQUE)");
    auto insert = db.prepare("INSERT INTO t (v) VALUES (?)");
    insert.bind(1, "a").run();
    insert.reset();
    CHECK_THROWS_WITH_AS(insert.bind(1, "a").run(), doctest::Contains("UNIQUE constraint failed"), DbError);
    insert.reset();
    CHECK_NOTHROW(insert.bind(1, "b").run());
}

TEST_CASE("foreign keys are enforced") {
    Database db(":memory:");
    db.execScript("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id))");
    CHECK_THROWS_WITH_AS(db.prepare("INSERT INTO c VALUES (?)").bind(1, 42).run(), doctest::Contains("FOREIGN KEY"),
                         DbError);
}

TEST_CASE("opening a file that is not a database fails with a clear error") {
    Database db(":memory:");
    // A path inside a missing folder cannot be created.
    CHECK_THROWS_WITH_AS(Database("/nonexistent-folder/x/y.db"), doctest::Contains("cannot open database"), DbError);
}

TEST_CASE("the change counter moves with every write and only then") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v)");
    const auto before = db.totalChanges();
    db.prepare("SELECT count(*) FROM t").step();
    CHECK(db.totalChanges() == before);
    db.prepare("INSERT INTO t VALUES (?)").bind(1, 1).run();
    CHECK(db.totalChanges() == before + 1);
}
