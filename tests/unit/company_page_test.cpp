#include "core/timeline/contact_timeline.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("a company's page gathers its deals, orders, tickets and activities, and its own edits, newest first") {
    TestWorld w;
    const auto acme = w.ws.companies().add({.name = "Acme 株式会社"});
    const auto other = w.ws.companies().add({.name = "Other"});
    const auto ann = w.ws.contacts().add({.name = "Ann", .companyId = acme});
    w.advance(TestWorld::kHour);
    const auto deal = w.ws.deals().create({.title = "Pilot", .amount = {500, "USD"}, .companyId = acme});
    w.ws.deals().create({.title = "Elsewhere", .amount = {1, "USD"}, .companyId = other});
    w.advance(TestWorld::kHour);
    const auto pen = w.ws.orders().addProduct("PEN", "Pen", {250, "USD"});
    const auto order =
        w.ws.orders().create({.contactId = ann, .companyId = acme, .orderDate = *w.now, .lines = {{pen, 2}}});
    w.advance(TestWorld::kHour);
    const auto ticket = w.ws.tickets().open({.subject = "Broken pen", .contactId = ann, .companyId = acme});
    w.advance(TestWorld::kHour);
    w.ws.activities().log({.kind = "call", .subject = "Account review", .companyId = acme});
    w.advance(TestWorld::kHour);
    w.ws.companies().update(acme, {.name = "Acme 株式会社", .city = "Osaka"});

    CHECK(w.ws.deals().forCompany(acme).size() == 1);
    CHECK(w.ws.deals().forCompany(acme)[0].id == deal);
    CHECK(w.ws.orders().forCompany(acme)[0].id == order);
    CHECK(w.ws.tickets().forCompany(acme)[0].id == ticket);

    const auto entries = timeline::companyTimeline(w.ws, acme);
    std::vector<timeline::Kind> kinds;
    for (const auto& e : entries) kinds.push_back(e.kind);
    // Newest first: the edit, the call, the ticket, the order, the deal, then the company's creation.
    REQUIRE(kinds.size() == 6);
    CHECK(kinds == std::vector<timeline::Kind>{timeline::Kind::History, timeline::Kind::Activity,
                                               timeline::Kind::Ticket, timeline::Kind::Order, timeline::Kind::Deal,
                                               timeline::Kind::History});
    CHECK(entries[0].changes[0].field == "city");
}
