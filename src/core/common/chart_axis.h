#pragma once
// The arithmetic of a chart's axes, apart from drawing: where the ticks go, how a tick's value is
// written short, and which category labels fit side by side. Pure, so it is tested natively.
#include <string>
#include <vector>

namespace satchel::charts {

// A value axis from zero: ticks every `step` from 0 up to `top` (the first tick at or above the
// largest value), with steps of 1, 2, 2.5 or 5 × 10^k so the labels read as round numbers.
struct ValueAxis {
    double top = 1;
    double step = 1;
    std::vector<double> ticks; // 0, step, 2·step, …, top
};
// About `wanted` intervals (at least one) for values up to `max`, never finer than `minStep` (1 for
// counts: no "0.25 tickets"; 0.01 for money); an empty or all-zero series gets the axis 0 to 1.
ValueAxis valueAxis(double max, int wanted = 4, double minStep = 0);

// `value` in at most about four significant figures with k, M, B: 0, 950, 1.5k, 12k, 2.5M, 1B.
std::string shortNumber(double value);

// Labels of equal slots (bars), each `widths[i]` wide, in slots `slot` wide: draw every `n`th label
// (1 when they all fit) so that no label runs into the next one drawn, leaving at least `gap`.
int labelStride(const std::vector<float>& widths, float slot, float gap);

} // namespace satchel::charts
