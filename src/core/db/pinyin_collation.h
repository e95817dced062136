#pragma once
// The `pinyin` SQLite collation (core/common/pinyin_order.h). An index on it (migration 9) holds
// names in that order, so every connection that may write those tables must have it: Database
// registers it on each connection it opens, before the schema is read. A tool that opens the file
// without it (the sqlite3 shell) can read it but gets "no such collation sequence: pinyin" when
// writing contacts or companies.
struct sqlite3;

namespace satchel::db {

// Registers pinyin::kCollationName; returns SQLite's result code.
int registerPinyinCollation(sqlite3* db);

} // namespace satchel::db
