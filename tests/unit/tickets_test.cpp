#include "core/common/validation_error.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("a ticket's SLA due time follows its priority") {
    TestWorld w;
    auto& t = w.ws.tickets();
    const auto urgent = t.open({.subject = "Site down", .priority = "urgent"});
    const auto low = t.open({.subject = "Typo", .priority = "low"});
    CHECK(t.get(urgent)->slaDueAt == *w.now + 4 * TestWorld::kHour);
    CHECK(t.get(low)->slaDueAt == *w.now + 72 * TestWorld::kHour);
    CHECK(t.get(urgent)->status == "new");
}

TEST_CASE("tickets move only along the workflow; a forbidden move names both states") {
    TestWorld w;
    auto& t = w.ws.tickets();
    const auto id = t.open({.subject = "Invoice wrong", .contactId = w.contact("Ann")});
    CHECK_THROWS_WITH_AS(t.transition(id, "resolved"), "status: a new ticket cannot become resolved", ValidationError);
    t.transition(id, "open");
    t.transition(id, "waiting");
    t.transition(id, "open");
    w.advance(TestWorld::kHour);
    t.transition(id, "resolved");
    CHECK(t.get(id)->resolvedAt == *w.now);
    t.rate(id, 5);
    t.transition(id, "closed");
    CHECK_THROWS_WITH_AS(t.transition(id, "open"), "status: a closed ticket cannot become open", ValidationError);
    CHECK(t.get(id)->satisfaction == 5);
    CHECK(tickets::canTransition("resolved", "open"));
    CHECK_FALSE(tickets::canTransition("waiting", "closed"));
}

TEST_CASE("satisfaction is given on resolution, from 1 to 5; reopening clears it") {
    TestWorld w;
    auto& t = w.ws.tickets();
    const auto id = t.open({.subject = "Question"});
    t.transition(id, "open");
    CHECK_THROWS_WITH_AS(t.rate(id, 4), "satisfaction: is given when the ticket is resolved", ValidationError);
    t.transition(id, "resolved");
    CHECK_THROWS_AS(t.rate(id, 6), ValidationError);
    t.rate(id, 2);
    t.transition(id, "open");
    CHECK_FALSE(t.get(id)->satisfaction);
    CHECK_FALSE(t.get(id)->resolvedAt);
}

TEST_CASE("comments, counts by status and SLA overdue") {
    TestWorld w;
    auto& t = w.ws.tickets();
    const auto a = t.open({.subject = "A", .priority = "urgent"});
    const auto b = t.open({.subject = "B", .priority = "low"});
    t.comment(a, "Looking into it", "mei");
    CHECK(t.comments(a).at(0).author == "mei");
    CHECK_THROWS_AS(t.comment(a, "  ", "mei"), ValidationError);
    w.advance(5 * TestWorld::kHour);
    CHECK(t.overdue(*w.now).size() == 1);
    CHECK(t.overdue(*w.now)[0].id == a);
    t.transition(b, "closed");
    const auto counts = t.countByStatus();
    CHECK(counts.at("new") == 1);
    CHECK(counts.at("closed") == 1);
}
