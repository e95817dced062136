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

} // namespace satchel::ui
