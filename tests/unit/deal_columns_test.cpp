// Deals, their stage history and the pipeline's stages written through the services and read back.
#include "core/deals/deal_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

namespace {
constexpr std::int64_t kYear2200 = 7'258'118'400'000; // the first time requireSaneTime refuses
}

TEST_CASE("a deal round-trips every field: the largest amount, 0 %, links, Chinese and emoji") {
    TestWorld w;
    auto& deals = w.ws.deals();
    const auto stages = w.ws.pipeline().stages();
    const auto company = w.ws.companies().add({.name = kChinese});
    const auto contact = w.contact(kMixed);
    const deals::DealDraft full{.title = kMixed,
                                .amount = {kMax, "CNY"},
                                .stageId = stages[2].id,
                                .companyId = company,
                                .contactId = contact,
                                .probabilityOverride = 0,
                                .expectedClose = 0,
                                .owner = "李 " + kEmoji};
    const auto id = deals.create(full);
    const auto d = deals.get(id);
    REQUIRE(d);
    CHECK(d->id == id);
    CHECK(d->title == kMixed);
    CHECK(d->companyId == company);
    CHECK(d->contactId == contact);
    CHECK(d->amount == Money{kMax, "CNY"});
    CHECK(d->stageId == stages[2].id);
    CHECK(d->probabilityOverride == 0);
    CHECK(d->probability == 0); // the override, not the stage's 50
    CHECK(d->expectedClose == 0);
    CHECK(d->owner == full.owner);
    CHECK(d->status == "open");
    CHECK(d->lostReason.empty());
    CHECK_FALSE(d->closedAt);
    CHECK(d->createdAt == TestWorld::kStart);
    CHECK(d->updatedAt == TestWorld::kStart);
    CHECK_FALSE(d->deletedAt);
    const auto listed = deals.forContact(contact);
    REQUIRE(listed.size() == 1);
    checkSameRow(deals::kDealColumns, *d, listed[0]);

    // Emptied: NULL links, no override (the stage's default shows), no owner; the stage stays.
    w.advance(TestWorld::kHour);
    deals.update(id, {.title = kChinese, .amount = {0, "USD"}, .expectedClose = kYear2200 - 1});
    const auto e = deals.get(id);
    CHECK(e->title == kChinese);
    CHECK(e->amount == Money{0, "USD"});
    CHECK_FALSE(e->companyId);
    CHECK_FALSE(e->contactId);
    CHECK_FALSE(e->probabilityOverride);
    CHECK(e->probability == 50);
    CHECK(e->stageId == stages[2].id);
    CHECK(e->expectedClose == kYear2200 - 1);
    CHECK(e->owner.empty());
    CHECK(e->createdAt == TestWorld::kStart);
    CHECK(e->updatedAt == TestWorld::kStart + TestWorld::kHour);

    w.advance(TestWorld::kHour);
    deals.markLost(id, kFamily + " 价格太高");
    const auto lost = deals.get(id);
    CHECK(lost->status == "lost");
    CHECK(lost->lostReason == kFamily + " 价格太高");
    CHECK(lost->closedAt == TestWorld::kStart + 2 * TestWorld::kHour);
    deals.remove(id);
    CHECK(deals.get(id)->deletedAt == TestWorld::kStart + 2 * TestWorld::kHour);
}

TEST_CASE("a deal's stage history round-trips: NULL for where it came from, then each move") {
    TestWorld w;
    const auto stages = w.ws.pipeline().stages();
    const auto id = w.ws.deals().create({.title = "D", .amount = {1, "USD"}});
    w.advance(TestWorld::kDay);
    w.ws.deals().moveToStage(id, stages[3].id);
    w.advance(TestWorld::kDay);
    w.ws.deals().markWon(id);
    const auto h = w.ws.deals().history(id);
    REQUIRE(h.size() == 3);
    for (const auto& change : h) CHECK(change.dealId == id);
    CHECK(h[0].id < h[1].id);
    CHECK_FALSE(h[0].fromStageId);
    CHECK(h[0].toStageId == stages[0].id);
    CHECK(h[0].toStatus == "open");
    CHECK(h[0].at == TestWorld::kStart);
    CHECK(h[1].fromStageId == stages[0].id);
    CHECK(h[1].toStageId == stages[3].id);
    CHECK(h[1].at == TestWorld::kStart + TestWorld::kDay);
    CHECK(h[2].fromStageId == stages[3].id);
    CHECK(h[2].toStatus == "won");
}

TEST_CASE("a stage round-trips its name and probability, and the summary reads it before its sums") {
    TestWorld w;
    auto& pipeline = w.ws.pipeline();
    const auto id = pipeline.addStage(kMixed, 100);
    const auto stages = pipeline.stages();
    REQUIRE(stages.size() == 5);
    CHECK(stages[4].id == id);
    CHECK(stages[4].name == kMixed);
    CHECK(stages[4].position == 5);
    CHECK(stages[4].probability == 100);
    w.ws.deals().create({.title = "D", .amount = {1'000, "EUR"}, .stageId = id});
    const auto summary = w.ws.deals().summary("EUR");
    REQUIRE(summary.size() == 5);
    CHECK(summary[4].stage.name == kMixed);
    CHECK(summary[4].stage.probability == 100);
    CHECK(summary[4].openDeals == 1);
    REQUIRE(summary[4].totals.size() == 1);
    CHECK(summary[4].totals[0].totalMinor == 1'000);
    CHECK(summary[4].totals[0].weightedMinor == 1'000);
}

TEST_CASE("a whole deal row, extremes included, round-trips through the column map alone") {
    TestWorld w;
    const auto stage = w.ws.pipeline().stages()[1];
    const deals::Deal row{.title = kEmoji,
                          .companyId = std::nullopt,
                          .contactId = std::nullopt,
                          .amount = {kMax, "JPY"},
                          .stageId = stage.id,
                          .probabilityOverride = std::nullopt,
                          .probability = 0,
                          .expectedClose = kMin,
                          .owner = "",
                          .status = "won",
                          .lostReason = "",
                          .closedAt = kMax,
                          .createdAt = kMin,
                          .updatedAt = kMax,
                          .deletedAt = kMin};
    auto& db = w.ws.database();
    auto insert = db.prepare(deals::kDealColumns.insertSql());
    deals::kDealColumns.bindInsert(insert, row);
    insert.run();
    auto read = db.prepare(deals::kDealColumns.select("d") + deals::kDealFrom + " WHERE d.id = ?");
    read.bind(1, db.lastInsertRowid());
    REQUIRE(read.step());
    const auto back = deals::kDealColumns.read(read);
    deals::Deal expected = row;
    expected.id = back.id;
    expected.probability = stage.probability; // computed when read: no override, so the stage's
    checkSameRow(deals::kDealColumns, expected, back);
}
