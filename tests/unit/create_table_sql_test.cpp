// The CREATE TABLE rewrite behind migration 5: only the name and the AUTOINCREMENT change, found
// with SQLite's token rules, so a name, comment or string that merely looks like a key is left alone.
#include "core/db/database.h"
#include "core/schema/create_table_sql.h"

#include <doctest/doctest.h>

using namespace satchel;
using schema::withAutoincrement;

TEST_CASE("AUTOINCREMENT goes after the key column's PRIMARY KEY, and only the name changes besides") {
    const char* stored = "CREATE TABLE tags (\n"
                         "    id    INTEGER PRIMARY KEY,\n"
                         "    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)\n"
                         ")";
    CHECK(withAutoincrement(stored, "id", "new_tags") == "CREATE TABLE \"new_tags\" (\n"
                                                         "    id    INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                                                         "    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK "
                                                         "(length(trim(name)) > 0)\n"
                                                         ")");
    // After a rename SQLite stores the name quoted; columns added by ALTER TABLE follow the last one.
    CHECK(withAutoincrement("CREATE TABLE \"t\" (id INTEGER PRIMARY KEY, a TEXT\n, b INTEGER REFERENCES t (id))", "id",
                            "new_t") ==
          "CREATE TABLE \"new_t\" (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT\n, b INTEGER REFERENCES t (id))");
}

TEST_CASE("names, strings and comments that look like the key column are not taken for it") {
    const char* stored = "CREATE TABLE [my table] ( -- id INTEGER PRIMARY KEY\n"
                         "  note TEXT DEFAULT 'id INTEGER PRIMARY KEY' CHECK (note <> ')'),\n"
                         "  \"ident\" TEXT,\n"
                         "  /* id */ `Id` INTEGER NOT NULL PRIMARY KEY DESC ON CONFLICT REPLACE, x)";
    CHECK(withAutoincrement(stored, "id", "new \"t\"") ==
          "CREATE TABLE \"new \"\"t\"\"\" ( -- id INTEGER PRIMARY KEY\n"
          "  note TEXT DEFAULT 'id INTEGER PRIMARY KEY' CHECK (note <> ')'),\n"
          "  \"ident\" TEXT,\n"
          "  /* id */ `Id` INTEGER NOT NULL PRIMARY KEY DESC ON CONFLICT REPLACE AUTOINCREMENT, x)");
}

TEST_CASE("a key that is already AUTOINCREMENT is left alone; a table without the key column is refused") {
    CHECK_FALSE(withAutoincrement("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)", "id", "n").has_value());
    CHECK_FALSE(withAutoincrement("CREATE TABLE t (id integer primary key autoincrement)", "ID", "n").has_value());
    CHECK_THROWS_AS(withAutoincrement("CREATE TABLE t (ref INTEGER, PRIMARY KEY (ref))", "id", "n"), db::DbError);
    CHECK_THROWS_AS(withAutoincrement("CREATE TABLE t (id INTEGER, x INTEGER PRIMARY KEY)", "id", "n"), db::DbError);
    CHECK_THROWS_AS(withAutoincrement("CREATE INDEX i ON t (id)", "id", "n"), db::DbError);
    CHECK_THROWS_AS(withAutoincrement("CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT", "id", "n"), db::DbError);
}

TEST_CASE("the rewritten statement is one SQLite accepts, with ids that are never reused") {
    db::Database db(":memory:");
    const auto sql = withAutoincrement("CREATE TABLE t (\n  id INTEGER PRIMARY KEY, -- the key\n  v TEXT)", "id", "u");
    REQUIRE(sql);
    db.prepare(*sql).run();
    db.execScript("INSERT INTO u (v) VALUES ('a'), ('b'); DELETE FROM u WHERE id = 2; INSERT INTO u (v) VALUES ('c')");
    CHECK(db.lastInsertRowid() == 3);
}
