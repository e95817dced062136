#include "core/common/validation_error.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("a new deal starts in the first stage with that stage's probability, unless overridden") {
    TestWorld w;
    const auto stages = w.ws.pipeline().stages();
    REQUIRE(stages.size() == 4);
    const auto id = w.ws.deals().create({.title = "Renewal", .amount = {1'250'000, "CNY"}});
    const auto d = w.ws.deals().get(id);
    CHECK(d->stageId == stages[0].id);
    CHECK(d->probability == 10);
    CHECK(d->amount == Money{1'250'000, "CNY"});
    const auto sure = w.ws.deals().create({.title = "Sure thing", .amount = {100, "USD"}, .probabilityOverride = 90});
    CHECK(w.ws.deals().get(sure)->probability == 90);
}

TEST_CASE("moving a deal records its stage history with times; won and lost close it") {
    TestWorld w;
    const auto s = w.ws.pipeline().stages();
    const auto id = w.ws.deals().create({.title = "Deal", .amount = {5000, "USD"}});
    w.advance(TestWorld::kDay);
    w.ws.deals().moveToStage(id, s[2].id);
    w.advance(TestWorld::kDay);
    w.ws.deals().markWon(id);
    const auto h = w.ws.deals().history(id);
    REQUIRE(h.size() == 3);
    CHECK(h[0].toStageId == s[0].id);
    CHECK(h[1].fromStageId == s[0].id);
    CHECK(h[1].toStageId == s[2].id);
    CHECK(h[1].at == TestWorld::kStart + TestWorld::kDay);
    CHECK(h[2].toStatus == "won");
    CHECK(w.ws.deals().get(id)->closedAt == TestWorld::kStart + 2 * TestWorld::kDay);
    CHECK_THROWS_WITH_AS(w.ws.deals().moveToStage(id, s[1].id), "stage: a won deal must be reopened before it moves",
                         ValidationError);
    w.ws.deals().reopen(id);
    CHECK_FALSE(w.ws.deals().get(id)->closedAt);
}

TEST_CASE("a lost deal needs a reason") {
    TestWorld w;
    const auto id = w.ws.deals().create({.title = "Deal", .amount = {5000, "USD"}});
    CHECK_THROWS_WITH_AS(w.ws.deals().markLost(id, "  "), "lost reason: say why the deal was lost", ValidationError);
    w.ws.deals().markLost(id, "Price too high");
    CHECK(w.ws.deals().get(id)->lostReason == "Price too high");
}

TEST_CASE("invalid deals are refused: negative amounts, bad currency codes, no title") {
    TestWorld w;
    CHECK_THROWS_WITH_AS(w.ws.deals().create({.title = "X", .amount = {-1, "USD"}}), "amount: cannot be negative",
                         ValidationError);
    CHECK_THROWS_AS(w.ws.deals().create({.title = "X", .amount = {1, "usd"}}), ValidationError);
    CHECK_THROWS_AS(w.ws.deals().create({.title = "", .amount = {1, "USD"}}), ValidationError);
    CHECK_THROWS_AS(w.ws.deals().create({.title = "X", .amount = {1, "USD"}, .probabilityOverride = 120}),
                    ValidationError);
}

TEST_CASE("the pipeline summary counts open deals per stage with total and weighted value") {
    TestWorld w;
    const auto s = w.ws.pipeline().stages();
    w.ws.deals().create({.title = "a", .amount = {10'000, "USD"}});                    // 10 %
    w.ws.deals().create({.title = "b", .amount = {3'333, "USD"}, .stageId = s[2].id}); // 50 %
    w.ws.deals().create({.title = "c", .amount = {1'000, "USD"}, .stageId = s[2].id, .probabilityOverride = 5});
    w.ws.deals().create({.title = "other currency", .amount = {99'999, "EUR"}});
    const auto lost = w.ws.deals().create({.title = "lost", .amount = {50'000, "USD"}});
    w.ws.deals().markLost(lost, "no budget");
    const auto sum = w.ws.deals().summary("USD");
    REQUIRE(sum.size() == 4);
    CHECK(sum[0].openDeals == 1);
    CHECK(sum[0].totalMinor == 10'000);
    CHECK(sum[0].weightedMinor == 1'000);
    CHECK(sum[2].openDeals == 2);
    CHECK(sum[2].totalMinor == 4'333);
    CHECK(sum[2].weightedMinor == 1'667 + 50); // 3333 x 50 % rounds half up; 1000 x 5 %
    CHECK(sum[1].openDeals == 0);
}

TEST_CASE("pipeline stages can be added, renamed, reordered, and removed only when empty") {
    TestWorld w;
    auto& p = w.ws.pipeline();
    const auto review = p.addStage("Legal review", 85);
    p.moveStage(review, 0);
    CHECK(p.stages()[0].name == "Legal review");
    p.updateStage(review, "Contract review", 80);
    CHECK(p.stages()[0].probability == 80);
    const auto deal = w.ws.deals().create({.title = "x", .amount = {1, "USD"}, .stageId = review});
    CHECK_THROWS_WITH_AS(p.removeStage(review), "stage: has 1 deals; move them to another stage first",
                         ValidationError);
    w.ws.deals().moveToStage(deal, p.stages()[1].id);
    w.ws.deals().purge(deal);
    p.removeStage(review);
    CHECK(p.stages().size() == 4);
    CHECK_THROWS_AS(p.addStage("Bad", 101), ValidationError);
}

TEST_CASE("a deleted deal can be restored") {
    TestWorld w;
    const auto id = w.ws.deals().create({.title = "Keep me", .amount = {1, "USD"}});
    w.ws.deals().remove(id);
    CHECK(w.ws.deals().summary("USD")[0].openDeals == 0);
    w.ws.deals().restore(id);
    CHECK(w.ws.deals().summary("USD")[0].openDeals == 1);
}
