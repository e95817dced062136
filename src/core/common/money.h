#pragma once
// Money is an integer count of minor units (cents, fen) plus an ISO 4217 currency code. Never a float.
#include <cstdint>
#include <string>
#include <string_view>

namespace satchel {

struct Money {
    std::int64_t minor = 0;
    std::string currency = "USD";
    bool operator==(const Money&) const = default;
};

bool isValidCurrency(std::string_view code); // three upper-case letters
int minorDigits(std::string_view currency);  // 2 for most, 0 for JPY/KRW/..., 3 for BHD/KWD/...
// "1,234.56 USD"; negative amounts get a leading minus.
std::string formatMoney(const Money& m);
// Parses "1234.5", "1,234.50" or "1234" into minor units of `currency`, exactly.
// Throws ValidationError(field, reason) for anything else (too many decimals, letters, overflow).
std::int64_t parseMinorUnits(std::string_view text, std::string_view currency, const char* field = "amount");

} // namespace satchel
