#include "core/common/validation_error.h"
#include "core/marketing/campaign_service.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("a segment is a saved filter; its contacts can be added to a campaign once") {
    TestWorld w;
    w.ws.contacts().add({.name = "A", .city = "Paris", .lifecycle = "prospect"});
    w.ws.contacts().add({.name = "B", .city = "Paris", .lifecycle = "prospect"});
    w.ws.contacts().add({.name = "C", .city = "Paris", .lifecycle = "customer"});
    contacts::ContactFilter f;
    f.city = "paris";
    f.lifecycle = "prospect";
    const auto segment = w.ws.campaigns().saveSegment("Paris prospects", f);
    CHECK(marketing::filterFromJson(marketing::filterToJson(f)).lifecycle == "prospect");
    contacts::ContactFilter every;
    every.tag = "VIP";
    every.owner = "mei";
    every.search = "张";
    every.companyId = 3;
    every.dealStageId = 2;
    every.customFieldId = 4;
    every.customValue = "Gold";
    const auto back = marketing::filterFromJson(marketing::filterToJson(every));
    CHECK((back.tag == "VIP" && back.owner == "mei" && back.search == "张" && back.companyId == 3 &&
           back.dealStageId == 2 && back.customFieldId == 4 && back.customValue == "Gold"));
    CHECK_THROWS_AS(marketing::filterFromJson("not json"), ValidationError);
    const auto campaign = w.ws.campaigns().create({.name = "Spring launch", .budget = {100'000, "EUR"}});
    CHECK(w.ws.campaigns().addMembersFromSegment(campaign, segment) == 2);
    CHECK(w.ws.campaigns().addMembersFromSegment(campaign, segment) == 0); // already members
    CHECK(w.ws.campaigns().results(campaign).membersByStatus.at("targeted") == 2);
    CHECK(w.ws.campaigns().segments().at(0).name == "Paris prospects");
}

TEST_CASE("campaign results: members by status, conversion, attributed revenue and ROI") {
    TestWorld w;
    auto& m = w.ws.campaigns();
    const auto campaign = m.create({.name = "Fair", .startsAt = *w.now, .budget = {100'000, "USD"}});
    const auto a = w.contact("A"), b = w.contact("B"), c = w.contact("C"), d = w.contact("D");
    m.addMembers(campaign, {a, b, c, d});
    m.setMemberStatus(campaign, a, "converted");
    m.setMemberStatus(campaign, b, "opened");
    m.setMemberStatus(campaign, c, "responded");
    w.advance(TestWorld::kDay);
    const auto won = w.ws.deals().create({.title = "From fair", .amount = {250'000, "USD"}, .contactId = a});
    w.ws.deals().markWon(won);
    const auto notConverted = w.ws.deals().create({.title = "Other", .amount = {999'999, "USD"}, .contactId = b});
    w.ws.deals().markWon(notConverted);
    const auto r = m.results(campaign);
    CHECK(r.membersByStatus.at("converted") == 1);
    CHECK(r.membersByStatus.at("targeted") == 1);
    CHECK(r.conversionRate == doctest::Approx(0.25));
    CHECK(r.attributedRevenue == Money{250'000, "USD"});
    REQUIRE(r.roi);
    CHECK(*r.roi == doctest::Approx(1.5));
    CHECK_THROWS_AS(m.setMemberStatus(campaign, d, "bought"), ValidationError);
    CHECK_THROWS_AS(m.setMemberStatus(campaign, 9999, "sent"), ValidationError);
}
