#include "core/io/field_values.h"

#include "core/common/money.h"

#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>

namespace satchel::io {

namespace {

using Reason = const char*; // nullptr: no problem

constexpr Reason kEmpty = "empty";
constexpr Reason kNotADate = "not a date";
constexpr Reason kAmbiguous = "ambiguous day and month";
constexpr Reason kMonthOutOfRange = "month out of range";
constexpr Reason kDayOutOfRange = "day out of range";
constexpr Reason kTimeOutOfRange = "time out of range";
constexpr Reason kNotAnAmount = "not an amount";
constexpr Reason kTooManyDecimals = "more decimals than the currency has";
constexpr Reason kTwoCurrencies = "two currencies";
constexpr Reason kTooLarge = "too large";
constexpr Reason kNotABoolean = "not a yes or no";
constexpr Reason kNotANumber = "not a number";
constexpr Reason kNotWhole = "not a whole number";
constexpr Reason kNotAPhone = "not a phone number";
constexpr Reason kTooFewDigits = "too few digits";
constexpr Reason kTooManyDigits = "too many digits";
constexpr Reason kWrongDigits = "wrong number of digits";
constexpr Reason kUnknownCountry = "unknown country";

constexpr std::size_t npos = std::string_view::npos;

// Built explicitly: a bare const char* would also convert to bool in variant<bool, std::string>.
template <class T>
std::variant<T, std::string> failure(Reason reason) {
    return std::variant<T, std::string>(std::in_place_index<1>, reason);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool equalsNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && equalsNoCase(s.substr(0, prefix.size()), prefix);
}

bool allDigits(std::string_view s) {
    for (char c : s)
        if (!isDigit(c)) return false;
    return true;
}

// Only for text that went through cleanText, where a space is the one whitespace left.
std::string_view trimSpaces(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Whitespace. Every code point cleanText cares about is recognised by its bytes, so valid UTF-8
// is never decoded in full and invalid bytes simply fall through as "other".

enum class Unit { Other, Space, Break, Drop };
struct UnitAt {
    Unit kind;
    std::size_t length;
};

UnitAt unitAfterE2(unsigned b1, unsigned b2) {
    if (b1 == 0x80) {
        if (b2 >= 0x80 && b2 <= 0x8A) return {Unit::Space, 3}; // U+2000-U+200A
        if (b2 == 0x8B) return {Unit::Drop, 3};                // U+200B zero width space
        if (b2 == 0xA8 || b2 == 0xA9) return {Unit::Break, 3}; // U+2028/U+2029 line/paragraph
        if (b2 == 0xAF) return {Unit::Space, 3};               // U+202F narrow no-break space
    }
    if (b1 == 0x81 && b2 == 0x9F) return {Unit::Space, 3}; // U+205F medium mathematical space
    return {Unit::Other, 1};
}

UnitAt unitAt(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    switch (byte(0)) {
    case ' ':
    case '\t':
    case '\v':
    case '\f': return {Unit::Space, 1};
    case '\n': return {Unit::Break, 1};
    case '\r': return {Unit::Break, byte(1) == '\n' ? 2u : 1u};
    case 0xC2:
        if (byte(1) == 0xA0) return {Unit::Space, 2};
        break;
    case 0xE2: return unitAfterE2(byte(1), byte(2));
    case 0xE3:
        if (byte(1) == 0x80 && byte(2) == 0x80) return {Unit::Space, 3}; // U+3000 ideographic space
        break;
    case 0xEF:
        if (byte(1) == 0xBB && byte(2) == 0xBF) return {Unit::Drop, 3}; // U+FEFF byte order mark
        break;
    default: break;
    }
    return {Unit::Other, 1};
}

// Most cells of a big import are plain ASCII already clean: those are parsed in place.
bool isAlreadyClean(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ') {
            if (i == 0 || i + 1 == s.size() || s[i - 1] == ' ') return false;
        } else if (c < 0x21 || c > 0x7E) {
            return false;
        }
    }
    return true;
}

// A cell's cleaned text, copied only when cleaning changed something.
class CleanCell {
public:
    explicit CleanCell(std::string_view raw) {
        if (isAlreadyClean(raw)) {
            view_ = raw;
        } else {
            owned_ = cleanText(raw);
            view_ = owned_;
        }
    }
    CleanCell(const CleanCell&) = delete;
    CleanCell& operator=(const CleanCell&) = delete;
    std::string_view view() const { return view_; }

private:
    std::string owned_;
    std::string_view view_;
};

// ---------------------------------------------------------------------------------------------
// Numbers: digits with grouping and decimal marks, read exactly (no floating point).

struct Decimal {
    std::uint64_t whole = 0;
    std::string_view fraction; // digits after the decimal mark, maybe none
    bool overflow = false;
};

struct Mark {
    char kind; // ',' '.' ' ' or '\'' (for both apostrophes); 0 when not a mark
    std::size_t length;
};

Mark markAt(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (c == ',' || c == '.' || c == ' ' || c == '\'') return {c, 1};
    if (s.substr(i, 3) == "\xE2\x80\x99") return {'\'', 3}; // U+2019, how Swiss grouping is often typed
    return {0, 0};
}

struct MarkCount {
    int commas = 0, dots = 0;
    std::size_t lastComma = npos, lastDot = npos;
};

std::optional<MarkCount> countMarks(std::string_view s) {
    MarkCount count;
    for (std::size_t i = 0; i < s.size();) {
        if (isDigit(s[i])) {
            ++i;
            continue;
        }
        const Mark mark = markAt(s, i);
        if (!mark.length) return std::nullopt;
        if (mark.kind == ',') {
            ++count.commas;
            count.lastComma = i;
        } else if (mark.kind == '.') {
            ++count.dots;
            count.lastDot = i;
        }
        i += mark.length;
    }
    return count;
}

// Where the decimal mark is (npos: none), or nullopt when the marks make no number. The rules are
// in the header; the lone comma is the one guess, settled by how many digits follow it.
std::optional<std::size_t> decimalMark(std::string_view s, const MarkCount& m) {
    if (m.commas && m.dots) {
        const bool commaLast = m.lastComma > m.lastDot;
        if ((commaLast ? m.commas : m.dots) != 1) return std::nullopt;
        return commaLast ? m.lastComma : m.lastDot;
    }
    if (m.dots == 1) return m.lastDot;
    if (m.commas == 1) {
        const std::size_t after = s.size() - m.lastComma - 1;
        if (after == 3) return npos;
        if (after == 1 || after == 2) return m.lastComma;
        return std::nullopt;
    }
    return npos; // no marks, or repeated ones, which can only group
}

void addDigit(Decimal& d, char c) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (d.whole > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) d.overflow = true;
    if (!d.overflow) d.whole = d.whole * 10 + digit;
}

// The integer part: 1-3 digits, then groups of exactly 3 behind one kind of grouping mark.
bool readWholePart(std::string_view s, Decimal& d) {
    char grouping = 0;
    std::size_t run = 0;
    bool firstGroup = true;
    for (std::size_t i = 0; i < s.size();) {
        if (isDigit(s[i])) {
            addDigit(d, s[i++]);
            ++run;
            continue;
        }
        const Mark mark = markAt(s, i);
        if (grouping && mark.kind != grouping) return false;
        if (firstGroup ? (run < 1 || run > 3) : run != 3) return false;
        grouping = mark.kind;
        firstGroup = false;
        run = 0;
        i += mark.length;
    }
    return !grouping || run == 3;
}

std::optional<Decimal> readDecimal(std::string_view s) {
    const auto marks = countMarks(s);
    if (!marks) return std::nullopt;
    const auto point = decimalMark(s, *marks);
    if (!point) return std::nullopt;
    std::string_view whole = s, fraction;
    if (*point != npos) {
        whole = s.substr(0, *point);
        fraction = s.substr(*point + 1);
        if (fraction.empty() || !allDigits(fraction)) return std::nullopt;
    }
    if (whole.empty() && fraction.empty()) return std::nullopt;
    Decimal d;
    if (!readWholePart(whole, d)) return std::nullopt;
    d.fraction = fraction;
    return d;
}

struct Scaled {
    std::uint64_t magnitude;
    Reason reason;
};

// The number in units of 10^-digits, refusing to drop any non-zero digit (no rounding).
Scaled scaleDecimal(const Decimal& d, int digits) {
    const auto places = static_cast<std::size_t>(digits);
    for (std::size_t k = places; k < d.fraction.size(); ++k)
        if (d.fraction[k] != '0') return {0, kTooManyDecimals};
    if (d.overflow) return {0, kTooLarge};
    std::uint64_t value = d.whole;
    for (std::size_t k = 0; k < places; ++k) {
        const auto digit = static_cast<std::uint64_t>(k < d.fraction.size() ? d.fraction[k] - '0' : 0);
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) return {0, kTooLarge};
        value = value * 10 + digit;
    }
    return {value, nullptr};
}

// Unsigned magnitude to int64, allowing the one negative value without a positive twin.
std::optional<std::int64_t> withSign(std::uint64_t magnitude, bool negative) {
    constexpr auto limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (!negative) return magnitude <= limit ? std::optional(static_cast<std::int64_t>(magnitude)) : std::nullopt;
    if (magnitude > limit + 1) return std::nullopt;
    if (magnitude == limit + 1) return std::numeric_limits<std::int64_t>::min();
    return -static_cast<std::int64_t>(magnitude);
}

// A leading "-", "+" or U+2212 minus sign; spaces after it go too.
bool takeSign(std::string_view& s, bool& minus) {
    if (s.starts_with('-') || s.starts_with('+')) {
        minus = s.front() == '-';
        s = trimSpaces(s.substr(1));
        return true;
    }
    if (s.starts_with("\xE2\x88\x92")) {
        minus = true;
        s = trimSpaces(s.substr(3));
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Currencies.

// ISO 4217 codes in use, so that any three letters are not taken for a currency.
constexpr std::string_view kIsoCodes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN "
    "BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS "
    "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW "
    "KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD "
    "NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD "
    "SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS "
    "VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";
// Currencies written with a bare "$" or "¥", where a code in the same cell or the default decides.
constexpr std::string_view kDollars = "USD CAD AUD NZD HKD SGD TWD MXN";
constexpr std::string_view kYens = "CNY JPY";

enum class Family { None, Dollar, Yen };

// The code as it appears in `list` (so it outlives the cell), or empty.
std::string_view findCode(std::string_view list, std::string_view code) {
    if (code.size() != 3) return {};
    for (std::size_t i = 0; i + 3 <= list.size(); i += 4)
        if (equalsNoCase(list.substr(i, 3), code)) return list.substr(i, 3);
    return {};
}

std::string_view isoCode(std::string_view letters) {
    for (char c : letters)
        if (!isLetter(c)) return {};                // most cells end in digits: skip the list
    if (equalsNoCase(letters, "RMB")) return "CNY"; // what Chinese invoices write
    return findCode(kIsoCodes, letters);
}

struct Symbol {
    std::string_view text;
    std::string_view code;
    Family family;
};

// Longer symbols first: "US$" must win over "$" and "CA$" over "A$", at either end of a cell.
constexpr std::array kSymbols{
    Symbol{"US$", "USD", Family::None},    Symbol{"CA$", "CAD", Family::None}, Symbol{"C$", "CAD", Family::None},
    Symbol{"AU$", "AUD", Family::None},    Symbol{"A$", "AUD", Family::None},  Symbol{"NZ$", "NZD", Family::None},
    Symbol{"HK$", "HKD", Family::None},    Symbol{"NT$", "TWD", Family::None}, Symbol{"S$", "SGD", Family::None},
    Symbol{"R$", "BRL", Family::None},     Symbol{"MX$", "MXN", Family::None}, Symbol{"$", "USD", Family::Dollar},
    Symbol{"€", "EUR", Family::None},      Symbol{"£", "GBP", Family::None},   Symbol{"CN¥", "CNY", Family::None},
    Symbol{"JP¥", "JPY", Family::None},    Symbol{"¥", "CNY", Family::Yen},    Symbol{"￥", "CNY", Family::Yen},
    Symbol{"人民币", "CNY", Family::None}, Symbol{"元", "CNY", Family::None},  Symbol{"円", "JPY", Family::None},
    Symbol{"₩", "KRW", Family::None},      Symbol{"₹", "INR", Family::None},   Symbol{"₽", "RUB", Family::None},
    Symbol{"₺", "TRY", Family::None},      Symbol{"₫", "VND", Family::None},   Symbol{"฿", "THB", Family::None},
    Symbol{"₪", "ILS", Family::None},
};

struct Named {
    std::string_view code;
    Family family;
    std::size_t length; // bytes of the cell it took
};

std::optional<Named> currencyAtStart(std::string_view s) {
    if (s.empty()) return std::nullopt;
    // The first byte rules out most symbols without a memcmp call: this runs on every amount.
    for (const Symbol& symbol : kSymbols)
        if (symbol.text.front() == s.front() && s.starts_with(symbol.text))
            return Named{symbol.code, symbol.family, symbol.text.size()};
    if (s.size() < 3 || (s.size() > 3 && isLetter(s[3]))) return std::nullopt;
    const std::string_view code = isoCode(s.substr(0, 3));
    if (code.empty()) return std::nullopt;
    return Named{code, Family::None, 3};
}

std::optional<Named> currencyAtEnd(std::string_view s) {
    if (s.empty()) return std::nullopt;
    for (const Symbol& symbol : kSymbols)
        if (symbol.text.back() == s.back() && s.ends_with(symbol.text))
            return Named{symbol.code, symbol.family, symbol.text.size()};
    if (s.size() < 3 || (s.size() > 3 && isLetter(s[s.size() - 4]))) return std::nullopt;
    const std::string_view code = isoCode(s.substr(s.size() - 3));
    if (code.empty()) return std::nullopt;
    return Named{code, Family::None, 3};
}

bool inFamily(std::string_view code, Family family) {
    if (family == Family::Dollar) return !findCode(kDollars, code).empty();
    if (family == Family::Yen) return !findCode(kYens, code).empty();
    return false;
}

// A bare "$" or "¥" means the default currency when that is one of its family.
std::string_view resolve(const Named& named, std::string_view defaultCurrency) {
    if (named.family == Family::Dollar && inFamily(defaultCurrency, Family::Dollar))
        return findCode(kDollars, defaultCurrency);
    if (named.family == Family::Yen && inFamily(defaultCurrency, Family::Yen)) return findCode(kYens, defaultCurrency);
    return named.code;
}

// The currency of a cell that may name one at each end ("$12.00 CAD"): a code settles what its
// family's symbol meant; otherwise both must name the same currency.
std::optional<std::string_view> agree(const std::optional<Named>& a, const std::optional<Named>& b,
                                      std::string_view defaultCurrency) {
    if (!a && !b) return std::string_view{};
    if (!a || !b) return resolve(a ? *a : *b, defaultCurrency);
    if (b->family == Family::None && inFamily(b->code, a->family)) return b->code;
    if (a->family == Family::None && inFamily(a->code, b->family)) return a->code;
    const std::string_view first = resolve(*a, defaultCurrency), second = resolve(*b, defaultCurrency);
    if (first != second) return std::nullopt;
    return first;
}

// The pieces of an amount cell around its number.
struct AmountText {
    bool parenthesised = false;
    bool signed_ = false;
    bool minus = false;
    std::optional<Named> prefix, suffix;
    std::string_view number;
};

bool takeParentheses(std::string_view& s) {
    if (s.size() < 2 || s.front() != '(' || s.back() != ')') return false;
    s = trimSpaces(s.substr(1, s.size() - 2));
    return true;
}

std::optional<Named> takeCurrencyPrefix(std::string_view& s) {
    auto named = currencyAtStart(s);
    if (named) s = trimSpaces(s.substr(named->length));
    return named;
}

std::optional<Named> takeCurrencySuffix(std::string_view& s) {
    auto named = currencyAtEnd(s);
    if (named) s = trimSpaces(s.substr(0, s.size() - named->length));
    return named;
}

// Accounting parentheses may sit inside or outside the currency ("($12)", "$(12)"), and a sign
// before or after a leading currency ("-$12", "$-12").
AmountText splitAmount(std::string_view s) {
    AmountText t;
    t.parenthesised = takeParentheses(s);
    for (int step = 0; step < 2; ++step) {
        if (!t.signed_ && takeSign(s, t.minus)) {
            t.signed_ = true;
        } else if (!t.prefix) {
            t.prefix = takeCurrencyPrefix(s);
            if (!t.prefix) break;
        } else {
            break;
        }
    }
    t.suffix = takeCurrencySuffix(s);
    if (!t.parenthesised) t.parenthesised = takeParentheses(s);
    t.number = s;
    return t;
}

std::string upperCopy(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = upper(c);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic in UTC only: wasm has no time zone database, and none is wanted here.

constexpr std::int64_t kMsPerDay = 86'400'000;

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
constexpr std::int64_t daysFromCivil(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<std::int64_t>(era) * 146097 + dayOfEra - 719468;
}
static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

struct Civil {
    int year = 0, month = 0, day = 0;
};

Reason checkCivil(const Civil& d) {
    if (d.year < 1 || d.year > 9999) return kNotADate;
    if (d.month < 1 || d.month > 12) return kMonthOutOfRange;
    if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) return kDayOutOfRange;
    return nullptr;
}

// POSIX strptime's %y pivot.
int fullYear(int twoDigits) { return twoDigits < 69 ? 2000 + twoDigits : 1900 + twoDigits; }

// ---------------------------------------------------------------------------------------------
// Reading dates.

class Cursor {
public:
    explicit Cursor(std::string_view s) : s_(s) {}
    bool done() const { return i_ >= s_.size(); }
    std::size_t position() const { return i_; }
    void rewind(std::size_t to) { i_ = to; }
    char peek(std::size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }
    bool take(char c) {
        if (done() || s_[i_] != c) return false;
        ++i_;
        return true;
    }
    bool take(std::string_view text) {
        if (!s_.substr(i_).starts_with(text)) return false;
        i_ += text.size();
        return true;
    }
    bool takeNoCase(std::string_view text) {
        if (!startsWithNoCase(s_.substr(i_), text)) return false;
        i_ += text.size();
        return true;
    }
    // All the digits here: how many, and their value (exact for up to 9 digits, which is all
    // any caller accepts).
    int number(int& value) {
        int count = 0;
        value = 0;
        for (; !done() && isDigit(s_[i_]); ++i_, ++count)
            if (count < 9) value = value * 10 + (s_[i_] - '0');
        return count;
    }
    bool number(int minDigits, int maxDigits, int& value) {
        const int count = number(value);
        return count >= minDigits && count <= maxDigits;
    }
    std::string_view word() {
        const std::size_t start = i_;
        while (!done() && isLetter(s_[i_])) ++i_;
        return s_.substr(start, i_ - start);
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

bool isDateSeparator(char c) { return c == '/' || c == '.' || c == '-'; }

// 1-12 for an English month name, its first three letters or "Sept" (an abbreviation may end in
// "."), 0 otherwise.
int readMonthName(Cursor& in) {
    static constexpr std::array<std::string_view, 12> names{"january",   "february", "march",    "april",
                                                            "may",       "june",     "july",     "august",
                                                            "september", "october",  "november", "december"};
    const std::string_view word = in.word();
    for (std::size_t m = 0; m < names.size(); ++m) {
        const bool full = equalsNoCase(word, names[m]);
        const bool shortened = equalsNoCase(word, names[m].substr(0, 3)) || (m == 8 && equalsNoCase(word, "sept"));
        if (shortened) in.take('.');
        if (full || shortened) return static_cast<int>(m) + 1;
    }
    return 0;
}

bool readYear(Cursor& in, int& year) {
    const int count = in.number(year);
    if (count == 2) year = fullYear(year);
    return count == 2 || count == 4;
}

// "2021-01-05", "2021/1/5", "2021.1.5", "2021年1月5日", after the year.
Reason readYearFirst(Cursor& in, int year, Civil& date) {
    date.year = year;
    if (in.take("年")) {
        const bool ok = in.number(1, 2, date.month) && in.take("月") && in.number(1, 2, date.day) && in.take("日");
        return ok ? nullptr : kNotADate;
    }
    const char separator = in.peek();
    if (!isDateSeparator(separator)) return kNotADate;
    in.take(separator);
    const bool ok = in.number(1, 2, date.month) && in.take(separator) && in.number(1, 2, date.day);
    return ok ? nullptr : kNotADate;
}

// Which of two numbers is the day: `order` if known, else whichever cannot be a month.
Reason assignDayAndMonth(int a, int b, DayOrder order, Civil& date) {
    if (order == DayOrder::Unknown) {
        const bool aIsMonth = a >= 1 && a <= 12, bIsMonth = b >= 1 && b <= 12;
        if (aIsMonth && bIsMonth && a != b) return kAmbiguous;
        order = aIsMonth && !bIsMonth ? DayOrder::MonthFirst : DayOrder::DayFirst;
    }
    date.day = order == DayOrder::DayFirst ? a : b;
    date.month = order == DayOrder::DayFirst ? b : a;
    return nullptr;
}

// "05/01/2021", "5.1.21", "1-5-2021", after the first number.
Reason readNumericDate(Cursor& in, int first, DayOrder order, Civil& date) {
    const char separator = in.peek();
    in.take(separator);
    int second = 0;
    if (!in.number(1, 2, second) || !in.take(separator) || !readYear(in, date.year)) return kNotADate;
    return assignDayAndMonth(first, second, order, date);
}

// "5 Jan 2021", "05-Jan-21", after the day.
Reason readDayThenMonthName(Cursor& in, int day, Civil& date) {
    const char separator = in.peek();
    if (separator != ' ' && separator != '-') return kNotADate;
    in.take(separator);
    date.day = day;
    date.month = readMonthName(in);
    if (!date.month || !in.take(separator) || !readYear(in, date.year)) return kNotADate;
    return nullptr;
}

// "Jan 5, 2021", "January 5 2021".
Reason readMonthNameFirst(Cursor& in, Civil& date) {
    date.month = readMonthName(in);
    if (!date.month || !in.take(' ') || !in.number(1, 2, date.day)) return kNotADate;
    const bool comma = in.take(',');
    const bool space = in.take(' ');
    if ((!comma && !space) || !readYear(in, date.year)) return kNotADate;
    return nullptr;
}

Reason readDate(Cursor& in, DayOrder order, Civil& date) {
    if (isLetter(in.peek())) return readMonthNameFirst(in, date);
    int first = 0;
    const int count = in.number(first);
    if (count == 4) return readYearFirst(in, first, date);
    if (count < 1 || count > 2) return kNotADate;
    if (isDateSeparator(in.peek()) && isDigit(in.peek(1))) return readNumericDate(in, first, order, date);
    return readDayThenMonthName(in, first, date);
}

struct Clock {
    int hour = 0, minute = 0, second = 0, millis = 0;
    int offsetMinutes = 0; // east of UTC
};

// ".5" -> 500 ms, ".123456" -> 123 ms: truncated, never rounded into the next second.
bool readFraction(Cursor& in, int& millis) {
    int value = 0;
    const int count = in.number(value);
    if (count < 1 || count > 9) return false;
    for (int k = count; k < 3; ++k) value *= 10;
    for (int k = 3; k < count; ++k) value /= 10;
    millis = value;
    return true;
}

// " AM" / " PM" after a time: whether there was one (the hour is then on a 12-hour clock).
bool readMeridiem(Cursor& in, bool& pm) {
    const std::size_t start = in.position();
    in.take(' ');
    const bool am = in.takeNoCase("am");
    pm = !am && in.takeNoCase("pm");
    if (am || pm) return true;
    in.rewind(start);
    return false;
}

// "+08:00", "+0800", "+08", "-05:00".
Reason readOffset(Cursor& in, Clock& clock) {
    const bool west = in.peek() == '-';
    if (!in.take('+') && !in.take('-')) return nullptr;
    int value = 0, hours = 0, minutes = 0;
    const int count = in.number(value);
    if (count == 4) {
        hours = value / 100;
        minutes = value % 100;
    } else if (count == 2) {
        hours = value;
        if (in.take(':') && !in.number(2, 2, minutes)) return kNotADate;
    } else {
        return kNotADate;
    }
    if (hours > 14 || minutes > 59) return kTimeOutOfRange;
    clock.offsetMinutes = (west ? -1 : 1) * (hours * 60 + minutes);
    return nullptr;
}

// "Z", "UTC", "GMT" (optionally followed by an offset), or an offset, maybe after a space.
Reason readZone(Cursor& in, Clock& clock) {
    const std::size_t start = in.position();
    in.take(' ');
    if (in.take('Z') || in.take('z')) return nullptr;
    if (in.takeNoCase("UTC") || in.takeNoCase("GMT")) return readOffset(in, clock);
    if (in.peek() == '+' || in.peek() == '-') return readOffset(in, clock);
    in.rewind(start);
    return nullptr;
}

Reason readTime(Cursor& in, Clock& clock) {
    if (!in.number(1, 2, clock.hour) || !in.take(':') || !in.number(2, 2, clock.minute)) return kNotADate;
    if (in.take(':')) {
        if (!in.number(2, 2, clock.second)) return kNotADate;
        if ((in.take('.') || in.take(',')) && !readFraction(in, clock.millis)) return kNotADate;
    }
    bool pm = false;
    if (readMeridiem(in, pm)) {
        if (clock.hour < 1 || clock.hour > 12) return kTimeOutOfRange;
        clock.hour = clock.hour % 12 + (pm ? 12 : 0);
    } else if (clock.hour > 23) {
        return kTimeOutOfRange;
    }
    if (clock.minute > 59 || clock.second > 59) return kTimeOutOfRange;
    return readZone(in, clock);
}

std::int64_t toUtcMs(const Civil& date, const Clock& clock) {
    const std::int64_t ms = ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000 + clock.millis;
    return daysFromCivil(date.year, date.month, date.day) * kMsPerDay + ms - clock.offsetMinutes * 60'000LL;
}

std::variant<ParsedTime, std::string> parseDateText(std::string_view s, DayOrder order) {
    Cursor in(s);
    Civil date;
    Clock clock;
    if (const Reason reason = readDate(in, order, date)) return failure<ParsedTime>(reason);
    const bool hasTime = !in.done();
    if (hasTime) {
        if (!in.take('T') && !in.take('t') && !in.take(' ')) return failure<ParsedTime>(kNotADate);
        if (const Reason reason = readTime(in, clock)) return failure<ParsedTime>(reason);
        if (!in.done()) return failure<ParsedTime>(kNotADate);
    }
    if (const Reason reason = checkCivil(date)) return failure<ParsedTime>(reason);
    return ParsedTime{toUtcMs(date, clock), hasTime};
}

// Digits, optionally with one "." or "," and more digits: the shape of an Excel serial.
bool looksLikeSerial(std::string_view s) {
    const std::size_t point = s.find_first_of(".,");
    const std::string_view whole = s.substr(0, point);
    if (whole.empty() || !allDigits(whole)) return false;
    return point == npos || (point + 1 < s.size() && allDigits(s.substr(point + 1)));
}

// The fraction of a day written after the serial's point, in ms, rounded: Excel stores times as
// doubles, so 09:00 may arrive as 0.37499999999.
std::int64_t dayFractionMs(std::string_view digits) {
    std::int64_t nanoDays = 0; // billionths of a day: 9 digits keep well under 1 ms
    for (std::size_t k = 0; k < 9; ++k) nanoDays = nanoDays * 10 + (k < digits.size() ? digits[k] - '0' : 0);
    constexpr std::int64_t billion = 1'000'000'000;
    return (nanoDays * kMsPerDay + billion / 2) / billion;
}

std::variant<ParsedTime, std::string> parseSerial(std::string_view s) {
    // Serial 60 is Excel's 1900-02-29, kept from Lotus 1-2-3; serial 0 is its 1900-01-00.
    constexpr int kFakeLeapDay = 60, kLastSerial = 2'958'465; // 9999-12-31
    const std::size_t point = s.find_first_of(".,");
    const std::string_view whole = s.substr(0, point);
    const std::string_view fraction = point == npos ? std::string_view{} : s.substr(point + 1);
    Cursor in(whole);
    int serial = 0;
    if (in.number(serial) > 7 || serial > kLastSerial) return failure<ParsedTime>(kNotADate);
    if (serial == 0 || serial == kFakeLeapDay) return failure<ParsedTime>(kDayOutOfRange);
    const std::int64_t day =
        serial < kFakeLeapDay ? daysFromCivil(1899, 12, 31) + serial : daysFromCivil(1899, 12, 30) + serial;
    const bool hasTime = fraction.find_first_not_of('0') != npos;
    return ParsedTime{day * kMsPerDay + dayFractionMs(fraction), hasTime};
}

// The first two numbers of a cell shaped "n/n/yy(yy)", with "/", "." or "-", if that is its shape.
std::optional<std::pair<int, int>> leadingPair(std::string_view cell) {
    std::size_t start = 0;
    while (start < cell.size()) {
        const UnitAt unit = unitAt(cell, start);
        if (unit.kind == Unit::Other) break;
        start += unit.length;
    }
    Cursor in(cell.substr(start));
    int a = 0, b = 0, year = 0;
    if (!in.number(1, 2, a)) return std::nullopt;
    const char separator = in.peek();
    if (!isDateSeparator(separator) || !in.take(separator) || !in.number(1, 2, b) || !in.take(separator) ||
        !readYear(in, year))
        return std::nullopt;
    if (!in.done() && in.peek() != ' ' && in.peek() != 'T') return std::nullopt;
    if (a < 1 || b < 1 || a > 31 || b > 31) return std::nullopt;
    return std::pair{a, b};
}

// ---------------------------------------------------------------------------------------------
// Phones.

struct Country {
    std::string_view iso;
    std::string_view callingCode;
    std::string_view trunkPrefix; // dialled before national numbers at home; not part of E.164
};

constexpr std::array kCountries{
    Country{"US", "1", ""},    Country{"CA", "1", ""},    Country{"PR", "1", ""},    Country{"GB", "44", "0"},
    Country{"IE", "353", "0"}, Country{"DE", "49", "0"},  Country{"FR", "33", "0"},  Country{"IT", "39", ""},
    Country{"ES", "34", ""},   Country{"PT", "351", ""},  Country{"NL", "31", "0"},  Country{"BE", "32", "0"},
    Country{"LU", "352", ""},  Country{"CH", "41", "0"},  Country{"AT", "43", "0"},  Country{"SE", "46", "0"},
    Country{"NO", "47", ""},   Country{"DK", "45", ""},   Country{"FI", "358", "0"}, Country{"IS", "354", ""},
    Country{"PL", "48", ""},   Country{"CZ", "420", ""},  Country{"HU", "36", "06"}, Country{"GR", "30", ""},
    Country{"RU", "7", "8"},   Country{"UA", "380", "0"}, Country{"TR", "90", "0"},  Country{"IL", "972", "0"},
    Country{"AE", "971", "0"}, Country{"SA", "966", "0"}, Country{"EG", "20", "0"},  Country{"ZA", "27", "0"},
    Country{"NG", "234", "0"}, Country{"KE", "254", "0"}, Country{"CN", "86", "0"},  Country{"HK", "852", ""},
    Country{"MO", "853", ""},  Country{"TW", "886", "0"}, Country{"JP", "81", "0"},  Country{"KR", "82", "0"},
    Country{"SG", "65", ""},   Country{"MY", "60", "0"},  Country{"TH", "66", "0"},  Country{"VN", "84", "0"},
    Country{"PH", "63", "0"},  Country{"ID", "62", "0"},  Country{"IN", "91", "0"},  Country{"AU", "61", "0"},
    Country{"NZ", "64", "0"},  Country{"MX", "52", ""},   Country{"BR", "55", "0"},  Country{"AR", "54", "0"},
    Country{"PE", "51", "0"},
};

const Country* findCountry(std::string_view iso) {
    for (const Country& country : kCountries)
        if (equalsNoCase(country.iso, iso)) return &country;
    return nullptr;
}

constexpr std::size_t kMaxE164Digits = 15;

// Full-width digits and marks from Chinese input methods (U+FF08-U+FF19) as their ASCII selves;
// every other character as itself (0 for other non-ASCII), with its length in bytes.
char phoneCharAt(std::string_view s, std::size_t i, std::size_t& length) {
    length = 1;
    const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (b(0) < 0x80) return s[i];
    if (b(0) == 0xEF && b(1) == 0xBC && b(2) >= 0x88 && b(2) <= 0x99) {
        length = 3;
        return static_cast<char>(b(2) - 0x88 + '(');
    }
    return 0;
}

// "x123", "ext. 123", "extension: 123", "#123", "转123", "分机 123": all of what is left.
bool readExtension(std::string_view rest, std::string& extension) {
    static constexpr std::array<std::string_view, 8> markers{"extension", "ext", "x", "#", "转", "轉", "分机", "分機"};
    for (std::string_view marker : markers) {
        if (!startsWithNoCase(rest, marker)) continue;
        std::string_view digits = rest.substr(marker.size());
        if (digits.starts_with('.') || digits.starts_with(':')) digits.remove_prefix(1);
        digits = trimSpaces(digits);
        if (digits.empty() || digits.size() > 10 || !allDigits(digits)) return false;
        extension.assign(digits);
        return true;
    }
    return false;
}

struct PhoneText {
    std::string digits;
    bool plus = false;
    std::size_t bracketedZero = npos; // where a "(0)" put its digit
    std::string extension;
};

Reason splitPhone(std::string_view s, PhoneText& phone) {
    for (std::size_t i = 0, length = 1; i < s.size(); i += length) {
        const char c = phoneCharAt(s, i, length);
        if (isDigit(c)) {
            phone.digits += c;
        } else if (c == '+') {
            if (phone.plus || !phone.digits.empty()) return kNotAPhone;
            phone.plus = true;
        } else if (c == '(' && s.substr(i).starts_with("(0)")) {
            phone.bracketedZero = phone.digits.size();
            phone.digits += '0';
            length = 3;
        } else if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') {
            return readExtension(s.substr(i), phone.extension) ? nullptr : kNotAPhone;
        }
    }
    return nullptr;
}

// Strips an international prefix ("00", or "011" dialled from US/CA) and reports whether there was
// one, or a "+"; a "(0)" in an international number is a trunk digit to drop.
bool takeInternational(PhoneText& phone, const Country* country) {
    std::size_t prefix = 0;
    if (!phone.plus && phone.digits.starts_with("00")) prefix = 2;
    if (!phone.plus && country && country->callingCode == "1" && phone.digits.starts_with("011")) prefix = 3;
    if (!phone.plus && !prefix) return false;
    if (phone.bracketedZero != npos && phone.bracketedZero >= prefix) phone.digits.erase(phone.bracketedZero, 1);
    phone.digits.erase(0, prefix);
    return true;
}

std::variant<ParsedPhone, std::string> nationalToE164(std::string digits, const Country& country,
                                                      std::string extension) {
    if (country.callingCode == "1") {
        if (digits.size() == 11 && digits.front() == '1') digits.erase(0, 1);
        if (digits.size() != 10) return failure<ParsedPhone>(kWrongDigits);
    } else if (!country.trunkPrefix.empty() && digits.starts_with(country.trunkPrefix)) {
        digits.erase(0, country.trunkPrefix.size());
    }
    if (digits.size() < 3) return failure<ParsedPhone>(kTooFewDigits);
    if (country.callingCode.size() + digits.size() > kMaxE164Digits) return failure<ParsedPhone>(kTooManyDigits);
    return ParsedPhone{"+" + std::string(country.callingCode) + digits, std::move(extension)};
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::string cleanText(std::string_view s, bool keepLines) {
    std::string out;
    out.reserve(s.size());
    bool lineHasText = false, pendingSpace = false;
    std::size_t pendingBreaks = 0;
    for (std::size_t i = 0; i < s.size();) {
        const UnitAt unit = unitAt(s, i);
        const Unit kind = unit.kind == Unit::Break && !keepLines ? Unit::Space : unit.kind;
        if (kind == Unit::Space) {
            pendingSpace = pendingSpace || lineHasText;
        } else if (kind == Unit::Break) {
            // Counted only after text, so blank leading lines vanish; flushed only before text, so
            // trailing ones do too.
            if (!out.empty()) ++pendingBreaks;
            lineHasText = pendingSpace = false;
        } else if (kind == Unit::Other) {
            if (pendingBreaks)
                out.append(pendingBreaks, '\n');
            else if (pendingSpace)
                out += ' ';
            pendingBreaks = 0;
            pendingSpace = false;
            lineHasText = true;
            out += s[i];
        }
        i += unit.length;
    }
    return out;
}

DayOrder inferDayOrder(const std::vector<std::string_view>& cells) {
    bool dayFirst = false, monthFirst = false;
    for (std::string_view cell : cells) {
        const auto pair = leadingPair(cell);
        if (!pair) continue;
        if (pair->first > 12 && pair->second <= 12) dayFirst = true;
        if (pair->second > 12 && pair->first <= 12) monthFirst = true;
        if (dayFirst && monthFirst) return DayOrder::Unknown;
    }
    if (dayFirst) return DayOrder::DayFirst;
    if (monthFirst) return DayOrder::MonthFirst;
    return DayOrder::Unknown;
}

std::variant<ParsedTime, std::string> parseDateTime(std::string_view cell, DayOrder order, bool excelSerial) {
    const CleanCell clean(cell);
    const std::string_view s = clean.view();
    if (s.empty()) return failure<ParsedTime>(kEmpty);
    if (excelSerial && looksLikeSerial(s)) return parseSerial(s);
    return parseDateText(s, order);
}

std::variant<ParsedAmount, std::string> parseAmount(std::string_view cell, std::string_view defaultCurrency) {
    const CleanCell clean(cell);
    if (clean.view().empty()) return failure<ParsedAmount>(kEmpty);
    const AmountText text = splitAmount(clean.view());
    if (text.signed_ && text.parenthesised) return failure<ParsedAmount>(kNotAnAmount);
    const auto number = readDecimal(text.number);
    if (!number) return failure<ParsedAmount>(kNotAnAmount);
    const auto currency = agree(text.prefix, text.suffix, defaultCurrency);
    if (!currency) return failure<ParsedAmount>(kTwoCurrencies);
    const int digits = minorDigits(currency->empty() ? upperCopy(defaultCurrency) : std::string(*currency));
    const Scaled scaled = scaleDecimal(*number, digits);
    if (scaled.reason) return failure<ParsedAmount>(scaled.reason);
    const auto minor = withSign(scaled.magnitude, text.minus || text.parenthesised);
    if (!minor) return failure<ParsedAmount>(kTooLarge);
    return ParsedAmount{*minor, std::string(*currency)};
}

std::variant<bool, std::string> parseBoolean(std::string_view cell) {
    struct Word {
        std::string_view text;
        bool value;
    };
    static constexpr std::array words{
        Word{"1", true},   Word{"0", false},   Word{"yes", true},    Word{"no", false}, Word{"y", true},
        Word{"n", false},  Word{"true", true}, Word{"false", false}, Word{"t", true},   Word{"f", false},
        Word{"on", true},  Word{"off", false}, Word{"x", true},      Word{"是", true},  Word{"否", false},
        Word{"真", true},  Word{"假", false},  Word{"对", true},     Word{"错", false}, Word{"對", true},
        Word{"錯", false},
    };
    const CleanCell clean(cell);
    if (clean.view().empty()) return failure<bool>(kEmpty);
    for (const Word& word : words)
        if (equalsNoCase(clean.view(), word.text)) return word.value;
    return failure<bool>(kNotABoolean);
}

std::variant<std::int64_t, std::string> parseWholeNumber(std::string_view cell) {
    const CleanCell clean(cell);
    std::string_view s = clean.view();
    if (s.empty()) return failure<std::int64_t>(kEmpty);
    bool minus = false;
    takeSign(s, minus);
    if (s.ends_with('%')) s = trimSpaces(s.substr(0, s.size() - 1));
    const auto number = readDecimal(s);
    if (!number) return failure<std::int64_t>(kNotANumber);
    const Scaled scaled = scaleDecimal(*number, 0);
    if (scaled.reason) return failure<std::int64_t>(scaled.reason == kTooManyDecimals ? kNotWhole : scaled.reason);
    const auto value = withSign(scaled.magnitude, minus);
    if (!value) return failure<std::int64_t>(kTooLarge);
    return *value;
}

std::variant<ParsedPhone, std::string> canonicalPhone(std::string_view cell, std::string_view defaultCountry) {
    const CleanCell clean(cell);
    if (clean.view().empty()) return failure<ParsedPhone>(kEmpty);
    PhoneText phone;
    if (const Reason reason = splitPhone(clean.view(), phone)) return failure<ParsedPhone>(reason);
    const Country* country = defaultCountry.empty() ? nullptr : findCountry(defaultCountry);
    const bool international = takeInternational(phone, country);
    if (phone.digits.size() < 3) return failure<ParsedPhone>(kTooFewDigits);
    if (phone.digits.size() > kMaxE164Digits) return failure<ParsedPhone>(kTooManyDigits);
    if (international) {
        if (phone.digits.front() == '0') return failure<ParsedPhone>(kNotAPhone); // no calling code starts with 0
        return ParsedPhone{"+" + phone.digits, std::move(phone.extension)};
    }
    if (defaultCountry.empty()) return ParsedPhone{std::move(phone.digits), std::move(phone.extension)};
    if (!country) return failure<ParsedPhone>(kUnknownCountry);
    return nationalToE164(std::move(phone.digits), *country, std::move(phone.extension));
}

std::string cleanEmail(std::string_view cell) {
    std::string email = cleanText(cell);
    const std::size_t at = email.rfind('@');
    if (at == npos) return email;
    for (std::size_t i = at + 1; i < email.size(); ++i) email[i] = lower(email[i]);
    return email;
}

} // namespace satchel::io
