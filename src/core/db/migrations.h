#pragma once
// Numbered schema migrations. Each runs once, inside its own transaction, and records its number
// in PRAGMA user_version, so an older database upgrades step by step and a failed step changes nothing.
#include <span>
#include <string_view>

namespace satchel::db {

class Database;

struct Migration {
    int version;           // 1, 2, 3 ... in order, no gaps
    std::string_view name; // shown in errors
    std::string_view sql;  // schema script; never built from user text
    // A step SQL text cannot express (one that reads the schema it changes), run after `sql` in the
    // same transaction.
    void (*apply)(Database&) = nullptr;
    // The step rebuilds tables (SQLite's 12-step ALTER TABLE: create new_X, copy, drop X, rename).
    // With foreign keys on, dropping X would delete or null every row pointing at it, so they are
    // switched off around the transaction (PRAGMA foreign_keys does nothing inside one), and the
    // step fails unless PRAGMA foreign_key_check finds nothing before the commit.
    bool foreignKeysOff = false;
};

int schemaVersion(Database& db);

// Applies every migration newer than the database. Returns how many ran.
// Throws DbError when the database is newer than the code (it refuses to guess) or a step fails.
// Call it outside a transaction: a step with foreignKeysOff refuses to run inside one.
int migrate(Database& db, std::span<const Migration> migrations);

} // namespace satchel::db
