#include "core/io/field_values.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

using namespace satchel::io;

// Readable failures: doctest prints these instead of "{?}".
namespace doctest {
template <>
struct StringMaker<ParsedAmount> {
    static String convert(const ParsedAmount& a) {
        return ("{" + std::to_string(a.minor) + ", \"" + a.currency + "\"}").c_str();
    }
};
template <>
struct StringMaker<ParsedPhone> {
    static String convert(const ParsedPhone& p) {
        return ("{\"" + p.canonical + "\", \"" + p.extension + "\"}").c_str();
    }
};
} // namespace doctest

namespace {

// Expected times were computed apart from this code, with Python's datetime in UTC.
std::int64_t utcMs(std::string_view cell, DayOrder order = DayOrder::Unknown, bool excelSerial = false) {
    INFO("cell: ", std::string(cell));
    const auto parsed = parseDateTime(cell, order, excelSerial);
    if (const auto* why = std::get_if<std::string>(&parsed)) FAIL_CHECK("refused: ", *why);
    REQUIRE(std::holds_alternative<ParsedTime>(parsed));
    return std::get<ParsedTime>(parsed).utcMs;
}

// The reason a parse was refused, or "parsed" when it was not.
template <class T>
std::string reasonOf(const std::variant<T, std::string>& parsed) {
    if (const auto* why = std::get_if<std::string>(&parsed)) return *why;
    return "parsed";
}

std::string dateReason(std::string_view cell, DayOrder order = DayOrder::Unknown, bool excelSerial = false) {
    return reasonOf(parseDateTime(cell, order, excelSerial));
}

ParsedAmount amount(std::string_view cell, std::string_view defaultCurrency = "USD") {
    INFO("cell: ", std::string(cell));
    const auto parsed = parseAmount(cell, defaultCurrency);
    if (const auto* why = std::get_if<std::string>(&parsed)) FAIL_CHECK("refused: ", *why);
    REQUIRE(std::holds_alternative<ParsedAmount>(parsed));
    return std::get<ParsedAmount>(parsed);
}

std::string amountReason(std::string_view cell, std::string_view defaultCurrency = "USD") {
    return reasonOf(parseAmount(cell, defaultCurrency));
}

ParsedPhone phone(std::string_view cell, std::string_view country = "") {
    INFO("cell: ", std::string(cell), " country: ", std::string(country));
    const auto parsed = canonicalPhone(cell, country);
    if (const auto* why = std::get_if<std::string>(&parsed)) FAIL_CHECK("refused: ", *why);
    REQUIRE(std::holds_alternative<ParsedPhone>(parsed));
    return std::get<ParsedPhone>(parsed);
}

std::string phoneReason(std::string_view cell, std::string_view country = "") {
    return reasonOf(canonicalPhone(cell, country));
}

std::variant<bool, std::string> boolean(std::string_view cell) { return parseBoolean(cell); }

} // namespace

// ---------------------------------------------------------------------------------------------
// cleanText and cleanEmail

TEST_CASE("import cells: cleanText trims and collapses ASCII, no-break, full-width and thin spaces") {
    CHECK(cleanText("  Acme \t  Corp  ") == "Acme Corp");
    CHECK(cleanText("\xC2\xA0"
                    "Acme\xC2\xA0\xC2\xA0"
                    "Corp\xC2\xA0") == "Acme Corp");                                 // U+00A0
    CHECK(cleanText("\xE3\x80\x80张三\xE3\x80\x80李四\xE3\x80\x80") == "张三 李四"); // U+3000
    CHECK(cleanText("1\xE2\x80\x89"
                    "234\xE2\x80\xAF"
                    "567") == "1 234 567"); // U+2009, U+202F
    CHECK(cleanText("a\xE2\x80\x80\xE2\x80\x8A\xE2\x81\x9F"
                    "b") == "a b"); // U+2000, U+200A, U+205F
    CHECK(cleanText("line one\r\nline two\nthree\rfour") == "line one line two three four");
    CHECK(cleanText("") == "");
    CHECK(cleanText(" \t\xC2\xA0\xE3\x80\x80 ") == "");
}

TEST_CASE("import cells: cleanText drops zero-width spaces and byte order marks") {
    CHECK(cleanText("\xEF\xBB\xBF"
                    "Name") == "Name");             // BOM on the first cell of a CSV
    CHECK(cleanText("Ac\xE2\x80\x8Bme") == "Acme"); // U+200B inside a word
    CHECK(cleanText("a \xE2\x80\x8B b") == "a b");  // between spaces: still one space
    CHECK(cleanText("\xE2\x80\x8B\xEF\xBB\xBF") == "");
    CHECK(cleanText("Zoë 😀 王") == "Zoë 😀 王");                   // other UTF-8 untouched
    CHECK(cleanText("bad\xFF\xE2 bytes") == "bad\xFF\xE2 bytes"); // invalid bytes pass through
}

TEST_CASE("import cells: cleanText keeps the lines of multi-line text when asked") {
    CHECK(cleanText("\n\n  First  line  \r\n\tsecond\xC2\xA0line\n\n", true) == "First line\nsecond line");
    CHECK(cleanText("para one\n   \npara two", true) == "para one\n\npara two"); // inner blank line kept
    CHECK(cleanText("a\rb\r\nc", true) == "a\nb\nc");
    CHECK(cleanText("a\xE2\x80\xA8"
                    "b",
                    true) == "a\nb"); // U+2028 line separator
    CHECK(cleanText(" \n \r\n ", true) == "");
    CHECK(cleanText("one\ntwo", false) == "one two");
}

TEST_CASE("import cells: cleanEmail trims and lower-cases the domain only") {
    CHECK(cleanEmail("  John.Doe@Example.COM\xC2\xA0") == "John.Doe@example.com");
    CHECK(cleanEmail("\xEF\xBB\xBF"
                     "Wang.Li@QQ.Com") == "Wang.Li@qq.com");
    CHECK(cleanEmail("\"Odd@Local\"@Mail.Example.ORG") == "\"Odd@Local\"@mail.example.org");
    CHECK(cleanEmail("  not an email  ") == "not an email");
    CHECK(cleanEmail("") == "");
}

// ---------------------------------------------------------------------------------------------
// Dates

TEST_CASE("import cells: ISO 8601 dates and date-times, with and without a zone") {
    CHECK(utcMs("2021-01-05") == 1609804800000);
    CHECK(utcMs("1970-01-01") == 0);
    CHECK(utcMs("2021-01-05T09:09:50Z") == 1609837790000);
    CHECK(utcMs("2021-01-05 09:09:50") == 1609837790000); // no zone: UTC
    CHECK(utcMs("2021-01-05t09:09:50z") == 1609837790000);
    CHECK(utcMs("2021-01-05T09:09:50+08:00") == 1609808990000);
    CHECK(utcMs("2021-01-05T09:09:50-05:00") == 1609855790000);
    CHECK(utcMs("2021-01-05T09:09:50+0530") == 1609817990000);
    CHECK(utcMs("2021-01-05 09:09:50 +08") == 1609808990000);
    CHECK(utcMs("2021-01-05 09:09:50 UTC") == 1609837790000);
    CHECK(utcMs("1969-12-31T23:59:59Z") == -1000);
    CHECK(utcMs("0001-01-01") == -62135596800000);
    CHECK(utcMs("9999-12-31") == 253402214400000);
    const auto parsed = parseDateTime("2021-01-05");
    REQUIRE(std::holds_alternative<ParsedTime>(parsed));
    CHECK_FALSE(std::get<ParsedTime>(parsed).hasTime);
    CHECK(std::get<ParsedTime>(parseDateTime("2021-01-05 00:00")).hasTime);
}

TEST_CASE("import cells: Salesforce's 2017-08-04T09:09:50.000+0000 is exact to the millisecond") {
    CHECK(utcMs("2017-08-04T09:09:50.000+0000") == 1501837790000);
    CHECK(utcMs("2017-08-04T09:09:50.123+0000") == 1501837790123);
    CHECK(utcMs("2017-08-04T09:09:50.1239+0000") == 1501837790123); // truncated, not rounded
    CHECK(utcMs("2017-08-04T09:09:50.5Z") == 1501837790500);
    CHECK(utcMs("2017-08-04T09:09:50,250Z") == 1501837790250);
}

TEST_CASE("import cells: year-first dates with slashes, dots and Chinese 年月日") {
    CHECK(utcMs("2021/1/5") == 1609804800000);
    CHECK(utcMs("2021.01.05") == 1609804800000);
    CHECK(utcMs("2021-1-5") == 1609804800000);
    CHECK(utcMs("2021年1月1日") == 1609459200000);
    CHECK(utcMs("2021年01月05日") == 1609804800000);
    CHECK(utcMs("2021年1月5日 21:30") == 1609882200000);
    CHECK(dateReason("2021年1月5") == "not a date");
    CHECK(dateReason("2021/1-5") == "not a date");
}

TEST_CASE("import cells: day and month order is inferred from a column") {
    CHECK(inferDayOrder({"13/01/2021", "01/02/2021"}) == DayOrder::DayFirst);
    CHECK(inferDayOrder({"01/13/2021", " 1/2/21 "}) == DayOrder::MonthFirst);
    CHECK(inferDayOrder({"01/02/2021", "03/04/2021"}) == DayOrder::Unknown); // neither
    CHECK(inferDayOrder({"13/01/2021", "01/13/2021"}) == DayOrder::Unknown); // both
    CHECK(inferDayOrder({"2021-01-13", "", "hello", "31.12.1999 10:00"}) == DayOrder::DayFirst);
    CHECK(inferDayOrder({"45/01/2021", "13-01-2021x"}) == DayOrder::Unknown); // not dates
    CHECK(inferDayOrder({}) == DayOrder::Unknown);
}

TEST_CASE("import cells: d/m/y and m/d/y dates follow the order, and refuse to guess") {
    CHECK(utcMs("13/01/2021") == 1610496000000); // only a day can be 13
    CHECK(utcMs("01/13/2021") == 1610496000000);
    CHECK(utcMs("01/02/2021", DayOrder::DayFirst) == 1612137600000);
    CHECK(utcMs("01/02/2021", DayOrder::MonthFirst) == 1609545600000);
    CHECK(dateReason("01/02/2021") == "ambiguous day and month");
    CHECK(utcMs("02/02/2021") == 1612224000000); // the same either way
    CHECK(utcMs("05.01.2021", DayOrder::DayFirst) == 1609804800000);
    CHECK(utcMs("05-01-2021", DayOrder::DayFirst) == 1609804800000);
    CHECK(utcMs("1/5/2021 9:30 PM", DayOrder::MonthFirst) == 1609882200000);
    CHECK(utcMs("1/5/2021 12:15 AM", DayOrder::MonthFirst) == 1609805700000);
    CHECK(utcMs("1/5/2021 12:15 pm", DayOrder::MonthFirst) == 1609848900000);
    CHECK(dateReason("13/01/2021", DayOrder::MonthFirst) == "month out of range");
    CHECK(dateReason("13/13/2021") == "month out of range");
    CHECK(dateReason("05/01.2021", DayOrder::DayFirst) == "not a date");
    CHECK(dateReason("1/5/2021 13:15 PM", DayOrder::MonthFirst) == "time out of range");
}

TEST_CASE("import cells: two-digit years pivot at 69 like POSIX strptime") {
    CHECK(utcMs("5/1/68", DayOrder::DayFirst) == 3092947200000); // 2068
    CHECK(utcMs("5/1/69", DayOrder::DayFirst) == -31190400000);  // 1969
    CHECK(utcMs("5/1/00", DayOrder::DayFirst) == 947030400000);  // 2000
    CHECK(utcMs("31/12/99") == 946598400000);                    // 1999
    CHECK(dateReason("5/1/2021x", DayOrder::DayFirst) == "not a date");
    CHECK(dateReason("5/1/202", DayOrder::DayFirst) == "not a date");
}

TEST_CASE("import cells: dates with English month names") {
    CHECK(utcMs("5 Jan 2021") == 1609804800000);
    CHECK(utcMs("05-Jan-21") == 1609804800000);
    CHECK(utcMs("5 Jan. 2021") == 1609804800000);
    CHECK(utcMs("Jan 5, 2021") == 1609804800000);
    CHECK(utcMs("January 5 2021") == 1609804800000);
    CHECK(utcMs("JANUARY 5,2021") == 1609804800000);
    CHECK(utcMs("Sept 5 2021") == 1630800000000);
    CHECK(utcMs("5 September 2021") == 1630800000000);
    CHECK(utcMs("Jan 5, 2021 9:30 PM") == 1609882200000);
    CHECK(dateReason("5 Janu 2021") == "not a date");
    CHECK(dateReason("Feb 30, 2021") == "day out of range");
    CHECK(dateReason("Jan 2021") == "not a date");
}

TEST_CASE("import cells: Excel serial dates in the 1900 system, around its fake 1900-02-29") {
    CHECK(utcMs("45000", DayOrder::Unknown, true) == 1678838400000); // 2023-03-15
    CHECK(utcMs("45000.5", DayOrder::Unknown, true) == 1678881600000);
    CHECK(utcMs("45000,375", DayOrder::Unknown, true) == 1678870800000);
    CHECK(utcMs("45000.37499999999", DayOrder::Unknown, true) == 1678870800000); // a double's 09:00
    CHECK(utcMs("1", DayOrder::Unknown, true) == -2208988800000);                // 1900-01-01
    CHECK(utcMs("59", DayOrder::Unknown, true) == -2203977600000);               // 1900-02-28
    CHECK(dateReason("60", DayOrder::Unknown, true) == "day out of range");      // 1900-02-29 never was
    CHECK(utcMs("61", DayOrder::Unknown, true) == -2203891200000);               // 1900-03-01
    CHECK(utcMs("2958465", DayOrder::Unknown, true) == 253402214400000);         // 9999-12-31
    CHECK(dateReason("2958466", DayOrder::Unknown, true) == "not a date");
    CHECK(dateReason("0", DayOrder::Unknown, true) == "day out of range");
    CHECK(dateReason("-1", DayOrder::Unknown, true) == "not a date");
    CHECK(dateReason("45000") == "not a date"); // not a serial unless the column says so
    CHECK(utcMs("2021-01-05", DayOrder::Unknown, true) == 1609804800000);
    CHECK_FALSE(std::get<ParsedTime>(parseDateTime("45000.000", DayOrder::Unknown, true)).hasTime);
    CHECK(std::get<ParsedTime>(parseDateTime("45000.25", DayOrder::Unknown, true)).hasTime);
}

TEST_CASE("import cells: impossible dates and times are refused with the reason") {
    CHECK(dateReason("2021-02-30") == "day out of range");
    CHECK(dateReason("2021-02-29") == "day out of range");
    CHECK(utcMs("2020-02-29") == 1582934400000);
    CHECK(dateReason("1900-02-29") == "day out of range");
    CHECK(dateReason("2021-13-01") == "month out of range");
    CHECK(dateReason("2021-00-10") == "month out of range");
    CHECK(dateReason("2021-01-00") == "day out of range");
    CHECK(dateReason("0000-01-01") == "not a date");
    CHECK(dateReason("2021-01-05T24:00") == "time out of range");
    CHECK(dateReason("2021-01-05T23:60") == "time out of range");
    CHECK(dateReason("2021-01-05T23:59:60") == "time out of range");
    CHECK(dateReason("2021-01-05T10:00+15:00") == "time out of range");
}

TEST_CASE("import cells: date garbage is refused, never half-read") {
    CHECK(dateReason("") == "empty");
    CHECK(dateReason(" \xC2\xA0 ") == "empty");
    for (const char* cell : {"hello", "2021-01-05x", "2021-01-05T", "2021-01-05T9", "2021-01-05 09:09:50 junk",
                             "2021-01", "20210105", "99999-01-01", "2021-01-05T09:09:50+8", "12.5", "Jan", "5 Jan",
                             "2021-01-05T09:09:50.Z", "2021-01-05T09:09:50.1234567890Z", "1/2/3/4"}) {
        CAPTURE(cell);
        CHECK(dateReason(cell, DayOrder::DayFirst) == "not a date");
    }
}

// ---------------------------------------------------------------------------------------------
// Amounts

TEST_CASE("import cells: amounts with dollar, euro, pound and yuan signs in each locale's style") {
    CHECK(amount("$1,234.56") == ParsedAmount{123456, "USD"});
    CHECK(amount("1.234,56 €") == ParsedAmount{123456, "EUR"});
    CHECK(amount("€1\xC2\xA0"
                 "234,56") == ParsedAmount{123456, "EUR"}); // NBSP thousands
    CHECK(amount("€1\xE2\x80\x89"
                 "234,56") == ParsedAmount{123456, "EUR"}); // thin space
    CHECK(amount("1\xE2\x80\xAF"
                 "234,56 €") == ParsedAmount{123456, "EUR"}); // narrow NBSP
    CHECK(amount("£12.5") == ParsedAmount{1250, "GBP"});
    CHECK(amount("¥1,200") == ParsedAmount{120000, "CNY"});
    CHECK(amount("￥1,200") == ParsedAmount{120000, "CNY"});
    CHECK(amount("¥1,200", "JPY") == ParsedAmount{1200, "JPY"});
    CHECK(amount("RMB 1200") == ParsedAmount{120000, "CNY"});
    CHECK(amount("CN¥1200") == ParsedAmount{120000, "CNY"});
    CHECK(amount("1200元") == ParsedAmount{120000, "CNY"});
    CHECK(amount("人民币 1,200.50") == ParsedAmount{120050, "CNY"});
    CHECK(amount("HK$ 88") == ParsedAmount{8800, "HKD"});
    CHECK(amount("$12", "CAD") == ParsedAmount{1200, "CAD"}); // a bare $ in a Canadian workspace
}

TEST_CASE("import cells: amounts with ISO codes before or after, and both a symbol and a code") {
    CHECK(amount("USD 12") == ParsedAmount{1200, "USD"});
    CHECK(amount("12 EUR") == ParsedAmount{1200, "EUR"});
    CHECK(amount("12eur") == ParsedAmount{1200, "EUR"});
    CHECK(amount("JPY 1,200") == ParsedAmount{1200, "JPY"});
    CHECK(amount("1200 KRW") == ParsedAmount{1200, "KRW"});
    CHECK(amount("1.234 KWD") == ParsedAmount{1234, "KWD"}); // three minor digits
    CHECK(amount("$12.00 USD") == ParsedAmount{1200, "USD"});
    CHECK(amount("$12.00 CAD") == ParsedAmount{1200, "CAD"});
    CHECK(amount("¥1200 JPY") == ParsedAmount{1200, "JPY"});
    CHECK(amountReason("€12 USD") == "two currencies");
    CHECK(amountReason("12 ABC") == "not an amount"); // three letters are not a currency by themselves
}

TEST_CASE("import cells: negative amounts with a sign or accounting parentheses") {
    CHECK(amount("-12.5") == ParsedAmount{-1250, ""});
    CHECK(amount("(12.50)") == ParsedAmount{-1250, ""});
    CHECK(amount("($1,234.56)") == ParsedAmount{-123456, "USD"});
    CHECK(amount("$(1,234.56)") == ParsedAmount{-123456, "USD"});
    CHECK(amount("(12.50) EUR") == ParsedAmount{-1250, "EUR"});
    CHECK(amount("-$12") == ParsedAmount{-1200, "USD"});
    CHECK(amount("$-12") == ParsedAmount{-1200, "USD"});
    CHECK(amount("EUR -12,5") == ParsedAmount{-1250, "EUR"});
    CHECK(amount("\xE2\x88\x92"
                 "7") == ParsedAmount{-700, ""}); // U+2212 minus sign
    CHECK(amount("+7") == ParsedAmount{700, ""});
    CHECK(amount("-0") == ParsedAmount{0, ""});
    CHECK(amountReason("-(12)") == "not an amount");
    CHECK(amountReason("(-12)") == "not an amount");
    CHECK(amountReason("--12") == "not an amount");
}

TEST_CASE("import cells: decimal comma, thousands comma, Swiss apostrophes and grouping") {
    CHECK(amount("12,5") == ParsedAmount{1250, ""});
    CHECK(amount("12,50") == ParsedAmount{1250, ""});
    CHECK(amount("1,234") == ParsedAmount{123400, ""}); // a lone comma and 3 digits: thousands
    CHECK(amount("1,234,567") == ParsedAmount{123456700, ""});
    CHECK(amount("1.234.567") == ParsedAmount{123456700, ""});
    CHECK(amount("1.234.567,89") == ParsedAmount{123456789, ""});
    CHECK(amount("1'234.50") == ParsedAmount{123450, ""});
    CHECK(amount("1\xE2\x80\x99"
                 "234.50 CHF") == ParsedAmount{123450, "CHF"}); // U+2019
    CHECK(amount(".5") == ParsedAmount{50, ""});
    CHECK(amount("0012") == ParsedAmount{1200, ""});
    CHECK(amountReason("12,3456") == "not an amount");
    CHECK(amountReason("1234,567") == "not an amount"); // first group too long for thousands
    CHECK(amountReason("1,23,456") == "not an amount"); // Indian lakh grouping
    CHECK(amountReason("1,234.5.6") == "not an amount");
    CHECK(amountReason("1 234,567.5") == "not an amount"); // two kinds of grouping
    CHECK(amountReason("12 34") == "not an amount");
    CHECK(amountReason("1.5k") == "not an amount");
    CHECK(amountReason("1.2E+05") == "not an amount");
    CHECK(amountReason("12.") == "not an amount");
    CHECK(amountReason("12,") == "not an amount");
}

TEST_CASE("import cells: amounts never round: extra decimals must be zeros") {
    CHECK(amountReason("12.345") == "more decimals than the currency has");
    CHECK(amountReason("1.234") == "more decimals than the currency has"); // a lone dot is a decimal point
    CHECK(amount("12.340") == ParsedAmount{1234, ""});
    CHECK(amountReason("12.5", "JPY") == "more decimals than the currency has");
    CHECK(amountReason("¥1,200.5", "JPY") == "more decimals than the currency has");
    CHECK(amount("1200.00", "JPY") == ParsedAmount{1200, ""});
    CHECK(amount("1200.00", "jpy") == ParsedAmount{1200, ""});
    CHECK(amountReason("12,5 JPY") == "more decimals than the currency has");
}

TEST_CASE("import cells: amounts beyond 64 bits are refused, the extremes are not") {
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    CHECK(amount("92233720368547758.07") == ParsedAmount{max, ""});
    CHECK(amount("-92233720368547758.08") == ParsedAmount{min, ""});
    CHECK(amountReason("92233720368547758.08") == "too large");
    CHECK(amountReason("9223372036854775808", "JPY") == "too large");
    CHECK(amountReason("99999999999999999999999999") == "too large");
    CHECK(amountReason("999,999,999,999,999,999,999,999") == "too large");
}

TEST_CASE("import cells: amount garbage is refused") {
    CHECK(amountReason("") == "empty");
    CHECK(amountReason("\xE3\x80\x80") == "empty");
    for (const char* cell : {"$", "-", "()", "abc", "1.2.3", "(12", "12)", "$$12", "12 $ 5", "1-2", "N/A", "#VALUE!",
                             "12 USD EUR", "1,,234", "€ € 1", "\xFF\xFE"}) {
        CAPTURE(cell);
        CHECK(amountReason(cell) == "not an amount");
    }
}

// ---------------------------------------------------------------------------------------------
// Booleans and whole numbers

TEST_CASE("import cells: yes and no in English, Chinese and checkbox form") {
    for (const char* yes :
         {"1", "yes", "YES", "Y", "true", "True", "T", "on", "ON", "x", "X", "是", "真", "对", " yes\xC2\xA0"}) {
        CAPTURE(yes);
        CHECK(boolean(yes) == std::variant<bool, std::string>(true));
    }
    for (const char* no : {"0", "no", "No", "n", "false", "FALSE", "f", "off", "Off", "否", "假", "错"}) {
        CAPTURE(no);
        CHECK(boolean(no) == std::variant<bool, std::string>(false));
    }
    CHECK(reasonOf(boolean("")) == "empty");
    CHECK(reasonOf(boolean("  ")) == "empty");
    for (const char* other : {"maybe", "2", "yess", "-1", "1.0", "是的", "tru", "xx"}) {
        CAPTURE(other);
        CHECK(reasonOf(boolean(other)) == "not a yes or no");
    }
}

TEST_CASE("import cells: whole numbers for quantities and percentages") {
    using Whole = std::variant<std::int64_t, std::string>;
    CHECK(parseWholeNumber("42") == Whole(std::int64_t{42}));
    CHECK(parseWholeNumber("1,200") == Whole(std::int64_t{1200}));
    CHECK(parseWholeNumber("1\xC2\xA0"
                           "200") == Whole(std::int64_t{1200}));
    CHECK(parseWholeNumber("-7") == Whole(std::int64_t{-7}));
    CHECK(parseWholeNumber("12%") == Whole(std::int64_t{12}));
    CHECK(parseWholeNumber("12 %") == Whole(std::int64_t{12}));
    CHECK(parseWholeNumber("12.00") == Whole(std::int64_t{12}));
    CHECK(parseWholeNumber("9223372036854775807") == Whole(std::numeric_limits<std::int64_t>::max()));
    CHECK(parseWholeNumber("-9223372036854775808") == Whole(std::numeric_limits<std::int64_t>::min()));
    CHECK(reasonOf(parseWholeNumber("12.5")) == "not a whole number");
    CHECK(reasonOf(parseWholeNumber("1,5")) == "not a whole number");
    CHECK(reasonOf(parseWholeNumber("9223372036854775808")) == "too large");
    CHECK(reasonOf(parseWholeNumber("99999999999999999999")) == "too large");
    CHECK(reasonOf(parseWholeNumber("")) == "empty");
    for (const char* cell : {"abc", "12abc", "1e3", "%", "-", "12%%", "$12", "12 pcs"}) {
        CAPTURE(cell);
        CHECK(reasonOf(parseWholeNumber(cell)) == "not a number");
    }
}

// ---------------------------------------------------------------------------------------------
// Phones

TEST_CASE("import cells: Chinese phone numbers become E.164") {
    CHECK(phone("138 0013 8000", "CN") == ParsedPhone{"+8613800138000", ""});
    CHECK(phone("13800138000", "cn") == ParsedPhone{"+8613800138000", ""});
    CHECK(phone("010-12345678", "CN") == ParsedPhone{"+861012345678", ""});
    CHECK(phone("010-12345678转123", "CN") == ParsedPhone{"+861012345678", "123"});
    CHECK(phone("(010) 1234 5678 分机 88", "CN") == ParsedPhone{"+861012345678", "88"});
    CHECK(phone("+86 138-0013-8000", "CN") == ParsedPhone{"+8613800138000", ""});
    CHECK(phone("0086 13800138000", "CN") == ParsedPhone{"+8613800138000", ""});
    CHECK(phone("＋８６ １３８－００１３－８０００", "CN") == ParsedPhone{"+8613800138000", ""}); // full-width
}

TEST_CASE("import cells: US phone numbers, with and without the leading 1, and extensions") {
    CHECK(phone("(415) 555-2671", "US") == ParsedPhone{"+14155552671", ""});
    CHECK(phone("1-415-555-2671", "US") == ParsedPhone{"+14155552671", ""});
    CHECK(phone("415.555.2671 x123", "US") == ParsedPhone{"+14155552671", "123"});
    CHECK(phone("415-555-2671 ext. 45", "US") == ParsedPhone{"+14155552671", "45"});
    CHECK(phone("415-555-2671 Ext: 45", "US") == ParsedPhone{"+14155552671", "45"});
    CHECK(phone("415-555-2671 extension 7", "US") == ParsedPhone{"+14155552671", "7"});
    CHECK(phone("415-555-2671#9", "US") == ParsedPhone{"+14155552671", "9"});
    CHECK(phone("011 44 20 7946 0958", "US") == ParsedPhone{"+442079460958", ""});
    CHECK(phone("+1 (604) 555-0199", "CA") == ParsedPhone{"+16045550199", ""});
    CHECK(phoneReason("555-2671", "US") == "wrong number of digits");
    CHECK(phoneReason("2-415-555-2671", "US") == "wrong number of digits");
}

TEST_CASE("import cells: UK and European phone numbers lose their trunk prefix") {
    CHECK(phone("020 7946 0958", "GB") == ParsedPhone{"+442079460958", ""});
    CHECK(phone("07700 900123", "gb") == ParsedPhone{"+447700900123", ""});
    CHECK(phone("+44 (0)20 7946 0958", "GB") == ParsedPhone{"+442079460958", ""});
    CHECK(phone("+44 (0)20 7946 0958") == ParsedPhone{"+442079460958", ""});
    CHECK(phone("(0)20 7946 0958", "GB") == ParsedPhone{"+442079460958", ""});
    CHECK(phone("030/1234567", "DE") == ParsedPhone{"+49301234567", ""});
    CHECK(phone("01 23 45 67 89", "FR") == ParsedPhone{"+33123456789", ""});
    CHECK(phone("06 6982 1234", "IT") == ParsedPhone{"+390669821234", ""}); // Italy keeps its 0
    CHECK(phone("8 (495) 123-45-67", "RU") == ParsedPhone{"+74951234567", ""});
    CHECK(phone("03-1234-5678", "JP") == ParsedPhone{"+81312345678", ""});
    CHECK(phone("+33 1 23 45 67 89", "GB") == ParsedPhone{"+33123456789", ""}); // international wins
}

TEST_CASE("import cells: phones without a default country keep their digits and their plus") {
    CHECK(phone("+1 (415) 555-2671") == ParsedPhone{"+14155552671", ""});
    CHECK(phone("020 7946 0958") == ParsedPhone{"02079460958", ""});
    CHECK(phone("0044 20 7946 0958") == ParsedPhone{"+442079460958", ""});
    CHECK(phone("138.0013.8000 转 5") == ParsedPhone{"13800138000", "5"});
}

TEST_CASE("import cells: phone garbage is refused with the reason") {
    CHECK(phoneReason("") == "empty");
    CHECK(phoneReason("1-800-FLOWERS", "US") == "not a phone number");
    CHECK(phoneReason("call me", "US") == "not a phone number");
    CHECK(phoneReason("+1 +2 345", "US") == "not a phone number");
    CHECK(phoneReason("12+345") == "not a phone number");
    CHECK(phoneReason("555 1234 x") == "not a phone number");
    CHECK(phoneReason("555 1234 x12a") == "not a phone number");
    CHECK(phoneReason("+0 123 456") == "not a phone number");
    CHECK(phoneReason("12") == "too few digits");
    CHECK(phoneReason("x123") == "too few digits");
    CHECK(phoneReason("+") == "too few digits");
    CHECK(phoneReason("1234567890123456") == "too many digits");
    CHECK(phoneReason("138 0013 8000 / 139 0013 9000", "CN") == "too many digits"); // two numbers in one cell
    CHECK(phoneReason("020 7946 0958", "ZZ") == "unknown country");
    CHECK(phone("+44 20 7946 0958", "ZZ") == ParsedPhone{"+442079460958", ""});
}

// ---------------------------------------------------------------------------------------------
// Robustness

TEST_CASE("import cells: every parser survives garbage and truncated cells") {
    // Deterministic noise, biased towards the bytes the parsers look at.
    static constexpr std::string_view alphabet = "0123456789 ,.'-+()/:$€¥元年月日TZxX#\xC2\xA0\xE2\x80\x8B\xFF";
    std::uint32_t seed = 12345;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    std::vector<std::string> cells{"2017-08-04T09:09:50.000+0000",
                                   "($1,234.56)",
                                   "+44 (0)20 7946 0958 ext. 12",
                                   "2021年1月5日 9:30",
                                   "1.234.567,89 €",
                                   "Jan 5, 2021 9:30 PM"};
    for (int n = 0; n < 3000; ++n) {
        std::string cell;
        const auto length = next() % 24;
        for (std::uint32_t k = 0; k < length; ++k) cell += alphabet[next() % alphabet.size()];
        cells.push_back(cell);
    }
    for (std::size_t c = 0; c < 6; ++c)
        for (std::size_t cut = 0; cut < cells[c].size(); ++cut) cells.push_back(cells[c].substr(0, cut));
    std::vector<std::string_view> views(cells.begin(), cells.end());
    (void)inferDayOrder(views);
    for (const std::string& cell : cells) {
        CAPTURE(cell);
        const std::string once = cleanText(cell);
        CHECK(cleanText(once) == once);
        CHECK(cleanText(cleanText(cell, true), true) == cleanText(cell, true));
        (void)cleanEmail(cell);
        (void)parseDateTime(cell, DayOrder::DayFirst, true);
        (void)parseDateTime(cell, DayOrder::Unknown, false);
        (void)parseAmount(cell, "JPY");
        (void)parseBoolean(cell);
        (void)parseWholeNumber(cell);
        (void)canonicalPhone(cell, "US");
        (void)canonicalPhone(cell);
    }
}
