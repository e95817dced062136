// Campaigns, their members and saved segments written through CampaignService and read back.
#include "core/marketing/campaign_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

TEST_CASE("a campaign round-trips every field: the largest budget, NULL dates, empty text") {
    TestWorld w;
    auto& campaigns = w.ws.campaigns();
    const marketing::CampaignDraft full{.name = kMixed,
                                        .channel = "微信 " + kEmoji,
                                        .goal = kFamily + " pipeline",
                                        .startsAt = 0,
                                        .endsAt = TestWorld::kStart,
                                        .budget = {kMax, "CNY"}};
    const auto id = campaigns.create(full);
    const auto c = campaigns.get(id);
    REQUIRE(c);
    CHECK(c->id == id);
    CHECK(c->details.name == kMixed);
    CHECK(c->details.channel == full.channel);
    CHECK(c->details.goal == full.goal);
    CHECK(c->details.startsAt == 0);
    CHECK(c->details.endsAt == TestWorld::kStart);
    CHECK(c->details.budget == Money{kMax, "CNY"});

    const auto bare = campaigns.create({.name = kChinese});
    const auto b = campaigns.get(bare);
    CHECK(b->details.channel.empty());
    CHECK(b->details.goal.empty());
    CHECK_FALSE(b->details.startsAt);
    CHECK_FALSE(b->details.endsAt);
    CHECK(b->details.budget == Money{0, "USD"});

    const auto all = campaigns.list(); // newest first
    REQUIRE(all.size() == 2);
    checkSameRow(marketing::kCampaignColumns, *b, all[0]);
    checkSameRow(marketing::kCampaignColumns, *c, all[1]);
}

TEST_CASE("a campaign's members round-trip with their contact's name, status and time") {
    TestWorld w;
    auto& campaigns = w.ws.campaigns();
    const auto campaign = campaigns.create({.name = "C"});
    const auto ann = w.contact(kMixed);
    const auto bob = w.contact(kAccents);
    CHECK(campaigns.addMembers(campaign, {ann, bob}) == 2);
    w.advance(TestWorld::kHour);
    CHECK(campaigns.addMembers(campaign, {ann}) == 0); // already a member: kept as it is
    campaigns.setMemberStatus(campaign, bob, "converted");
    const auto members = campaigns.members(campaign, "", 10); // by name
    REQUIRE(members.size() == 2);
    const auto& b = members[0];
    const auto& a = members[1];
    CHECK(a.campaignId == campaign);
    CHECK(a.contactId == ann);
    CHECK(a.name == kMixed);
    CHECK(a.status == "targeted");
    CHECK(a.updatedAt == TestWorld::kStart);
    CHECK(b.contactId == bob);
    CHECK(b.name == kAccents);
    CHECK(b.status == "converted");
    CHECK(b.updatedAt == TestWorld::kStart + TestWorld::kHour);
}

TEST_CASE("a saved segment round-trips its whole filter, kept as JSON text") {
    TestWorld w;
    contacts::ContactFilter filter;
    filter.tag = kEmoji;
    filter.owner = kChinese;
    filter.city = kAccents;
    filter.lifecycle = "prospect";
    filter.search = kFamily;
    filter.companyId = round_trip::kMax;
    filter.dealStageId = 0;
    filter.customFieldId = 7;
    filter.customValue = kMixed;
    const auto id = w.ws.campaigns().saveSegment(kMixed, filter);
    const auto none = w.ws.campaigns().saveSegment(kChinese, {});
    const auto segments = w.ws.campaigns().segments();
    REQUIRE(segments.size() == 2);
    const auto& s = segments[1]; // by name: 客户 before 客户 😀 ...
    CHECK(s.id == id);
    CHECK(s.name == kMixed);
    CHECK(s.filter.tag == kEmoji);
    CHECK(s.filter.owner == kChinese);
    CHECK(s.filter.city == kAccents);
    CHECK(s.filter.lifecycle == "prospect");
    CHECK(s.filter.search == kFamily);
    CHECK(s.filter.companyId == round_trip::kMax);
    CHECK(s.filter.dealStageId == 0);
    CHECK(s.filter.customFieldId == 7);
    CHECK(s.filter.customValue == kMixed);
    CHECK(segments[0].id == none);
    CHECK_FALSE(segments[0].filter.companyId);
    CHECK(segments[0].filter.tag.empty());
    // Saving under the same name replaces the filter.
    w.ws.campaigns().saveSegment(kChinese, filter);
    CHECK(w.ws.campaigns().segments()[0].filter.tag == kEmoji);
}

TEST_CASE("whole campaign and member rows, extremes included, round-trip through the column maps alone") {
    TestWorld w;
    auto& db = w.ws.database();
    const marketing::Campaign row{.details = {.name = kEmoji,
                                              .channel = "",
                                              .goal = kChinese,
                                              .startsAt = kMin,
                                              .endsAt = kMax,
                                              .budget = {kMax, "EUR"}}};
    const auto back = storeAndRead(db, marketing::kCampaignColumns, row);
    marketing::Campaign expected = row;
    expected.id = back.id;
    checkSameRow(marketing::kCampaignColumns, expected, back);

    const auto contact = w.contact(kFamily);
    const marketing::Member member{
        .contactId = contact, .name = kFamily, .status = "opened", .campaignId = back.id, .updatedAt = kMin};
    auto insert = db.prepare(marketing::kMemberColumns.insertSql());
    marketing::kMemberColumns.bindInsert(insert, member);
    insert.run();
    auto read = db.prepare(marketing::kMemberColumns.select("m") + " JOIN contacts c ON c.id = m.contact_id");
    REQUIRE(read.step());
    checkSameRow(marketing::kMemberColumns, member, marketing::kMemberColumns.read(read));
}
