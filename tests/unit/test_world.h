#pragma once
// A scratch workspace in memory with a clock the test controls.
#include "core/workspace/workspace.h"

#include <memory>

struct TestWorld {
    // 2026-03-02 10:00 UTC, a Monday.
    static constexpr std::int64_t kStart = 1'772'445'600'000;
    static constexpr std::int64_t kHour = 3'600'000;
    static constexpr std::int64_t kDay = 24 * kHour;

    std::shared_ptr<std::int64_t> now = std::make_shared<std::int64_t>(kStart);
    satchel::Workspace ws{":memory:", [n = now] { return *n; }};

    void advance(std::int64_t ms) { *now += ms; }
    std::int64_t contact(const std::string& name, const std::string& email = "", const std::string& phone = "") {
        return ws.contacts().add({name, email, phone});
    }
};
