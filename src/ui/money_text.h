#pragma once
// Sums of money held in more than one currency, shown side by side ("1,200.00 USD + 300.00 EUR"),
// never added together.
#include "core/deals/deal.h"

#include <string>
#include <vector>

namespace satchel::ui {

// The totals (or their weighted values), "+" between currencies; "0.00 <currency>" when empty.
std::string formatTotals(const std::vector<deals::CurrencyTotal>& totals, bool weighted,
                         const std::string& emptyCurrency);

} // namespace satchel::ui
