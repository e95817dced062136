// The lists the screens show: ticket queue, deals list, week view, orders, campaign members,
// owners, and a contact's timeline.
#include "core/common/row_cache.h"
#include "core/timeline/contact_timeline.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("the ticket queue shows unresolved tickets nearest SLA first; a status tab shows only that status") {
    TestWorld w;
    auto& t = w.ws.tickets();
    const auto normal = t.open({.subject = "Slow login"});
    const auto urgent = t.open({.subject = "Site down", .priority = "urgent"});
    const auto done = t.open({.subject = "Old question"});
    t.transition(done, "open");
    t.transition(done, "resolved");
    auto queue = t.queue("", 10);
    REQUIRE(queue.size() == 2);
    CHECK(queue[0].id == urgent);
    CHECK(queue[1].id == normal);
    auto resolved = t.queue("resolved", 10);
    REQUIRE(resolved.size() == 1);
    CHECK(resolved[0].id == done);
    CHECK(t.queue("new", 1).size() == 1);
}

TEST_CASE("a contact's timeline holds its activities, deals, orders, tickets and edits, newest first") {
    TestWorld w;
    const auto ann = w.contact("Ann Lee", "ann@example.com");
    w.advance(TestWorld::kHour);
    w.ws.activities().log(
        {.kind = "call", .subject = "Intro call", .occurredAt = *w.now, .outcome = "interested", .contactId = ann});
    w.advance(TestWorld::kHour);
    const auto deal = w.ws.deals().create({.title = "Pilot", .amount = {500000, "USD"}, .contactId = ann});
    w.advance(TestWorld::kHour);
    const auto pen = w.ws.orders().addProduct("PEN", "Pen", {250, "USD"});
    w.ws.orders().create({.contactId = ann, .orderDate = *w.now, .lines = {{pen, 4}}});
    w.advance(TestWorld::kHour);
    w.ws.tickets().open({.subject = "Pen leaks", .contactId = ann});
    w.advance(TestWorld::kHour);
    const auto acme = w.ws.companies().add({"Acme"});
    w.ws.contacts().update(ann, {.name = "Ann Lee", .email = "ann@example.com", .city = "Lyon", .companyId = acme});
    w.contact("Someone Else");

    const auto entries = timeline::contactTimeline(w.ws, ann);
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].kind == timeline::Kind::History);
    CHECK(entries[0].type == "update");
    // company_id is named for what it links, its value the company's name.
    CHECK(entries[0].changes == std::vector<timeline::FieldChange>{{"city", "", "Lyon"}, {"company", "", "Acme"}});
    CHECK(entries[1].kind == timeline::Kind::Ticket);
    CHECK(entries[1].title == "Pen leaks");
    CHECK(entries[2].kind == timeline::Kind::Order);
    CHECK(entries[2].detail == "10.00 USD");
    CHECK(entries[3].kind == timeline::Kind::Deal);
    CHECK(entries[3].id == deal);
    CHECK(entries[3].detail == "5,000.00 USD");
    CHECK(entries[4].kind == timeline::Kind::Activity);
    CHECK(entries[4].type == "call");
    CHECK(entries[4].detail == "interested");
    CHECK(entries[5].kind == timeline::Kind::History);
    CHECK(entries[5].type == "insert");
}

TEST_CASE("the week view lists activities and tasks due within the week, in time order") {
    TestWorld w;
    const auto c = w.contact("Week Person");
    auto& a = w.ws.activities();
    const auto monday = TestWorld::kStart;
    a.log({.kind = "task", .subject = "Send quote", .dueAt = monday + 2 * TestWorld::kDay, .contactId = c});
    a.log({.kind = "meeting", .subject = "Kick-off", .occurredAt = monday + TestWorld::kHour, .contactId = c});
    a.log({.kind = "call", .subject = "Next week", .occurredAt = monday + 8 * TestWorld::kDay, .contactId = c});
    const auto week = a.between(monday, monday + 7 * TestWorld::kDay);
    REQUIRE(week.size() == 2);
    CHECK(week[0].subject == "Kick-off");
    CHECK(week[1].subject == "Send quote");
}

TEST_CASE("deal, order and campaign lists show what the screens need") {
    TestWorld w;
    const auto ann = w.contact("Ann");
    const auto bob = w.contact("Bob");
    auto& d = w.ws.deals();
    const auto won = d.create({.title = "Won one", .amount = {100, "USD"}, .contactId = ann});
    d.create({.title = "Open one", .amount = {200, "USD"}});
    d.markWon(won);
    CHECK(d.list("", 10).size() == 2);
    REQUIRE(d.list("won", 10).size() == 1);
    CHECK(d.list("won", 10)[0].title == "Won one");
    CHECK(d.forContact(ann).size() == 1);

    auto& o = w.ws.orders();
    const auto p = o.addProduct("P", "Thing", {1000, "USD"});
    o.create({.contactId = ann, .orderDate = TestWorld::kStart, .lines = {{p, 1}}});
    const auto later =
        o.create({.contactId = bob, .orderDate = TestWorld::kStart + TestWorld::kDay, .lines = {{p, 2}}});
    REQUIRE(o.list(10).size() == 2);
    CHECK(o.list(10)[0].id == later);
    CHECK(o.list(10)[0].total == Money{2000, "USD"});
    CHECK(o.list(1, 1).size() == 1);

    auto& m = w.ws.campaigns();
    const auto spring = m.create({.name = "Spring", .channel = "email", .budget = {0, "USD"}});
    m.addMembers(spring, {bob, ann});
    m.setMemberStatus(spring, bob, "converted");
    REQUIRE(m.list().size() == 1);
    const auto members = m.members(spring, "", 10);
    REQUIRE(members.size() == 2);
    CHECK(members[0].name == "Ann");
    CHECK(members[0].status == "targeted");
    REQUIRE(m.members(spring, "converted", 10).size() == 1);
    CHECK(m.members(spring, "converted", 10)[0].contactId == bob);
}

TEST_CASE("the owner filter offers every owner of a live contact once") {
    TestWorld w;
    w.ws.contacts().add({.name = "A", .owner = "Zoe"});
    w.ws.contacts().add({.name = "B", .owner = "Max"});
    w.ws.contacts().add({.name = "C", .owner = "Max"});
    const auto gone = w.ws.contacts().add({.name = "D", .owner = "Ghost"});
    w.ws.contacts().remove(gone);
    CHECK(w.ws.contacts().owners() == std::vector<std::string>{"Max", "Zoe"});
}

TEST_CASE("a long contact list scrolled from top to bottom pages by keyset and shows every row once, in order") {
    TestWorld w;
    for (int i = 0; i < 1000; ++i) w.contact("Person " + std::to_string(100000 + (i * 7919) % 1000));
    auto& service = w.ws.contacts();
    contacts::ContactQuery base;
    base.sort = contacts::ContactSort::Name;
    RowCache<contacts::Contact> cache(100, 4);
    cache.reset([&](std::int64_t offset, int limit,
                    const contacts::Contact* after) { return service.listBlock(base, offset, limit, after); },
                service.count());
    const auto all = service.list(2000);
    for (std::int64_t i = 0; i < cache.total(); ++i) {
        const contacts::Contact* c = cache.row(i);
        REQUIRE(c);
        CHECK(c->id == all[static_cast<std::size_t>(i)].id);
    }
    CHECK(cache.row(1000) == nullptr);
    CHECK(cache.fetches() == 10);
    CHECK(cache.keysetFetches() == 9); // only the first block is fetched by offset

    // Jumping to the middle (dragging the scrollbar) fetches that block by offset.
    cache.reset(cache.total() ? [&](std::int64_t offset, int limit,
                                    const contacts::Contact*) { return service.list(limit, static_cast<int>(offset)); }
                              : RowCache<contacts::Contact>::Fetch{},
                service.count());
    CHECK(cache.row(555)->id == all[555].id);
    CHECK(cache.fetches() == 11);
}

TEST_CASE("a searched page carries the total of all matches, also past the last page") {
    TestWorld w;
    for (int i = 0; i < 30; ++i) w.contact("Searchable " + std::to_string(i), "s" + std::to_string(i) + "@example.com");
    w.contact("Other Person");
    contacts::ContactQuery q;
    q.filter.search = "searchable";
    q.limit = 10;
    auto page = w.ws.contacts().list(q);
    CHECK(page.total == 30);
    CHECK(page.rows.size() == 10);
    q.offset = 40;
    page = w.ws.contacts().list(q);
    CHECK(page.rows.empty());
    CHECK(page.total == 30);
    q.filter.owner = "nobody";
    q.offset = 0;
    CHECK(w.ws.contacts().list(q).total == 0);
    // A deleted contact leaves the total (and the page) at once.
    q.filter.owner.clear();
    const auto first = w.ws.contacts().list(q).rows.at(0).id;
    w.ws.contacts().remove(first);
    page = w.ws.contacts().list(q);
    CHECK(page.total == 29);
    CHECK(page.rows.at(0).id != first);
}
