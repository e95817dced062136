#pragma once
// What the *_columns_test files write and expect back unchanged: text in several scripts and
// emoji (a skin-tone modifier, a ZWJ family), and a row compared with another column by column.
#include "core/db/columns.h"
#include "core/db/database.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace round_trip {

inline const std::string kChinese = "客户";
inline const std::string kEmoji = "😀👍🏽";
inline const std::string kFamily = "👨‍👩‍👧";
inline const std::string kAccents = "Zoë Ångström-Façade";
inline const std::string kMixed = kChinese + " " + kEmoji + " " + kFamily + " " + kAccents;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

// Every column of `map` holds the same value in both rows.
template <typename Map>
void checkSameRow(const Map& map, const typename Map::Row& expected, const typename Map::Row& actual) {
    map.visit([&](const auto& column) {
        INFO("column: " << column.name);
        CHECK(column.member(actual) == column.member(expected));
    });
}

// `row` inserted through the map as it is (no service, no validation), then read back by rowid.
template <typename Map>
typename Map::Row storeAndRead(satchel::db::Database& db, const Map& map, const typename Map::Row& row) {
    auto insert = db.prepare(map.insertSql());
    map.bindInsert(insert, row);
    insert.run();
    auto read = db.prepare(map.select() + " WHERE rowid = ?");
    read.bind(1, db.lastInsertRowid());
    REQUIRE(read.step());
    return map.read(read);
}

} // namespace round_trip
