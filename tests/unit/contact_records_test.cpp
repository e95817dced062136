// Contacts as a person manages them: edit with history, delete with undo, purge, bulk actions.
#include "core/common/validation_error.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using contacts::ContactDraft;

TEST_CASE("editing a contact records each changed field, old and new, in its history") {
    TestWorld w;
    const auto id = w.ws.contacts().add({.name = "Ann Lee", .email = "ann@example.com", .city = "Leeds"});
    w.advance(TestWorld::kHour);
    w.ws.contacts().update(
        id, {.name = "Ann Lee-Smith", .email = "ann@example.com", .city = "York", .lifecycle = "customer"});
    const auto history = w.ws.audit().history(audit::Entity::Contact, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].action == "update");
    CHECK(history[0].at == TestWorld::kStart + TestWorld::kHour);
    CHECK(history[0].changes["name"] == nlohmann::ordered_json::array({"Ann Lee", "Ann Lee-Smith"}));
    CHECK(history[0].changes["city"] == nlohmann::ordered_json::array({"Leeds", "York"}));
    CHECK(history[0].changes["lifecycle"] == nlohmann::ordered_json::array({"lead", "customer"}));
    CHECK_FALSE(history[0].changes.contains("email")); // unchanged fields are not listed
    CHECK(history[1].action == "insert");
}

TEST_CASE("a deleted contact disappears from lists and an undo restores it exactly") {
    TestWorld w;
    const auto id = w.ws.contacts().add({.name = "王小明", .email = "wang@example.cn", .owner = "li"});
    w.ws.tags().setTags(tags::Target::Contact, id, {"VIP"});
    w.ws.contacts().remove(id);
    CHECK(w.ws.contacts().count() == 0);
    CHECK(w.ws.contacts().list(10).empty());
    contacts::ContactQuery trash;
    trash.trash = true;
    CHECK(w.ws.contacts().list(trash).rows.size() == 1);

    w.ws.contacts().restore(id);
    const auto back = w.ws.contacts().get(id);
    REQUIRE(back);
    CHECK_FALSE(back->deletedAt);
    CHECK(back->email == "wang@example.cn");
    CHECK(w.ws.tags().tagsOf(tags::Target::Contact, id) == std::vector<std::string>{"VIP"});
    CHECK(w.ws.audit().history(audit::Entity::Contact, id)[0].action == "restore");
}

TEST_CASE("purging removes a contact for good and leaves its deals unlinked, not lost") {
    TestWorld w;
    const auto id = w.contact("Gone Soon");
    const auto deal = w.ws.deals().create({.title = "Deal", .amount = {500, "USD"}, .contactId = id});
    w.ws.contacts().purge(id);
    CHECK_FALSE(w.ws.contacts().get(id));
    CHECK_FALSE(w.ws.deals().get(deal)->contactId);
    CHECK(w.ws.audit().history(audit::Entity::Contact, id)[0].action == "purge");
}

TEST_CASE("bulk actions change many contacts at once, and a bulk delete can be undone") {
    TestWorld w;
    std::vector<std::int64_t> ids;
    for (const char* n : {"A", "B", "C"}) ids.push_back(w.contact(n));
    w.ws.contacts().setOwner(ids, "mei");
    w.ws.tags().addTag(tags::Target::Contact, ids, "Spring fair");
    contacts::ContactQuery q;
    q.filter.owner = "mei";
    q.filter.tag = "spring FAIR"; // tag names ignore case
    CHECK(w.ws.contacts().list(q).total == 3);
    w.ws.contacts().removeMany(ids);
    CHECK(w.ws.contacts().count() == 0);
    w.ws.contacts().restoreMany(ids);
    CHECK(w.ws.contacts().count() == 3);
}

TEST_CASE("an unknown lifecycle stage or a missing contact is refused") {
    TestWorld w;
    CHECK_THROWS_WITH_AS(w.ws.contacts().add({.name = "X", .lifecycle = "friend"}),
                         "lifecycle: must be lead, prospect, customer or churned", ValidationError);
    CHECK_THROWS_AS(w.ws.contacts().update(999, {.name = "Nobody"}), ValidationError);
    CHECK_THROWS_AS(w.ws.contacts().remove(999), ValidationError);
}

TEST_CASE("a contact can have more emails and phones; they are validated, searchable and kept on merge") {
    TestWorld w;
    const auto id = w.ws.contacts().add({.name = "Li Na", .email = "li.na@work.example"});
    w.ws.contacts().addChannel(id, "email", " Li.Na@Home.EXAMPLE ", "home");
    w.ws.contacts().addChannel(id, "phone", "+86 (10) 8888-1234", "mobile");
    const auto ch = w.ws.contacts().channels(id);
    REQUIRE(ch.size() == 2);
    CHECK(ch[0].value == "Li.Na@home.example");
    CHECK(ch[1].value == "+86 (10) 8888-1234"); // as typed
    CHECK_THROWS_WITH_AS(w.ws.contacts().addChannel(id, "email", "not-an-email"),
                         "email: needs an @, like name@example.com", ValidationError);
    CHECK_THROWS_AS(w.ws.contacts().addChannel(id, "fax", "123"), ValidationError);
    CHECK(w.ws.search().search("home example", 5).size() == 1);
    const auto other = w.contact("Li Na (old)");
    w.ws.contacts().addChannel(other, "phone", "+44 113 496 0000");
    w.ws.duplicates().mergeContacts(id, other);
    CHECK(w.ws.contacts().channels(id).size() == 3);
    w.ws.contacts().removeChannel(ch[0].id);
    CHECK(w.ws.contacts().channels(id).size() == 2);
}

TEST_CASE("impossible dates are refused with the field's name") {
    TestWorld w;
    const auto c = w.contact("Ann");
    CHECK_THROWS_WITH_AS(
        w.ws.activities().log({.kind = "task", .subject = "x", .dueAt = 99'999'999'999'999, .contactId = c}),
        "due: must be a date between 1970 and 2200", ValidationError);
    CHECK_THROWS_AS(w.ws.deals().create({.title = "x", .amount = {1, "USD"}, .expectedClose = -5}), ValidationError);
    CHECK_THROWS_AS(w.ws.campaigns().create({.name = "x", .startsAt = 10, .endsAt = 5}), ValidationError);
}
