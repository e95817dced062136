// Activities and tasks written through ActivityService and read back field by field.
#include "core/activities/activity_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

TEST_CASE("an activity round-trips every field: links, the longest duration, Chinese and emoji") {
    TestWorld w;
    auto& activities = w.ws.activities();
    const auto contact = w.contact("Ann");
    const auto company = w.ws.companies().add({.name = "Acme"});
    const auto deal = w.ws.deals().create({.title = "D", .amount = {1, "USD"}});
    const activities::ActivityDraft call{.kind = "call",
                                         .subject = kMixed,
                                         .body = "  " + kFamily + "\n" + kChinese + "  ",
                                         .occurredAt = TestWorld::kStart - TestWorld::kDay,
                                         .durationMin = kMax,
                                         .outcome = "感兴趣 " + kEmoji,
                                         .priority = "high",
                                         .contactId = contact,
                                         .companyId = company,
                                         .dealId = deal};
    const auto id = activities.log(call);
    const auto a = activities.get(id);
    REQUIRE(a);
    CHECK(a->id == id);
    CHECK(a->kind == "call");
    CHECK(a->subject == kMixed);
    CHECK(a->body == call.body);
    CHECK(a->outcome == call.outcome);
    CHECK(a->occurredAt == TestWorld::kStart - TestWorld::kDay);
    CHECK(a->durationMin == kMax);
    CHECK_FALSE(a->dueAt);
    CHECK_FALSE(a->doneAt);
    CHECK(a->priority == "high");
    CHECK(a->contactId == contact);
    CHECK(a->companyId == company);
    CHECK(a->dealId == deal);
    CHECK(a->createdAt == TestWorld::kStart);
    CHECK(a->updatedAt == TestWorld::kStart);
    const auto listed = activities.forDeal(deal);
    REQUIRE(listed.size() == 1);
    checkSameRow(activities::kActivityColumns, *a, listed[0]);
}

TEST_CASE("a task round-trips its NULLs, its due time and its done time; a bare note keeps empty text") {
    TestWorld w;
    auto& activities = w.ws.activities();
    const auto contact = w.contact("Ann");
    const auto task =
        activities.log({.kind = "task", .subject = kEmoji, .durationMin = 0, .dueAt = 0, .contactId = contact});
    auto t = activities.get(task);
    CHECK_FALSE(t->occurredAt); // a task is placed by its due time
    CHECK(t->dueAt == 0);
    CHECK(t->durationMin == 0);
    CHECK(t->priority == "normal");
    CHECK_FALSE(t->companyId);
    CHECK_FALSE(t->dealId);
    CHECK(t->body.empty());
    CHECK(t->outcome.empty());
    w.advance(TestWorld::kHour);
    activities.complete(task);
    t = activities.get(task);
    CHECK(t->doneAt == TestWorld::kStart + TestWorld::kHour);
    CHECK(t->updatedAt == TestWorld::kStart + TestWorld::kHour);
    CHECK(t->createdAt == TestWorld::kStart);

    const auto note = activities.log({.kind = "note", .subject = "", .body = kFamily, .contactId = contact});
    const auto n = activities.get(note);
    CHECK(n->subject.empty());
    CHECK(n->body == kFamily);
    CHECK(n->occurredAt == TestWorld::kStart + TestWorld::kHour); // logged now
    CHECK_FALSE(n->durationMin);
}

TEST_CASE("a whole activity row, extremes included, round-trips through the column map alone") {
    TestWorld w;
    const auto contact = w.contact("Ann");
    const activities::Activity row{.kind = "meeting",
                                   .subject = kEmoji,
                                   .body = "",
                                   .outcome = kChinese,
                                   .occurredAt = kMin,
                                   .durationMin = std::nullopt,
                                   .dueAt = kMax,
                                   .doneAt = kMin,
                                   .priority = "low",
                                   .contactId = contact,
                                   .companyId = std::nullopt,
                                   .dealId = std::nullopt,
                                   .createdAt = kMax,
                                   .updatedAt = kMin};
    const auto back = storeAndRead(w.ws.database(), activities::kActivityColumns, row);
    activities::Activity expected = row;
    expected.id = back.id;
    checkSameRow(activities::kActivityColumns, expected, back);
}
