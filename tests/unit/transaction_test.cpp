#include "core/db/database.h"
#include "core/db/transaction.h"

#include <doctest/doctest.h>

#include <stdexcept>

using satchel::db::Database;
using satchel::db::Transaction;

namespace {
std::int64_t rows(Database& db) {
    auto stmt = db.prepare("SELECT count(*) FROM t");
    stmt.step();
    return stmt.columnInt64(0);
}
} // namespace

TEST_CASE("a committed transaction keeps every write") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v)");
    {
        Transaction tx(db);
        for (int i = 0; i < 3; ++i) db.prepare("INSERT INTO t VALUES (?)").bind(1, i).run();
        tx.commit();
    }
    CHECK(rows(db) == 3);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("an error in the middle of a transaction leaves nothing half-written") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v NOT NULL)");
    db.prepare("INSERT INTO t VALUES (?)").bind(1, "kept").run();
    try {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (?)").bind(1, "first").run();
        db.prepare("INSERT INTO t VALUES (?)").bind(1, nullptr).run(); // violates NOT NULL
        tx.commit();
        FAIL("the insert should have thrown");
    } catch (const satchel::db::DbError&) {
    }
    CHECK(rows(db) == 1);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("a transaction abandoned by any exception rolls back") {
    Database db(":memory:");
    db.execScript("CREATE TABLE t (v)");
    CHECK_THROWS_AS(
        [&] {
            Transaction tx(db);
            db.prepare("INSERT INTO t VALUES (?)").bind(1, 1).run();
            throw std::runtime_error("user cancelled");
        }(),
        std::runtime_error);
    CHECK(rows(db) == 0);
}

TEST_CASE("a transaction begun inside another is part of it: its rollback undoes only its own writes") {
    satchel::db::Database db(":memory:");
    db.execScript("CREATE TABLE t (v INTEGER)");
    {
        satchel::db::Transaction outer(db);
        db.execScript("INSERT INTO t VALUES (1)");
        {
            satchel::db::Transaction inner(db);
            db.execScript("INSERT INTO t VALUES (2)");
        } // abandoned
        {
            satchel::db::Transaction inner(db);
            db.execScript("INSERT INTO t VALUES (3)");
            inner.commit();
        }
        CHECK(db.inTransaction());
        outer.commit();
    }
    auto sum = db.prepare("SELECT group_concat(v) FROM t");
    REQUIRE(sum.step());
    CHECK(sum.columnText(0) == "1,3");
    {
        satchel::db::Transaction outer(db);
        satchel::db::Transaction inner(db);
        db.execScript("INSERT INTO t VALUES (4)");
        inner.commit();
    } // the outer one abandoned: the inner one's write goes with it
    auto count = db.prepare("SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.columnInt64(0) == 2);
}
