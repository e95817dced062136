#include "core/common/time_format.h"

#include <ctime>

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
