#include "core/common/validation_error.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("likely duplicate contacts are found by email, phone, or name at the same company") {
    TestWorld w;
    const auto acme = w.ws.companies().add({"Acme"});
    const auto a = w.contact("Ann Lee", "Ann@Example.com");
    const auto b = w.contact("A. Lee", "ann@example.com");
    const auto c = w.contact("Bob", "", "+44 20 7946 0958");
    const auto d = w.contact("Robert", "", "+442079460958");
    const auto e = w.ws.contacts().add({.name = "Wang Wei", .companyId = acme});
    const auto f = w.ws.contacts().add({.name = "wang wei", .companyId = acme});
    w.ws.contacts().add({.name = "Wang Wei"}); // no company: not enough on its own
    const auto pairs = w.ws.duplicates().contactPairs(10);
    REQUIRE(pairs.size() == 3);
    CHECK((pairs[0].keep == a && pairs[0].drop == b && pairs[0].reasons == "same email"));
    CHECK((pairs[1].keep == c && pairs[1].drop == d && pairs[1].reasons == "same phone"));
    CHECK((pairs[2].keep == e && pairs[2].drop == f && pairs[2].reasons == "same name and company"));
}

TEST_CASE("merging two contacts moves every link to the kept one and keeps an audit entry") {
    TestWorld w;
    const auto keep = w.ws.contacts().add({.name = "Ann Lee", .email = "ann@example.com"});
    const auto drop = w.ws.contacts().add({.name = "Ann L.",
                                           .email = "ann@example.com",
                                           .phone = "+44 113 496 0000",
                                           .city = "Leeds",
                                           .notes = "met at fair"});
    w.ws.activities().log({.kind = "call", .subject = "Hi", .contactId = drop});
    w.ws.deals().create({.title = "D", .amount = {1, "USD"}, .contactId = drop});
    const auto product = w.ws.orders().addProduct("P", "P", {1, "USD"});
    w.ws.orders().create({.contactId = drop, .orderDate = *w.now, .lines = {{product, 1}}});
    w.ws.tickets().open({.subject = "T", .contactId = drop});
    const auto campaign = w.ws.campaigns().create({.name = "C"});
    w.ws.campaigns().addMembers(campaign, {drop});
    w.ws.tags().setTags(tags::Target::Contact, drop, {"VIP"});

    const auto moved = w.ws.duplicates().mergeContacts(keep, drop);
    CHECK(moved.activities == 1);
    CHECK(moved.deals == 1);
    CHECK(moved.orders == 1);
    CHECK(moved.tickets == 1);
    CHECK(moved.campaigns == 1);
    CHECK_FALSE(w.ws.contacts().get(drop));
    const auto kept = *w.ws.contacts().get(keep);
    CHECK(kept.name == "Ann Lee");           // the kept record's values win
    CHECK(kept.phone == "+44 113 496 0000"); // empty fields are filled from the other
    CHECK(kept.city == "Leeds");
    CHECK(w.ws.activities().forContact(keep).size() == 1);
    CHECK(w.ws.orders().forContact(keep).size() == 1);
    CHECK(w.ws.tags().tagsOf(tags::Target::Contact, keep) == std::vector<std::string>{"VIP"});
    CHECK(w.ws.campaigns().results(campaign).membersByStatus.at("targeted") == 1);
    const auto history = w.ws.audit().history(audit::Entity::Contact, keep);
    CHECK(history[0].action == "merge");
    CHECK(history[0].changes["merged_from"] == drop);
    CHECK(w.ws.duplicates().contactPairs(10).empty());
    CHECK_THROWS_AS(w.ws.duplicates().mergeContacts(keep, keep), ValidationError);
    CHECK_THROWS_AS(w.ws.duplicates().mergeContacts(keep, 9999), ValidationError);
}

TEST_CASE("duplicate companies are found by domain or name and merged with their contacts and deals") {
    TestWorld w;
    const auto keep = w.ws.companies().add({"Acme Ltd", "acme.example"});
    const auto drop = w.ws.companies().add({"ACME", "https://www.acme.example/", "Retail"});
    const auto person = w.ws.contacts().add({.name = "Worker", .companyId = drop});
    w.ws.deals().create({.title = "D", .amount = {1, "USD"}, .companyId = drop});
    const auto pairs = w.ws.duplicates().companyPairs(10);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].reasons == "same domain");
    const auto r = w.ws.duplicates().mergeCompanies(keep, drop);
    CHECK(r.contacts == 1);
    CHECK(r.deals == 1);
    CHECK(w.ws.contacts().get(person)->companyId == keep);
    CHECK(w.ws.companies().get(keep)->industry == "Retail");
    CHECK_FALSE(w.ws.companies().get(drop));
}

TEST_CASE("the duplicate scan reads contacts a slice at a time and finds twins by email, phone and name at a company") {
    TestWorld w;
    const auto co = w.ws.companies().add({.name = "Acme"});
    for (int i = 0; i < 50; ++i) w.contact("Person " + std::to_string(i), "p" + std::to_string(i) + "@example.com");
    w.contact("Late Twin", "P7@Example.com");
    w.contact("Phone One", "", "+44 20 7946 0001");
    w.contact("Phone Two", "", "+44 20 7946 0001");
    w.ws.contacts().add({.name = "Same Name", .companyId = co});
    w.ws.contacts().add({.name = "same  name", .companyId = co});
    satchel::duplicates::ContactDuplicateScan scan(w.ws.database());
    CHECK(scan.total() == 55);
    int steps = 1;
    while (!scan.step(7)) ++steps;
    CHECK(steps == 8); // 55 rows, 7 a slice
    CHECK(scan.scanned() == 55);
    const auto sliced = scan.pairs(10);
    REQUIRE(sliced.size() == 3);
    // Person 7 is contact 8; the twin (51) was entered later with another case.
    CHECK(sliced[0].keep == 8);
    CHECK(sliced[0].drop == 51);
    CHECK(sliced[1].keep == 52);
    CHECK(sliced[2].keep == 54);
    CHECK(sliced[2].drop == 55);
    CHECK(sliced[0].reasons == "same email");
    CHECK(sliced[1].reasons == "same phone");
    CHECK(sliced[2].reasons == "same name and company");
}
