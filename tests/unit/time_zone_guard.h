#pragma once
// Sets the process time zone (TZ) for one scope. The zone is process-wide, so a test that left it
// set would silently change every date the tests after it compute; the destructor puts back the
// value it found, or unsets TZ if there was none. Under node (the wasm build) there is no tz
// database and zones other than UTC do nothing: tests check that and say so with a MESSAGE.
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

class TimeZoneGuard {
public:
    explicit TimeZoneGuard(const char* zone) {
        if (const char* previous = std::getenv("TZ")) m_previous = previous;
        set(zone);
    }
    ~TimeZoneGuard() {
        if (m_previous)
            setenv("TZ", m_previous->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    TimeZoneGuard(const TimeZoneGuard&) = delete;
    TimeZoneGuard& operator=(const TimeZoneGuard&) = delete;

    // Another zone for the rest of the scope; the destructor still restores the one found at the start.
    void set(const char* zone) {
        setenv("TZ", zone, 1);
        tzset();
    }

private:
    std::optional<std::string> m_previous;
};
