#pragma once
// Times are stored as UTC milliseconds and shown in the user's local time zone.
#include <cstdint>
#include <string>

namespace satchel {

// "2026-11-22" in the local zone of the machine (in the browser: the user's zone).
std::string localDate(std::int64_t utcMs);
// "2026-11-22 14:05" in the local zone.
std::string localDateTime(std::int64_t utcMs);

} // namespace satchel

namespace satchel {

// Start of the local calendar day containing `utcMs`, and of the next day (UTC ms).
struct DayBounds {
    std::int64_t start;
    std::int64_t end;
};
DayBounds localDay(std::int64_t utcMs);

} // namespace satchel
