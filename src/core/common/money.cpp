#include "core/common/money.h"

#include "core/common/validation_error.h"

#include <array>
#include <limits>

namespace satchel {

bool isValidCurrency(std::string_view code) {
    if (code.size() != 3) return false;
    for (char c : code)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

int minorDigits(std::string_view currency) {
    static constexpr std::array<std::string_view, 9> zero{"JPY", "KRW", "VND", "CLP", "ISK",
                                                          "UGX", "XAF", "XOF", "PYG"};
    static constexpr std::array<std::string_view, 5> three{"BHD", "KWD", "JOD", "OMR", "TND"};
    for (auto c : zero)
        if (c == currency) return 0;
    for (auto c : three)
        if (c == currency) return 3;
    return 2;
}

std::string formatMoney(const Money& m) {
    const int digits = minorDigits(m.currency);
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    // Work in unsigned so the most negative value does not overflow on negation.
    const bool negative = m.minor < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(m.minor) : static_cast<std::uint64_t>(m.minor);
    const std::uint64_t whole = magnitude / static_cast<std::uint64_t>(scale);
    std::uint64_t frac = magnitude % static_cast<std::uint64_t>(scale);
    std::string w = std::to_string(whole);
    std::string grouped;
    for (size_t i = 0; i < w.size(); ++i) {
        if (i && (w.size() - i) % 3 == 0) grouped += ',';
        grouped += w[i];
    }
    std::string out = negative ? "-" + grouped : grouped;
    if (digits) {
        std::string f = std::to_string(frac);
        out += '.' + std::string(static_cast<size_t>(digits) - f.size(), '0') + f;
    }
    return out + " " + m.currency;
}

std::int64_t parseMinorUnits(std::string_view text, std::string_view currency, const char* field) {
    const int digits = minorDigits(currency);
    std::int64_t whole = 0, frac = 0;
    int fracDigits = 0;
    bool seenDigit = false, inFraction = false;
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 1000;
    for (char c : text) {
        if (c == ',' && !inFraction) continue; // thousands separators
        if (c == '.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (c < '0' || c > '9') throw ValidationError(field, Problem::NotANumber);
        seenDigit = true;
        if (inFraction) {
            if (++fracDigits > digits)
                throw ValidationError(field, Problem::TooManyDecimals, {std::string(currency), std::to_string(digits)});
            frac = frac * 10 + (c - '0');
        } else {
            if (whole > kMax) throw ValidationError(field, Problem::TooLarge);
            whole = whole * 10 + (c - '0');
        }
    }
    if (!seenDigit) throw ValidationError(field, Problem::Required);
    for (int i = fracDigits; i < digits; ++i) frac *= 10;
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    return whole * scale + frac;
}

} // namespace satchel
