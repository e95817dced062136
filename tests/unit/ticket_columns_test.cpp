// Tickets and their comments written through TicketService and read back field by field.
#include "core/tickets/ticket_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

TEST_CASE("a ticket round-trips every field through its workflow: SLA, resolution, rating, NULLs") {
    TestWorld w;
    auto& tickets = w.ws.tickets();
    const auto contact = w.contact("Ann");
    const auto company = w.ws.companies().add({.name = "Acme"});
    const tickets::TicketDraft full{.subject = kMixed,
                                    .description = "  " + kFamily + "\n无法登录  ",
                                    .contactId = contact,
                                    .companyId = company,
                                    .channel = "chat",
                                    .priority = "urgent"};
    const auto id = tickets.open(full);
    auto t = tickets.get(id);
    REQUIRE(t);
    CHECK(t->id == id);
    CHECK(t->subject == kMixed);
    CHECK(t->description == full.description);
    CHECK(t->channel == "chat");
    CHECK(t->priority == "urgent");
    CHECK(t->status == "new");
    CHECK(t->contactId == contact);
    CHECK(t->companyId == company);
    CHECK(t->slaDueAt == TestWorld::kStart + 4 * TestWorld::kHour);
    CHECK_FALSE(t->satisfaction);
    CHECK_FALSE(t->resolvedAt);
    CHECK(t->createdAt == TestWorld::kStart);
    CHECK(t->updatedAt == TestWorld::kStart);
    const auto listed = tickets.forContact(contact);
    REQUIRE(listed.size() == 1);
    checkSameRow(tickets::kTicketColumns, *t, listed[0]);

    w.advance(TestWorld::kHour);
    tickets.transition(id, "open");
    tickets.transition(id, "resolved");
    tickets.rate(id, 5);
    t = tickets.get(id);
    CHECK(t->status == "resolved");
    CHECK(t->resolvedAt == TestWorld::kStart + TestWorld::kHour);
    CHECK(t->satisfaction == 5);
    CHECK(t->updatedAt == TestWorld::kStart + TestWorld::kHour);

    const auto bare = tickets.open({.subject = kEmoji});
    const auto b = tickets.get(bare);
    CHECK(b->description.empty());
    CHECK_FALSE(b->contactId);
    CHECK_FALSE(b->companyId);
    CHECK(b->channel == "email");
    CHECK(b->priority == "normal");
}

TEST_CASE("a ticket's comments round-trip their text, author (or none) and time") {
    TestWorld w;
    const auto id = w.ws.tickets().open({.subject = "T"});
    w.ws.tickets().comment(id, kMixed + "\n" + kFamily, "客服 " + kEmoji);
    w.advance(TestWorld::kHour);
    w.ws.tickets().comment(id, kAccents, "");
    const auto comments = w.ws.tickets().comments(id);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].ticketId == id);
    CHECK(comments[0].body == kMixed + "\n" + kFamily);
    CHECK(comments[0].author == "客服 " + kEmoji);
    CHECK(comments[0].at == TestWorld::kStart);
    CHECK(comments[1].id > comments[0].id);
    CHECK(comments[1].author.empty());
    CHECK(comments[1].at == TestWorld::kStart + TestWorld::kHour);
}

TEST_CASE("a whole ticket row, extremes included, round-trips through the column map alone") {
    TestWorld w;
    const tickets::Ticket row{.subject = kFamily,
                              .description = "",
                              .channel = "web",
                              .priority = "low",
                              .status = "closed",
                              .contactId = std::nullopt,
                              .companyId = std::nullopt,
                              .slaDueAt = kMin,
                              .satisfaction = 1,
                              .resolvedAt = kMax,
                              .createdAt = kMin,
                              .updatedAt = kMax};
    const auto back = storeAndRead(w.ws.database(), tickets::kTicketColumns, row);
    tickets::Ticket expected = row;
    expected.id = back.id;
    checkSameRow(tickets::kTicketColumns, expected, back);

    const tickets::Comment comment{.body = kEmoji, .author = "", .at = kMin, .ticketId = back.id};
    const auto stored = storeAndRead(w.ws.database(), tickets::kCommentColumns, comment);
    tickets::Comment expectedComment = comment;
    expectedComment.id = stored.id;
    checkSameRow(tickets::kCommentColumns, expectedComment, stored);
}
