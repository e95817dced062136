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
};

int schemaVersion(Database& db);

// Applies every migration newer than the database. Returns how many ran.
// Throws DbError when the database is newer than the code (it refuses to guess) or a step fails.
int migrate(Database& db, std::span<const Migration> migrations);

} // namespace satchel::db
