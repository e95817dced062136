#include "core/common/money.h"
#include "core/common/validation_error.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("money is parsed exactly into minor units and formatted back") {
    CHECK(parseMinorUnits("1,234.5", "USD") == 123450);
    CHECK(parseMinorUnits("0.07", "USD") == 7);
    CHECK(parseMinorUnits("1200", "JPY") == 1200);
    CHECK(parseMinorUnits("1.234", "KWD") == 1234);
    CHECK(formatMoney({123450, "USD"}) == "1,234.50 USD");
    CHECK(formatMoney({-5, "EUR"}) == "-0.05 EUR");
    CHECK(formatMoney({1200, "JPY"}) == "1,200 JPY");
    CHECK(formatMoney({1000000007, "CNY"}) == "10,000,000.07 CNY");
}

TEST_CASE("bad amounts are refused with the reason") {
    CHECK_THROWS_WITH_AS(parseMinorUnits("1.234", "USD"), "amount: USD has 2 decimal places", ValidationError);
    CHECK_THROWS_WITH_AS(parseMinorUnits("12abc", "USD"), "amount: must be a number like 1234.50", ValidationError);
    CHECK_THROWS_AS(parseMinorUnits("", "USD"), ValidationError);
    CHECK_THROWS_AS(parseMinorUnits("99999999999999999999", "USD"), ValidationError);
    CHECK(isValidCurrency("CNY"));
    CHECK_FALSE(isValidCurrency("usd"));
    CHECK_FALSE(isValidCurrency("EURO"));
}
