#include "core/common/chart_axis.h"

#include <doctest/doctest.h>

using namespace satchel::charts;

namespace {
bool sameTicks(const std::vector<double>& got, const std::vector<double>& want) {
    if (got.size() != want.size()) return false;
    for (std::size_t i = 0; i < got.size(); ++i)
        if (got[i] != doctest::Approx(want[i])) return false;
    return true;
}
} // namespace

TEST_CASE("a chart's value axis starts at zero and climbs in round steps past the largest value") {
    const ValueAxis revenue = valueAxis(1'234'567, 4);
    CHECK(revenue.step == 500'000);
    CHECK(revenue.top == 1'500'000);
    CHECK(sameTicks(revenue.ticks, {0, 500'000, 1'000'000, 1'500'000}));

    CHECK(sameTicks(valueAxis(10, 4).ticks, {0, 2.5, 5, 7.5, 10})); // exactly on a tick: no extra one
    CHECK(sameTicks(valueAxis(3, 4).ticks, {0, 1, 2, 3}));
    CHECK(valueAxis(0.7, 4).top == doctest::Approx(0.8));
    // Nothing to show yet: still an axis, 0 to 1.
    CHECK(sameTicks(valueAxis(0, 4).ticks, {0, 0.25, 0.5, 0.75, 1}));
    CHECK(valueAxis(-5, 4).top == 1);
    // Counts step by whole numbers at least: one ticket is not split into quarters.
    CHECK(sameTicks(valueAxis(1, 4, 1).ticks, {0, 1}));
    CHECK(sameTicks(valueAxis(3, 4, 1).ticks, {0, 1, 2, 3}));
    CHECK(sameTicks(valueAxis(0, 4, 1).ticks, {0, 1}));
    CHECK(sameTicks(valueAxis(200, 4, 1).ticks, {0, 50, 100, 150, 200}));
    CHECK(valueAxis(0.05, 4, 0.01).step == doctest::Approx(0.02));
}

TEST_CASE("tick values are written short") {
    CHECK(shortNumber(0) == "0");
    CHECK(shortNumber(950) == "950");
    CHECK(shortNumber(1500) == "1.5k");
    CHECK(shortNumber(12'000) == "12k");
    CHECK(shortNumber(2'500'000) == "2.5M");
    CHECK(shortNumber(1'250'000) == "1.25M");
    CHECK(shortNumber(3'000'000'000) == "3B");
    CHECK(shortNumber(2.5) == "2.5");
    CHECK(shortNumber(-1500) == "-1.5k");
}

TEST_CASE("category labels that would run into each other are thinned to every nth") {
    // Twelve month labels 60 px wide: all fit in 80 px slots, every second in 40 px, every third in 25 px.
    const std::vector<float> months(12, 60.0f);
    CHECK(labelStride(months, 80, 6) == 1);
    CHECK(labelStride(months, 40, 6) == 2);
    CHECK(labelStride(months, 25, 6) == 3);
    // One long label decides for the rest.
    CHECK(labelStride({30, 30, 150, 30}, 60, 6) == 2);
    CHECK(labelStride({}, 10, 6) == 1);
}
