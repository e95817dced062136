#include "core/common/text.h"
#include "core/common/time_format.h"
#include "time_zone_guard.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

using namespace satchel::text;

TEST_CASE("trim removes surrounding ASCII space and keeps Chinese text intact") {
    CHECK(trim("  张三 \t") == "张三");
    CHECK(trim("") == "");
    CHECK(trim(" \n ") == "");
}

TEST_CASE("UTF-8 validity: real text passes, broken bytes are caught") {
    CHECK(isValidUtf8("王小明 Zoë 😀"));
    CHECK_FALSE(isValidUtf8("\xff"));
    CHECK_FALSE(isValidUtf8("\xe7\x8e"));     // truncated 3-byte sequence
    CHECK_FALSE(isValidUtf8("\xc0\xaf"));     // overlong '/'
    CHECK_FALSE(isValidUtf8("\xed\xa0\x80")); // UTF-16 surrogate
    CHECK(codePointCount("张三abc") == 5);
}

TEST_CASE("dates are shown in the local time zone") {
    // Force a zone so the expectation is fixed: 2024-01-01 00:30 UTC is still 2023 in New York.
    TimeZoneGuard zone("America/New_York");
    const bool zoneKnown = satchel::localDateTime(0) == "1969-12-31 19:00";
    if (zoneKnown) CHECK(satchel::localDate(1'704'069'000'000) == "2023-12-31");
    zone.set("UTC");
    CHECK(satchel::localDate(1'704'069'000'000) == "2024-01-01");
    CHECK(satchel::localDateTime(1'704'069'000'000) == "2024-01-01 00:30");
    CHECK(satchel::localDateTime(-1) == "1969-12-31 23:59");
    if (!zoneKnown) MESSAGE("no tz database for America/New_York here; checked UTC only");
}

TEST_CASE("a time zone set for one scope is put back afterwards, or unset if there was none") {
    auto tz = [] { return std::getenv("TZ") ? std::optional<std::string>(std::getenv("TZ")) : std::nullopt; };
    const auto before = tz();
    {
        TimeZoneGuard outer("Europe/London");
        {
            TimeZoneGuard inner("UTC");
            inner.set("Asia/Tokyo");
            CHECK(tz() == "Asia/Tokyo");
        }
        CHECK(tz() == "Europe/London");
        unsetenv("TZ");
        { TimeZoneGuard inner("UTC"); }
        CHECK(tz() == std::nullopt);
    }
    CHECK(tz() == before);
}

TEST_CASE("a comma-separated list typed by a person becomes its trimmed, non-blank items") {
    CHECK(satchel::text::splitList(" VIP, 客户 ,, lead ") == std::vector<std::string>{"VIP", "客户", "lead"});
    CHECK(satchel::text::splitList("").empty());
    CHECK(satchel::text::splitList("one") == std::vector<std::string>{"one"});
}
