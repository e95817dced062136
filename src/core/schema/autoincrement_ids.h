#pragma once
// Migration 5: ids are never reused. Without AUTOINCREMENT, SQLite gives a new row max(id) + 1, so
// after the row with the largest id is deleted (a merge, a purge) the next record takes its id and
// with it whatever still points there: the audit log showed the dead contact's history on the new one.
namespace satchel::db {
class Database;
}

namespace satchel::schema {

// Rebuilds every table whose rowid is an INTEGER PRIMARY KEY column with AUTOINCREMENT on it
// (SQLite's 12-step ALTER TABLE, one copy per table), keeping its rows, indexes, triggers and
// constraints. Its sequence starts past the largest id the table or the audit log has seen.
// Runs inside the migration's transaction, with foreign keys off (Migration::foreignKeysOff).
void makeIdsAutoincrement(db::Database& db);

} // namespace satchel::schema
