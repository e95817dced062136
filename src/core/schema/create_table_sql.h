#pragma once
// Rewriting a table's stored CREATE TABLE text (sqlite_schema.sql), for the rebuilds SQLite's
// ALTER TABLE cannot do. The text is read with SQLite's own token rules (quoted names, comments,
// nested parentheses), so only the words meant change and every CHECK, DEFAULT and REFERENCES
// clause is kept as written.
#include <optional>
#include <string>
#include <string_view>

namespace satchel::schema {

// "name" as an SQL identifier, safe to splice wherever an identifier cannot be bound.
std::string quoteIdentifier(std::string_view name);

// `createTable` creating `newName` instead, with AUTOINCREMENT on `column`'s PRIMARY KEY.
// nullopt when the column already has it. Throws DbError when `createTable` has no column
// `column` declared PRIMARY KEY in its own definition (the one place AUTOINCREMENT may go).
std::optional<std::string> withAutoincrement(std::string_view createTable, std::string_view column,
                                             std::string_view newName);

} // namespace satchel::schema
