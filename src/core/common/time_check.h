#pragma once
// Dates people enter must be sane: between 1970 and 2200. A time in milliseconds typed as seconds
// (or the reverse) lands far outside that range and is caught here with the field's name.
#include "core/common/validation_error.h"

#include <cstdint>
#include <optional>

namespace satchel {

inline void requireSaneTime(const char* field, std::optional<std::int64_t> utcMs) {
    constexpr std::int64_t kYear2200 = 7'258'118'400'000;
    if (utcMs && (*utcMs < 0 || *utcMs >= kYear2200)) throw ValidationError(field, Problem::DateOutOfRange);
}

} // namespace satchel
