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

TEST_CASE("the pipeline summary counts open deals per stage with total and weighted value, per currency") {
    TestWorld w;
    const auto s = w.ws.pipeline().stages();
    w.ws.deals().create({.title = "a", .amount = {10'000, "USD"}});                    // 10 %
    w.ws.deals().create({.title = "b", .amount = {3'333, "USD"}, .stageId = s[2].id}); // 50 %
    w.ws.deals().create({.title = "c", .amount = {1'000, "USD"}, .stageId = s[2].id, .probabilityOverride = 5});
    w.ws.deals().create({.title = "other currency", .amount = {99'999, "EUR"}});
    w.ws.deals().create({.title = "and another", .amount = {500, "CNY"}, .stageId = s[2].id});
    const auto lost = w.ws.deals().create({.title = "lost", .amount = {50'000, "USD"}});
    w.ws.deals().markLost(lost, "no budget");
    const auto sum = w.ws.deals().summary("USD");
    REQUIRE(sum.size() == 4);
    CHECK(sum[0].openDeals == 2);
    REQUIRE(sum[0].totals.size() == 2); // the default currency first; EUR is never added to USD
    CHECK(sum[0].totals[0].currency == "USD");
    CHECK(sum[0].totals[0].deals == 1);
    CHECK(sum[0].totals[0].totalMinor == 10'000);
    CHECK(sum[0].totals[0].weightedMinor == 1'000);
    CHECK(sum[0].totals[1].currency == "EUR");
    CHECK(sum[0].totals[1].totalMinor == 99'999);
    CHECK(sum[2].openDeals == 3);
    REQUIRE(sum[2].totals.size() == 2);
    CHECK(sum[2].totals[0].currency == "USD");
    CHECK(sum[2].totals[0].totalMinor == 4'333);
    CHECK(sum[2].totals[0].weightedMinor == 1'667 + 50); // 3333 x 50 % rounds half up; 1000 x 5 %
    CHECK(sum[2].totals[1].currency == "CNY");
    CHECK(sum[1].openDeals == 0);
    CHECK(sum[1].totals.empty());

    const auto all = deals::pipelineTotals(sum, "USD");
    REQUIRE(all.size() == 3);
    CHECK(all[0].currency == "USD");
    CHECK(all[0].deals == 3);
    CHECK(all[0].totalMinor == 14'333);
    CHECK(all[1].currency == "EUR");
    CHECK(all[2].currency == "CNY");
    CHECK(all[2].totalMinor == 500);

    // With no deal in the default currency, the others are still all there.
    CHECK(deals::pipelineTotals(w.ws.deals().summary("JPY"), "JPY").size() == 3);
    // The default leads even when the first stage holds none of it: CNY is only in the third.
    const auto cny = deals::pipelineTotals(w.ws.deals().summary("CNY"), "CNY");
    REQUIRE(cny.size() == 3);
    CHECK(cny[0].currency == "CNY");
    CHECK(cny[1].currency == "EUR"); // then in the order they first appear
}

TEST_CASE(
    "won counts as 100 % and lost as 0 %, whatever the stage or override said; reopened, it is the stage's again") {
    TestWorld w;
    const auto s = w.ws.pipeline().stages();
    const auto won = w.ws.deals().create({.title = "won", .amount = {1, "USD"}, .stageId = s[1].id});
    const auto lost =
        w.ws.deals().create({.title = "lost", .amount = {1, "USD"}, .stageId = s[3].id, .probabilityOverride = 90});
    w.ws.deals().markWon(won);
    w.ws.deals().markLost(lost, "price");
    CHECK(w.ws.deals().get(won)->probability == 100);
    CHECK(w.ws.deals().get(lost)->probability == 0);
    for (const auto& d : w.ws.deals().list("", 10)) CHECK(d.probability == (d.id == won ? 100 : 0));
    w.ws.deals().reopen(lost);
    CHECK(w.ws.deals().get(lost)->probability == 90);
    w.ws.deals().reopen(won);
    CHECK(w.ws.deals().get(won)->probability == s[1].probability);
}

TEST_CASE("pipeline stages can be added, renamed, reordered, and removed when no open deal is in them") {
    TestWorld w;
    auto& p = w.ws.pipeline();
    const auto review = p.addStage("Legal review", 85);
    p.moveStage(review, 0);
    CHECK(p.stages()[0].name == "Legal review");
    p.updateStage(review, "Contract review", 80);
    CHECK(p.stages()[0].probability == 80);
    const auto deal = w.ws.deals().create({.title = "x", .amount = {1, "USD"}, .stageId = review});
    CHECK_THROWS_WITH_AS(p.removeStage(review), "stage: has 1 open deals; move them to another stage first",
                         ValidationError);
    w.ws.deals().moveToStage(deal, p.stages()[1].id);
    w.ws.deals().purge(deal);
    p.removeStage(review);
    CHECK(p.stages().size() == 4);
    CHECK_THROWS_AS(p.addStage("Bad", 101), ValidationError);
}

TEST_CASE("a stage holding closed deals can be removed; they keep it in their history, new deals never enter it") {
    TestWorld w;
    auto& p = w.ws.pipeline();
    const auto review = p.addStage("Legal review", 85);
    const auto won = w.ws.deals().create({.title = "won there", .amount = {1, "USD"}, .stageId = review});
    const auto lost = w.ws.deals().create({.title = "lost there", .amount = {1, "USD"}, .stageId = review});
    const auto trashed = w.ws.deals().create({.title = "trashed there", .amount = {1, "USD"}, .stageId = review});
    w.ws.deals().markWon(won);
    w.ws.deals().markLost(lost, "timing");
    w.ws.deals().remove(trashed);
    p.removeStage(review);

    CHECK(p.stages().size() == 4);
    CHECK(p.allStages().size() == 5);
    CHECK(w.ws.deals().summary("USD").size() == 4);
    CHECK(w.ws.deals().get(won)->stageId == review);
    CHECK(w.ws.deals().history(won).back().toStageId == review);
    CHECK_THROWS_AS(w.ws.deals().create({.title = "new", .amount = {1, "USD"}, .stageId = review}), ValidationError);
    CHECK_THROWS_AS(w.ws.deals().moveToStage(w.ws.deals().create({.title = "open", .amount = {1, "USD"}}), review),
                    ValidationError);

    // Reopened or restored, an open deal cannot stay in a stage the pipeline no longer shows.
    w.ws.deals().reopen(lost);
    CHECK(w.ws.deals().get(lost)->stageId == p.stages()[0].id);
    CHECK(w.ws.deals().history(lost).back().fromStageId == review);
    w.ws.deals().restore(trashed);
    CHECK(w.ws.deals().get(trashed)->stageId == p.stages()[0].id);

    // Added again by name, the stage comes back with its deals' history.
    CHECK(p.addStage("Legal review", 70) == review);
    CHECK(p.stages().back().id == review);
    CHECK(p.stages().back().probability == 70);
}

TEST_CASE("products on a deal set its amount; they are priced in the deal's currency") {
    TestWorld w;
    const auto seats = w.ws.orders().addProduct("SEAT", "Seat licence", {12'000, "USD"});
    const auto setup = w.ws.orders().addProduct("SETUP", "Setup 安装", {50'000, "USD"});
    const auto euro = w.ws.orders().addProduct("EU-SEAT", "Seat (EU)", {11'000, "EUR"});
    const auto deal = w.ws.deals().create({.title = "Rollout", .amount = {1, "USD"}});
    const auto line = w.ws.deals().addProduct(deal, seats, 10);
    w.ws.deals().addProduct(deal, setup, 1);
    CHECK(w.ws.deals().get(deal)->amount == Money{170'000, "USD"});
    const auto lines = w.ws.deals().products(deal);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].productName == "Setup 安装");
    CHECK(lines[0].quantity == 10);

    CHECK_THROWS_WITH_AS(w.ws.deals().addProduct(deal, euro, 1), "product: Seat (EU) is priced in EUR, the deal in USD",
                         ValidationError);
    CHECK_THROWS_AS(w.ws.deals().addProduct(deal, seats, 0), ValidationError);
    w.ws.deals().setProductQuantity(line, 5);
    CHECK(w.ws.deals().get(deal)->amount.minor == 110'000);

    // An edit cannot set another amount or currency while the products decide them.
    w.ws.deals().update(deal, {.title = "Rollout 2", .amount = {7, "USD"}});
    CHECK(w.ws.deals().get(deal)->amount.minor == 110'000);
    CHECK_THROWS_WITH_AS(w.ws.deals().update(deal, {.title = "Rollout 2", .amount = {7, "EUR"}}),
                         "currency: must be USD, the currency of the deal's products", ValidationError);
    w.ws.deals().removeProduct(line);
    CHECK(w.ws.deals().get(deal)->amount.minor == 50'000);
    CHECK(w.ws.deals().products(deal).size() == 1);
}

TEST_CASE("a deal's notes and owner are stored as typed") {
    TestWorld w;
    const auto deal =
        w.ws.deals().create({.title = "Notes", .amount = {1, "CNY"}, .owner = "王芳", .notes = "第一次会面 😀"});
    CHECK(w.ws.deals().get(deal)->notes == "第一次会面 😀");
    w.ws.deals().update(deal, {.title = "Notes", .amount = {1, "CNY"}, .owner = "Li", .notes = "second"});
    CHECK(w.ws.deals().get(deal)->notes == "second");
    CHECK(w.ws.deals().get(deal)->owner == "Li");
}

TEST_CASE("a deleted deal can be restored") {
    TestWorld w;
    const auto id = w.ws.deals().create({.title = "Keep me", .amount = {1, "USD"}});
    w.ws.deals().remove(id);
    CHECK(w.ws.deals().summary("USD")[0].openDeals == 0);
    w.ws.deals().restore(id);
    CHECK(w.ws.deals().summary("USD")[0].openDeals == 1);
}
