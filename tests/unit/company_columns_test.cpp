// Companies written through CompanyService and read back field by field.
#include "core/companies/company_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

TEST_CASE("a company round-trips every field: Chinese, emoji, accents, empty text") {
    TestWorld w;
    auto& companies = w.ws.companies();
    const companies::CompanyDraft full{.name = kMixed,
                                       .domain = "https://www.Example.com/客户",
                                       .industry = "零售 " + kEmoji,
                                       .sizeBand = "51-200",
                                       .address = kFamily + " Straße 1",
                                       .city = "São Paulo",
                                       .country = kChinese,
                                       .notes = "  two\nlines " + kEmoji + "  "};
    const auto id = companies.add(full);
    const auto c = companies.get(id);
    REQUIRE(c);
    CHECK(c->id == id);
    CHECK(c->name == kMixed);
    CHECK(c->domain == "example.com");
    CHECK(c->industry == full.industry);
    CHECK(c->sizeBand == "51-200");
    CHECK(c->address == full.address);
    CHECK(c->city == "São Paulo");
    CHECK(c->country == kChinese);
    CHECK(c->notes == full.notes);
    CHECK(c->createdAt == TestWorld::kStart);
    CHECK(c->updatedAt == TestWorld::kStart);
    CHECK_FALSE(c->deletedAt);
    const auto listed = companies.list(10);
    REQUIRE(listed.size() == 1);
    checkSameRow(companies::kCompanyColumns, *c, listed[0]);

    w.advance(TestWorld::kDay);
    companies.update(id, {.name = kAccents});
    const auto e = companies.get(id);
    CHECK(e->name == kAccents);
    for (const std::string* empty :
         {&e->domain, &e->industry, &e->sizeBand, &e->address, &e->city, &e->country, &e->notes})
        CHECK(empty->empty());
    CHECK(e->createdAt == TestWorld::kStart);
    CHECK(e->updatedAt == TestWorld::kStart + TestWorld::kDay);

    companies.remove(id);
    CHECK(companies.get(id)->deletedAt == TestWorld::kStart + TestWorld::kDay);
}

TEST_CASE("a whole company row, extremes included, round-trips through the column map alone") {
    TestWorld w;
    for (const std::int64_t when : {kMax, kMin}) {
        const companies::Company row{.name = kEmoji,
                                     .domain = "",
                                     .industry = kChinese,
                                     .sizeBand = "",
                                     .address = kFamily,
                                     .city = "",
                                     .country = kAccents,
                                     .notes = "",
                                     .createdAt = when,
                                     .updatedAt = when == kMax ? kMin : kMax,
                                     .deletedAt = when};
        const auto back = storeAndRead(w.ws.database(), companies::kCompanyColumns, row);
        companies::Company expected = row;
        expected.id = back.id;
        checkSameRow(companies::kCompanyColumns, expected, back);
    }
}
