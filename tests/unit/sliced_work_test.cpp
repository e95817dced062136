#include "core/common/sliced_work.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using satchel::SlicedWork;
using satchel::WorkInFlight;

namespace {
struct Figures {
    std::vector<int> months;
    std::string note;
};

std::vector<SlicedWork<Figures>::Step> threeMonths(int base) {
    std::vector<SlicedWork<Figures>::Step> steps;
    for (int m = 0; m < 3; ++m) steps.push_back([base, m](Figures& f) { f.months.push_back(base + m); });
    return steps;
}
} // namespace

TEST_CASE(
    "a sliced load runs one step a frame when the frame's budget is spent, and shows the result only when whole") {
    SlicedWork<Figures> load;
    CHECK_FALSE(load.ready());
    CHECK(WorkInFlight::count() == 0);
    load.start(threeMonths(10));
    CHECK(load.running());
    CHECK(WorkInFlight::count() == 1);
    CHECK_FALSE(load.run(std::chrono::milliseconds(0)));
    CHECK(load.progress() == doctest::Approx(1.0 / 3));
    CHECK_FALSE(load.ready()); // nothing half-read is shown
    CHECK_FALSE(load.run(std::chrono::milliseconds(0)));
    CHECK(load.run(std::chrono::milliseconds(0)));
    CHECK(load.ready());
    CHECK_FALSE(load.running());
    CHECK(WorkInFlight::count() == 0);
    CHECK(load.data().months == std::vector<int>{10, 11, 12});
    CHECK_FALSE(load.run(std::chrono::milliseconds(0))); // nothing left to do
}

TEST_CASE("a reload keeps the old figures on screen until the new ones are complete") {
    SlicedWork<Figures> load;
    load.start(threeMonths(10));
    while (!load.run(std::chrono::hours(1))) {
    }
    load.start(threeMonths(20));
    load.run(std::chrono::milliseconds(0));
    CHECK(load.data().months == std::vector<int>{10, 11, 12});
    // Started over mid-way (the data changed again): the earlier partial run is dropped.
    load.start(threeMonths(30));
    CHECK(load.run(std::chrono::hours(1))); // a generous budget finishes in one frame
    CHECK(load.data().months == std::vector<int>{30, 31, 32});
    CHECK(WorkInFlight::count() == 0);
}

TEST_CASE("a step that fails ends the load, keeps the last complete figures and reports the error") {
    SlicedWork<Figures> load;
    load.start(threeMonths(10));
    load.run(std::chrono::hours(1));
    auto steps = threeMonths(20);
    steps.insert(steps.begin() + 1, [](Figures&) { throw std::runtime_error("disk I/O error"); });
    load.start(std::move(steps));
    CHECK_THROWS_WITH(load.run(std::chrono::hours(1)), "disk I/O error");
    CHECK_FALSE(load.running());
    CHECK(WorkInFlight::count() == 0);
    CHECK(load.data().months == std::vector<int>{10, 11, 12});
}

TEST_CASE("work with no steps is complete at once, and unfinished work counts as in flight until dropped") {
    SlicedWork<Figures> empty;
    empty.start({});
    CHECK(empty.ready());
    CHECK(WorkInFlight::count() == 0);
    {
        SlicedWork<Figures> abandoned;
        abandoned.start(threeMonths(1));
        CHECK(WorkInFlight::count() == 1);
    }
    CHECK(WorkInFlight::count() == 0);
}
