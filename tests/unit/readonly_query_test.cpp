#include "core/db/database.h"
#include "core/db/readonly_query.h"

#include <doctest/doctest.h>

using namespace satchel::db;

TEST_CASE("read-only query returns rows as JSON objects in column order") {
    Database db(":memory:");
    db.execScript("CREATE TABLE c (name TEXT, n INTEGER, r REAL, z)");
    db.prepare("INSERT INTO c VALUES (?, ?, ?, ?)").bindAll("王小明", 7, 1.5, nullptr).run();
    CHECK(queryReadonlyJson(db, "SELECT name, n, r, z FROM c WHERE n = ?", "[7]") ==
          R"([{"name":"王小明","n":7,"r":1.5,"z":null}])");
    CHECK(queryReadonlyJson(db, "SELECT name FROM c WHERE n = ?", "[8]") == "[]");
}

TEST_CASE("read-only query refuses statements that write") {
    Database db(":memory:");
    db.execScript("CREATE TABLE c (v)");
    for (const char* sql :
         {"INSERT INTO c VALUES (1)", "DELETE FROM c", "DROP TABLE c", "UPDATE c SET v = 2", "PRAGMA user_version = 5"})
        CHECK_THROWS_WITH_AS(queryReadonlyJson(db, sql, "[]"), doctest::Contains("only read-only"), DbError);
}

TEST_CASE("read-only query checks the parameters it is given") {
    Database db(":memory:");
    CHECK_THROWS_WITH_AS(queryReadonlyJson(db, "SELECT ?", "[]"), doctest::Contains("expects 1 parameters, got 0"),
                         DbError);
    CHECK_THROWS_WITH_AS(queryReadonlyJson(db, "SELECT ?", "{\"a\":1}"), doctest::Contains("JSON array"), DbError);
    CHECK_THROWS_WITH_AS(queryReadonlyJson(db, "SELECT ?", "[[1]]"), doctest::Contains("parameter 1"), DbError);
    CHECK(queryReadonlyJson(db, "SELECT ? AS t, ? AS f", "[true, null]") == R"([{"t":1,"f":null}])");
}
