#pragma once
// Charts drawn with ImDrawList: bars on a value axis (ticks, grid lines, labels thinned so none
// collide) and a funnel. Every label drawn is reported to the item locator, so tests see the axis
// the way a person reads it; hovering a bar or a stage shows its value.
#include <string>
#include <vector>

namespace satchel::ui {

struct ChartBar {
    std::string label; // under the bar (or beside the funnel's stage)
    double value = 0;  // in the unit the axis shows (major currency units, counts)
    std::string shown; // the value as text, for the hover
};

// Bars from zero, `height` layout pixels tall plus a line of labels, as wide as the space left.
// `minStep`: the finest step between ticks (1 for counts, 0.01 for money).
void barChart(const char* id, const std::vector<ChartBar>& bars, float height, double minStep);

// The stages of a funnel, top to bottom: each is as wide as `value` says (which should not grow
// from one stage to the next), narrowing into the next, with its label on the left.
void funnelChart(const char* id, const std::vector<ChartBar>& stages, float height);

} // namespace satchel::ui
