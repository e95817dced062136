#include "core/common/chart_axis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace satchel::charts {

ValueAxis valueAxis(double max, int wanted, double minStep) {
    ValueAxis axis;
    wanted = std::max(wanted, 1);
    if (!(max > 0) || !std::isfinite(max)) max = 1;
    const double rough = std::max(max / wanted, minStep);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= rough) {
            step = magnitude * m;
            break;
        }
    }
    const int intervals = static_cast<int>(std::ceil(max / step - 1e-9));
    axis.step = step;
    axis.top = step * std::max(intervals, 1);
    for (int i = 0; i <= std::max(intervals, 1); ++i) axis.ticks.push_back(step * i);
    return axis;
}

std::string shortNumber(double value) {
    const double size = std::fabs(value);
    const char* suffix = "";
    double shown = value;
    if (size >= 1e9) {
        shown = value / 1e9, suffix = "B";
    } else if (size >= 1e6) {
        shown = value / 1e6, suffix = "M";
    } else if (size >= 1e3) {
        shown = value / 1e3, suffix = "k";
    }
    char text[32];
    // Whole numbers without decimals; otherwise as many as a short label can carry (2.5k, 1.25M).
    if (std::fabs(shown - std::round(shown)) < 1e-9) {
        std::snprintf(text, sizeof text, "%.0f%s", shown, suffix);
    } else if (std::fabs(shown * 10 - std::round(shown * 10)) < 1e-9) {
        std::snprintf(text, sizeof text, "%.1f%s", shown, suffix);
    } else {
        std::snprintf(text, sizeof text, "%.2f%s", shown, suffix);
    }
    return text;
}

int labelStride(const std::vector<float>& widths, float slot, float gap) {
    if (widths.empty() || slot <= 0) return 1;
    for (int stride = 1; stride < static_cast<int>(widths.size()); ++stride) {
        // Labels are centred on their slots: two drawn neighbours `stride` slots apart overlap
        // when half of each is more than the distance between their centres.
        bool fits = true;
        for (std::size_t i = 0; i + stride < widths.size() && fits; i += stride)
            fits = (widths[i] + widths[i + stride]) / 2 + gap <= slot * stride;
        if (fits) return stride;
    }
    return static_cast<int>(widths.size());
}

} // namespace satchel::charts
