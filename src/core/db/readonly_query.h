#pragma once
// Read-only SQL for the automation surface (window.satchel.query) and scripting:
// the statement is refused unless SQLite itself says it cannot write.
#include <string>
#include <string_view>

namespace satchel::db {

class Database;

// `paramsJson` is a JSON array of values bound to ?1, ?2 ... (null, booleans, numbers, strings).
// Returns a JSON array of row objects keyed by column name. Throws DbError on a write statement,
// bad parameters or a SQL error.
std::string queryReadonlyJson(Database& db, std::string_view sql, std::string_view paramsJson);

} // namespace satchel::db
