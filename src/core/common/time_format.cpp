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
