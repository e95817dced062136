#include "ui/money_text.h"

#include "core/common/money.h"

namespace satchel::ui {

std::string formatTotals(const std::vector<deals::CurrencyTotal>& totals, bool weighted,
                         const std::string& emptyCurrency) {
    if (totals.empty()) return formatMoney({0, emptyCurrency});
    std::string out;
    for (const auto& t : totals) {
        if (!out.empty()) out += " + ";
        out += formatMoney({weighted ? t.weightedMinor : t.totalMinor, t.currency});
    }
    return out;
}

std::int64_t totalIn(const std::vector<deals::CurrencyTotal>& totals, const std::string& currency) {
    for (const auto& t : totals)
        if (t.currency == currency) return t.totalMinor;
    return 0;
}

} // namespace satchel::ui
