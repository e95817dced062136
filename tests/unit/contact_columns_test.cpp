// Contacts and their extra channels written through ContactService and read back field by field.
#include "core/contacts/contact_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

TEST_CASE("a contact round-trips every field: Chinese, emoji, accents, empty text, NULL links") {
    TestWorld w;
    auto& contacts = w.ws.contacts();
    const auto company = w.ws.companies().add({.name = kChinese + "公司"});
    const contacts::ContactDraft full{.name = kMixed,
                                      .email = "zoë." + kChinese + "+😀@Example.COM",
                                      .phone = "+86 (138) 0013-8000",
                                      .title = "采购经理 " + kEmoji,
                                      .address = "北京市朝阳区 " + kFamily,
                                      .city = "Zürich",
                                      .country = "中国",
                                      .source = "trade fair 👍🏽",
                                      .owner = "mei 梅",
                                      .lifecycle = "customer",
                                      .notes = "  first line\n" + kFamily + " second line  ",
                                      .companyId = company};
    const auto id = contacts.add(full);
    const auto c = contacts.get(id);
    REQUIRE(c);
    CHECK(c->id == id);
    CHECK(c->name == kMixed);
    CHECK(c->email == "zoë." + kChinese + "+😀@example.com"); // the domain is lower-cased, the rest kept
    CHECK(c->phone == "+86 (138) 0013-8000");                // kept as typed
    CHECK(c->title == full.title);
    CHECK(c->address == full.address);
    CHECK(c->city == "Zürich");
    CHECK(c->country == "中国");
    CHECK(c->source == full.source);
    CHECK(c->owner == full.owner);
    CHECK(c->lifecycle == "customer");
    CHECK(c->notes == full.notes); // notes keep their spaces and line breaks
    CHECK(c->companyId == company);
    CHECK(c->createdAt == TestWorld::kStart);
    CHECK(c->updatedAt == TestWorld::kStart);
    CHECK_FALSE(c->deletedAt);

    // The list reads the same row through the same map, with its total after it.
    contacts::ContactQuery q;
    q.withTotal = true;
    const auto page = contacts.list(q);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.total == 1);
    checkSameRow(contacts::kContactColumns, *c, page.rows[0]);

    // Everything optional emptied again: empty strings and a NULL company, not the old values.
    w.advance(TestWorld::kHour);
    contacts.update(id, {.name = kChinese, .lifecycle = "lead"});
    const auto e = contacts.get(id);
    REQUIRE(e);
    CHECK(e->name == kChinese);
    for (const std::string* empty :
         {&e->email, &e->phone, &e->title, &e->address, &e->city, &e->country, &e->source, &e->owner, &e->notes})
        CHECK(empty->empty());
    CHECK(e->lifecycle == "lead");
    CHECK_FALSE(e->companyId);
    CHECK(e->createdAt == TestWorld::kStart); // set once
    CHECK(e->updatedAt == TestWorld::kStart + TestWorld::kHour);

    w.advance(TestWorld::kHour);
    contacts.remove(id);
    CHECK(contacts.get(id)->deletedAt == TestWorld::kStart + 2 * TestWorld::kHour);
    contacts.restore(id);
    CHECK_FALSE(contacts.get(id)->deletedAt);
}

TEST_CASE("a contact's times round-trip at the ends of the 64-bit range") {
    TestWorld w;
    for (const std::int64_t when : {kMax, kMin, std::int64_t{0}, std::int64_t{-1}}) {
        *w.now = when;
        const auto id = w.contact(kEmoji);
        CHECK(w.ws.contacts().get(id)->createdAt == when);
        CHECK(w.ws.contacts().get(id)->updatedAt == when);
    }
}

TEST_CASE("a whole contact row, extremes included, round-trips through the column map alone") {
    TestWorld w;
    const auto company = w.ws.companies().add({.name = "Acme"});
    const contacts::Contact row{.name = kMixed,
                                .email = kEmoji,
                                .phone = "",
                                .createdAt = kMin,
                                .updatedAt = kMax,
                                .title = kFamily,
                                .address = "",
                                .city = kAccents,
                                .country = kChinese,
                                .source = "",
                                .owner = kChinese,
                                .lifecycle = "churned",
                                .notes = "\n",
                                .companyId = company,
                                .deletedAt = kMax};
    const auto back = storeAndRead(w.ws.database(), contacts::kContactColumns, row);
    CHECK(back.id > 0);
    contacts::Contact expected = row;
    expected.id = back.id;
    checkSameRow(contacts::kContactColumns, expected, back);
}

TEST_CASE("a contact's extra channels round-trip with their labels") {
    TestWorld w;
    const auto id = w.contact("Ann");
    const auto email = w.ws.contacts().addChannel(id, "email", kChinese + "@例子.example", kMixed);
    const auto phone = w.ws.contacts().addChannel(id, "phone", "+44 113 496 0000");
    const auto channels = w.ws.contacts().channels(id);
    REQUIRE(channels.size() == 2);
    CHECK(channels[0].id == email);
    CHECK(channels[0].contactId == id);
    CHECK(channels[0].kind == "email");
    CHECK(channels[0].value == kChinese + "@例子.example");
    CHECK(channels[0].label == kMixed);
    CHECK(channels[1].id == phone);
    CHECK(channels[1].value == "+44 113 496 0000"); // as typed
    CHECK(channels[1].label.empty());
    w.ws.contacts().removeChannel(email);
    CHECK(w.ws.contacts().channels(id).size() == 1);
}
