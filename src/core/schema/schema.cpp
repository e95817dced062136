#include "core/schema/schema.h"

#include <array>

namespace satchel::schema {

namespace {

// Times are UTC milliseconds. Text is UTF-8.
constexpr std::string_view kContacts = R"sql(
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE, id);
CREATE INDEX contacts_by_email ON contacts (email COLLATE NOCASE) WHERE email <> '';
)sql";

constexpr std::array<db::Migration, 1> kMigrations{{
    {1, "contacts", kContacts},
}};

} // namespace

std::span<const db::Migration> migrations() { return kMigrations; }

} // namespace satchel::schema
