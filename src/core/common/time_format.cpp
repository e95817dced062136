#include "core/common/time_format.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"

#include <cstdio>
#include <ctime>
#include <optional>

namespace satchel {

namespace {
std::string format(std::int64_t utcMs, const char* pattern) {
    // Floor division, so times before 1970 land on the right second.
    std::time_t seconds = static_cast<std::time_t>(utcMs >= 0 ? utcMs / 1000 : -((-utcMs + 999) / 1000));
    std::tm local{};
    localtime_r(&seconds, &local);
    char buf[64];
    const size_t n = std::strftime(buf, sizeof buf, pattern, &local);
    return std::string(buf, n);
}
} // namespace

std::string localDate(std::int64_t utcMs) { return format(utcMs, "%Y-%m-%d"); }

std::string localDateTime(std::int64_t utcMs) { return format(utcMs, "%Y-%m-%d %H:%M"); }

} // namespace satchel

namespace satchel {

DayBounds localDay(std::int64_t utcMs) {
    std::time_t seconds = static_cast<std::time_t>(utcMs >= 0 ? utcMs / 1000 : -((-utcMs + 999) / 1000));
    std::tm local{};
    localtime_r(&seconds, &local);
    local.tm_hour = local.tm_min = local.tm_sec = 0;
    local.tm_isdst = -1; // let mktime find DST for midnight
    const std::time_t start = std::mktime(&local);
    local.tm_mday += 1;
    local.tm_isdst = -1;
    const std::time_t end = std::mktime(&local);
    return {static_cast<std::int64_t>(start) * 1000, static_cast<std::int64_t>(end) * 1000};
}

} // namespace satchel

namespace satchel {

std::string localTime(std::int64_t utcMs) { return format(utcMs, "%H:%M"); }

namespace {
// Local midnight of a date typed as YYYY-MM-DD (or YYYY-M-D), or nothing.
std::optional<std::tm> readDate(const std::string& typed) {
    const std::string t = text::trim(typed);
    int y = 0, m = 0, d = 0, used = 0;
    if (std::sscanf(t.c_str(), "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || used != static_cast<int>(t.size()))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    std::tm tm{};
    tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d;
    tm.tm_isdst = -1;
    std::tm check = tm;
    std::mktime(&check);
    if (check.tm_mday != d) return std::nullopt; // 2026-02-30 rolled into March
    return tm;
}

std::int64_t toUtcMs(std::tm tm, const char* field) {
    tm.tm_isdst = -1;
    const std::int64_t ms = static_cast<std::int64_t>(std::mktime(&tm)) * 1000;
    if (tm.tm_year < 70 || tm.tm_year > 300) throw ValidationError(field, Problem::DateOutOfRange);
    return ms;
}
} // namespace

std::int64_t parseLocalDate(const std::string& date, const char* field) {
    const auto tm = readDate(date);
    if (!tm) throw ValidationError(field, Problem::NotADate);
    return toUtcMs(*tm, field);
}

std::int64_t parseLocalDateTime(const std::string& date, const std::string& time, const char* dateField,
                                const char* timeField) {
    auto tm = readDate(date);
    if (!tm) throw ValidationError(dateField, Problem::NotADate);
    const std::string t = text::trim(time);
    int h = 0, m = 0, used = 0;
    if (!t.empty()) {
        if (std::sscanf(t.c_str(), "%2d:%2d%n", &h, &m, &used) != 2 || used != static_cast<int>(t.size()) || h < 0 ||
            h > 23 || m < 0 || m > 59)
            throw ValidationError(timeField, Problem::NotATime);
    }
    tm->tm_hour = h, tm->tm_min = m;
    return toUtcMs(*tm, dateField);
}

} // namespace satchel
