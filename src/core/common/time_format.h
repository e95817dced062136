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

namespace satchel {

// What a person types as a date ("2026-03-31") and a time ("14:30", "9:05"), read in the local
// zone. Throws ValidationError(field, NotADate / NotATime) for anything else, and for a date
// outside 1970..2200.
std::int64_t parseLocalDate(const std::string& date, const char* field);
std::int64_t parseLocalDateTime(const std::string& date, const std::string& time, const char* dateField,
                                const char* timeField);
// "14:30" in the local zone.
std::string localTime(std::int64_t utcMs);

} // namespace satchel
