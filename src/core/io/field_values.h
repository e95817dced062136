#pragma once
// Cleaning and parsing the text of imported spreadsheet cells: CSV/xlsx written by Excel in any
// locale, Salesforce/HubSpot/Pipedrive exports, Chinese Excel. Every parser cleans the cell first
// (cleanText), must consume all of it (no partial parses) and answers either a value or a short,
// fixed English reason. They run on every cell of million-row imports, so there is no locale, no
// floating point and no allocation beyond one cleaned copy of a cell that needed cleaning.
// Reasons shared by all parsers: "empty" for a blank cell.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace satchel::io {

// Trims both ends and collapses inner runs of whitespace to one ASCII space. Whitespace: ASCII
// space, tab, VT, FF, CR, LF, U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000 (and U+2028/U+2029 as
// line breaks); U+200B and the BOM U+FEFF are dropped. With keepLines, line breaks (LF, CRLF, CR)
// survive as "\n": each line is trimmed and collapsed, blank leading and trailing lines are dropped
// and blank inner lines kept. Bytes that are not valid UTF-8 are passed through untouched.
std::string cleanText(std::string_view s, bool keepLines = false);

enum class DayOrder { Unknown, DayFirst, MonthFirst };
// Decides the order of a column's d/m/y or m/d/y dates: DayFirst when some cell's first number is
// over 12, MonthFirst when some cell's second number is, Unknown when neither or both (the UI asks).
// Cells of any other shape (ISO dates, text, blanks) are ignored.
DayOrder inferDayOrder(const std::vector<std::string_view>& cells);

struct ParsedTime {
    std::int64_t utcMs;
    bool hasTime; // false for a bare date (then utcMs is midnight UTC)
    bool operator==(const ParsedTime&) const = default;
};
// Dates and date-times, all read as UTC unless they carry an offset:
//  - year first: "2021-01-05", "2021/1/5", "2021.1.5", "2021年1月5日";
//  - d/m/y or m/d/y with "/", "." or "-", 2- or 4-digit years (00-68 -> 20xx, 69-99 -> 19xx), the
//    order from `order`; with Unknown, a number over 12 settles it, equal numbers need no order,
//    and anything else is "ambiguous day and month";
//  - English month names, full or three letters (and "Sept"): "5 Jan 2021", "05-Jan-21",
//    "Jan 5, 2021", "January 5 2021";
//  - any of those followed by "T" or a space and a time "9:05", "09:05:30", "09:05:30.123" (more
//    fraction digits are truncated to ms), optionally " AM"/" PM", optionally a zone "Z", "UTC",
//    "GMT", "+08:00", "+0800", "+08";
//  - with excelSerial, a plain number is an Excel serial (1900 system): 1 = 1900-01-01, 59 =
//    1900-02-28, 61 = 1900-03-01; 0 and 60 (Excel's 1900-01-00 and 1900-02-29) do not exist; the
//    fraction is the time of day, rounded to the millisecond.
// Reasons: "not a date", "ambiguous day and month", "month out of range", "day out of range",
// "time out of range", "empty".
std::variant<ParsedTime, std::string> parseDateTime(std::string_view cell, DayOrder order = DayOrder::Unknown,
                                                    bool excelSerial = false);

struct ParsedAmount {
    std::int64_t minor;
    std::string currency; // ISO code named by the cell; empty if the cell named none
    bool operator==(const ParsedAmount&) const = default;
};
// Amounts in minor units of the cell's currency, or of defaultCurrency when it names none.
// Number rules (one grouping mark kind per number; groups after the first are exactly 3 digits):
//  - both "," and "." present: the last one is the decimal mark ("1,234.56", "1.234,56");
//  - a single "." is always a decimal point ("1.234" is 1.234, so USD refuses it);
//  - a single "," is a thousands separator when exactly 3 digits follow ("1,234"), a decimal comma
//    when 1 or 2 follow ("12,5"), and anything else is refused;
//  - spaces (NBSP, thin spaces) and apostrophes ("1'234.50", "1’234.50") only group.
// Negatives: "-12.5", "−12.5", "(12.50)" (accounting), "-$12", "$-12". Currency: symbols before or
// after ("$", "€", "£", "¥", "￥", "元", "人民币", "CN¥", "US$", "HK$", "₩", "₹", ...) and ISO codes
// (any case) before or after; "RMB" is CNY. "$" is USD unless defaultCurrency is another dollar
// (CAD, AUD, ...); "¥" is CNY unless defaultCurrency is JPY; a symbol and a code may both appear
// when they agree ("$12.00 CAD" is CAD). No exponents, no "k".
// Reasons: "not an amount", "more decimals than the currency has" (extra zeros are fine),
// "two currencies", "too large" (beyond int64), "empty".
std::variant<ParsedAmount, std::string> parseAmount(std::string_view cell, std::string_view defaultCurrency = "USD");

// 1/0, yes/no, y/n, true/false, t/f, on/off, x (checked), 是/否, 真/假, 对/错 (and 對/錯), any case.
// Reasons: "not a yes or no", "empty".
std::variant<bool, std::string> parseBoolean(std::string_view cell);

// Quantities and percentages: "42", "-7", "1,200", "1 200", "12%", "12.00" (zero decimals only),
// with the number rules of parseAmount.
// Reasons: "not a number", "not a whole number", "too large", "empty".
std::variant<std::int64_t, std::string> parseWholeNumber(std::string_view cell);

struct ParsedPhone {
    std::string canonical; // "+8613800138000" (E.164), or the bare digits without a country
    std::string extension; // digits after "x", "ext.", "extension", "#", "转", "分机"; empty if none
    bool operator==(const ParsedPhone&) const = default;
};
// Phone numbers. "+" and "00" (and "011" for US/CA) start an international number, kept as "+"
// with a "(0)" trunk digit dropped ("+44 (0)20 ..."). With defaultCountry (ISO 3166 alpha-2, any
// case; about 50 countries known) a national number loses its trunk prefix and gains the calling
// code; US/CA numbers must then have 10 digits (an 11-digit one starting with 1 is fine). Without
// a default country, national numbers are their digits. Separators: spaces, - . / ( ); full-width
// digits and marks from Chinese input methods count as ASCII.
// Reasons: "not a phone number" (letters, a stray "+"), "too few digits" (under 3),
// "too many digits" (over 15), "wrong number of digits" (US/CA), "unknown country", "empty".
std::variant<ParsedPhone, std::string> canonicalPhone(std::string_view cell, std::string_view defaultCountry = "");

// The cleaned cell (cleanText) with the domain after the last "@" lower-cased (ASCII only); the
// local part is kept as typed. Nothing is validated here.
std::string cleanEmail(std::string_view cell);

} // namespace satchel::io
