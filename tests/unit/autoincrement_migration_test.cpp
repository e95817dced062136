// Migration 5 rebuilds every table with an integer id as AUTOINCREMENT. An older database must come
// through it whole: every row, every index, every constraint, foreign keys that still hold, and
// ids that are never handed out twice, not even the one deleted just before the upgrade.
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/schema/schema.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace satchel;
using db::Database;

namespace {

constexpr int kBeforeIds = 4; // the last schema version with reusable ids

// A version-4 database holding rows in most tables, linked by foreign keys, as the services write
// them (with audit entries), after the contact with the largest id was deleted.
void buildVersion4(Database& db) {
    REQUIRE(db::migrate(db, schema::migrations().first(kBeforeIds)) == kBeforeIds);
    db.execScript(R"sql(
INSERT INTO companies (id, name, domain, created_at, updated_at) VALUES
    (1, 'Acme', 'acme.example', 1, 1), (2, '北京科技', '', 2, 2);
INSERT INTO contacts (id, name, email, company_id, lifecycle, created_at, updated_at) VALUES
    (1, 'Ann Lee', 'ann@example.com', 1, 'customer', 1, 1), (2, '张三', '', 2, 'lead', 2, 2),
    (3, 'Zoë 👩‍💻', 'zoe@example.com', NULL, 'prospect', 3, 3), (4, 'Gone Soon', '', 1, 'lead', 4, 4);
INSERT INTO contact_channels (contact_id, kind, value) VALUES (1, 'phone', '+4411349600'), (4, 'email', 'g@example.com');
INSERT INTO tags (name) VALUES ('VIP'), ('Partner');
INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1), (2, 2), (4, 1);
INSERT INTO company_tags (company_id, tag_id) VALUES (1, 2);
INSERT INTO custom_fields (entity, name, kind) VALUES ('contact', 'Shoe size', 'number');
INSERT INTO custom_values (field_id, entity_id, value) VALUES (1, 1, '38');
INSERT INTO deals (title, company_id, contact_id, amount_minor, currency, stage_id, created_at, updated_at) VALUES
    ('Pilot', 1, 1, 500000, 'USD', 2, 5, 5), ('Renewal', 2, 2, 120000, 'CNY', 1, 6, 6);
INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, to_status, changed_at) VALUES (1, 1, 2, 'open', 7);
INSERT INTO activities (kind, subject, contact_id, deal_id, created_at, updated_at) VALUES
    ('call', 'Intro', 1, 1, 8, 8), ('task', 'Follow up', 4, NULL, 9, 9);
INSERT INTO products (sku, name, unit_price_minor, currency) VALUES ('PEN', 'Pen', 250, 'USD');
INSERT INTO orders (contact_id, company_id, order_date, currency, created_at) VALUES (1, 1, 10, 'USD', 10);
INSERT INTO order_lines (order_id, product_id, quantity, unit_price_minor) VALUES (1, 1, 4, 250);
INSERT INTO tickets (subject, contact_id, sla_due_at, created_at, updated_at) VALUES ('Pen leaks', 1, 20, 11, 11);
INSERT INTO ticket_comments (ticket_id, body, created_at) VALUES (1, 'Sent a new one', 12);
INSERT INTO campaigns (name) VALUES ('Spring');
INSERT INTO campaign_members (campaign_id, contact_id, updated_at) VALUES (1, 1, 13), (1, 4, 13);
INSERT INTO segments (name, filter_json) VALUES ('Customers', '{}');
INSERT INTO settings (key, value) VALUES ('language', 'zh');
INSERT INTO search_index (kind, ref_id, display, title, body) VALUES ('contact', 1, 'Ann Lee', 'Ann Lee', '');
INSERT INTO audit_log (entity, entity_id, action, changes, at) VALUES
    ('contact', 1, 'insert', '{}', 1), ('contact', 4, 'insert', '{}', 4), ('contact', 4, 'purge', '{}', 14);
DELETE FROM contacts WHERE id = 4;
)sql");
}

// Every row of every table (SQLite's own and the search index's too), each rendered as text and
// sorted, so two databases holding the same rows compare equal whatever order they are read in.
std::map<std::string, std::vector<std::string>> allRows(Database& db) {
    std::map<std::string, std::vector<std::string>> out;
    auto tables = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type <> 'view' "
                             "AND name NOT IN ('sqlite_schema', 'sqlite_sequence', 'sqlite_temp_schema')");
    while (tables.step()) {
        const std::string table = tables.columnText(0);
        auto rows = db.prepare("SELECT * FROM \"" + table + "\"");
        auto& rendered = out[table];
        while (rows.step()) {
            std::string row;
            for (int c = 0; c < rows.columnCount(); ++c)
                row += std::to_string(static_cast<int>(rows.columnType(c))) + ":" + rows.columnBlob(c) + "|";
            rendered.push_back(row);
        }
        std::sort(rendered.begin(), rendered.end());
    }
    return out;
}

// Every index's name and text (NULL for the indexes behind UNIQUE constraints), by name.
std::map<std::string, std::string> indexes(Database& db) {
    std::map<std::string, std::string> out;
    auto stmt =
        db.prepare("SELECT name, tbl_name || ': ' || coalesce(sql, 'NULL') FROM sqlite_schema WHERE type = 'index'");
    while (stmt.step()) out[stmt.columnText(0)] = stmt.columnText(1);
    return out;
}

std::map<std::string, std::string> schemaText(Database& db) {
    std::map<std::string, std::string> out;
    auto stmt = db.prepare("SELECT type || ' ' || name, coalesce(sql, '') FROM sqlite_schema");
    while (stmt.step()) out[stmt.columnText(0)] = stmt.columnText(1);
    return out;
}

std::int64_t scalar(Database& db, const std::string& sql) {
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.step());
    return stmt.columnInt64(0);
}

std::vector<std::string> foreignKeyProblems(Database& db) {
    std::vector<std::string> out;
    auto stmt = db.prepare("PRAGMA foreign_key_check");
    while (stmt.step()) out.push_back(stmt.columnText(0) + " -> " + stmt.columnText(2));
    return out;
}

struct IdTable {
    std::string name, sql;
};

// Ordinary tables whose one key column is declared INTEGER (the rowid), read from sqlite_schema.
std::vector<IdTable> integerIdTables(Database& db) {
    std::vector<IdTable> out;
    auto tables =
        db.prepare("SELECT l.name, s.sql FROM pragma_table_list AS l JOIN sqlite_schema AS s ON s.name = l.name "
                   "WHERE l.schema = 'main' AND l.type = 'table' AND l.wr = 0 AND l.name NOT LIKE 'sqlite%'");
    while (tables.step()) {
        auto key = db.prepare("SELECT count(*), max(upper(type)) FROM pragma_table_info(?) WHERE pk > 0");
        key.bind(1, tables.columnText(0));
        REQUIRE(key.step());
        if (key.columnInt64(0) == 1 && key.columnText(1) == "INTEGER")
            out.push_back({tables.columnText(0), tables.columnText(1)});
    }
    return out;
}

// Every table with an integer id declares it AUTOINCREMENT. Read from the stored text, not from
// sqlite_sequence (a table gets its row there only once something was inserted).
void requireEveryIdAutoincrement(Database& db) {
    const auto tables = integerIdTables(db);
    CHECK(tables.size() == 20); // every such table in the schema (a new one is added here too)
    const std::regex autoincrement(R"(\bid\s+INTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b)", std::regex::icase);
    for (const auto& t : tables) CHECK_MESSAGE(std::regex_search(t.sql, autoincrement), t.name << ": " << t.sql);
}

} // namespace

TEST_CASE("migration 5 keeps every row and index of a version-4 database") {
    Database db(":memory:");
    buildVersion4(db);
    const auto rowsBefore = allRows(db);
    const auto indexesBefore = indexes(db);
    REQUIRE(rowsBefore.at("contacts").size() == 3);
    REQUIRE(rowsBefore.at("activities").size() == 1); // the deleted contact's task went with it

    CHECK(db::migrate(db, schema::migrations().first(5)) == 1);
    CHECK(db::schemaVersion(db) == 5);
    CHECK(allRows(db) == rowsBefore);
    CHECK(indexes(db) == indexesBefore);
    CHECK(indexesBefore.count("sqlite_autoindex_tags_1") == 1); // UNIQUE constraints' indexes too
    CHECK(scalar(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'Ann'") == 1);
    CHECK(foreignKeyProblems(db).empty());
    auto check = db.prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.columnText(0) == "ok");
}

TEST_CASE("after migration 5 foreign keys are on and enforced, and constraints hold as before") {
    Database db(":memory:");
    buildVersion4(db);
    db::migrate(db, schema::migrations());
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    CHECK_THROWS_AS(db.execScript("INSERT INTO deals (title, contact_id, amount_minor, currency, stage_id, created_at, "
                                  "updated_at) VALUES ('Bad', 999, 1, 'USD', 1, 1, 1)"),
                    db::DbError);
    CHECK_THROWS_AS(db.execScript("INSERT INTO order_lines (order_id, product_id, quantity, unit_price_minor) "
                                  "VALUES (1, 999, 1, 1)"),
                    db::DbError);
    CHECK_THROWS_AS(db.execScript("INSERT INTO contacts (name, lifecycle, created_at, updated_at) "
                                  "VALUES ('X', 'friend', 1, 1)"),
                    db::DbError);                                                          // a CHECK
    CHECK_THROWS_AS(db.execScript("INSERT INTO tags (name) VALUES ('vip')"), db::DbError); // UNIQUE, NOCASE
    CHECK(scalar(db, "SELECT count(*) FROM custom_values") == 1);
    // ON DELETE actions: a deleted contact takes its channels and activities, and leaves its deals.
    db.execScript("DELETE FROM contacts WHERE id = 1");
    CHECK(scalar(db, "SELECT count(*) FROM contact_channels") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM activities") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM deals WHERE id = 1 AND contact_id IS NULL") == 1);
    db.execScript("INSERT INTO contacts (name, created_at, updated_at) VALUES ('Defaults', 1, 1)");
    CHECK(scalar(db, "SELECT count(*) FROM contacts WHERE name = 'Defaults' AND lifecycle = 'lead' AND email = ''") ==
          1);
}

TEST_CASE("after migration 5 a deleted largest id is not handed out again") {
    Database db(":memory:");
    buildVersion4(db);
    db::migrate(db, schema::migrations());
    // Contact 4 was deleted before the upgrade; the audit log still holds its history.
    db.execScript("INSERT INTO contacts (name, created_at, updated_at) VALUES ('New', 1, 1)");
    CHECK(db.lastInsertRowid() == 5);
    db.execScript("DELETE FROM contacts WHERE id = 5");
    db.execScript("INSERT INTO contacts (name, created_at, updated_at) VALUES ('Newer', 1, 1)");
    CHECK(db.lastInsertRowid() == 6);
    // Every other table continues past its largest id, and keeps counting past deletions.
    db.execScript("DELETE FROM tickets WHERE id = 1");
    db.execScript("INSERT INTO tickets (subject, sla_due_at, created_at, updated_at) VALUES ('Next', 1, 1, 1)");
    CHECK(db.lastInsertRowid() == 2);
    db.execScript("DELETE FROM pipeline_stages WHERE id = 4");
    db.execScript("INSERT INTO pipeline_stages (name, position, probability) VALUES ('Closing', 5, 90)");
    CHECK(db.lastInsertRowid() == 5);
}

TEST_CASE("every table with an integer id is AUTOINCREMENT, in a new database and an upgraded one") {
    Database fresh(":memory:");
    db::migrate(fresh, schema::migrations());
    requireEveryIdAutoincrement(fresh);

    Database upgraded(":memory:");
    buildVersion4(upgraded);
    db::migrate(upgraded, schema::migrations());
    requireEveryIdAutoincrement(upgraded);
    // Both came through the same steps: the same tables, indexes and text.
    CHECK(schemaText(upgraded) == schemaText(fresh));
}

TEST_CASE("migration 5 rebuilds a table with quoted names, comments and a trigger the same way") {
    Database db(":memory:");
    buildVersion4(db);
    db.execScript(R"sql(
CREATE TABLE "odd ""name"" t" (
    -- id INTEGER PRIMARY KEY, in a comment
    "Id" integer NOT NULL /* a key */ PRIMARY KEY ON CONFLICT ABORT,
    note TEXT DEFAULT 'PRIMARY KEY, id' CHECK (note <> ')'),
    contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE INDEX odd_by_note ON "odd ""name"" t" (note);
CREATE TABLE odd_log (note TEXT);
CREATE TRIGGER odd_logged AFTER INSERT ON "odd ""name"" t" BEGIN INSERT INTO odd_log VALUES (new.note); END;
INSERT INTO "odd ""name"" t" (note, contact_id) VALUES ('first', 1), ('second', 2);
DELETE FROM "odd ""name"" t" WHERE "Id" = 2;
)sql");
    db::migrate(db, schema::migrations());

    const auto text = schemaText(db);
    CHECK(text.at("table odd \"name\" t")
              .find("\"Id\" integer NOT NULL /* a key */ PRIMARY KEY ON CONFLICT ABORT "
                    "AUTOINCREMENT,") != std::string::npos);
    CHECK(text.at("table odd \"name\" t").find("-- id INTEGER PRIMARY KEY, in a comment") != std::string::npos);
    CHECK(text.count("index odd_by_note") == 1);
    CHECK(text.count("trigger odd_logged") == 1);
    // A table the audit log does not cover starts past the largest id it still had (2 was deleted).
    db.execScript("INSERT INTO \"odd \"\"name\"\" t\" (contact_id) VALUES (2)");
    CHECK(db.lastInsertRowid() == 2);
    CHECK(scalar(db, "SELECT count(*) FROM odd_log WHERE rowid = 3 AND note = 'PRIMARY KEY, id'") ==
          1); // default, trigger
    db.execScript("INSERT INTO \"odd \"\"name\"\" t\" (note) VALUES ('third')");
    CHECK(db.lastInsertRowid() == 3);
    db.execScript("DELETE FROM contacts WHERE id = 1");
    CHECK(scalar(db, "SELECT count(*) FROM \"odd \"\"name\"\" t\" WHERE note = 'first'") == 0); // cascades
}
