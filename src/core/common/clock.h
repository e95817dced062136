#pragma once
// Times are UTC milliseconds since the Unix epoch everywhere in the core.
// Services take a Clock so tests can fix "now".
#include <chrono>
#include <cstdint>
#include <functional>

namespace satchel {

using Clock = std::function<std::int64_t()>;

inline std::int64_t systemNowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace satchel
