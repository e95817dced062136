// Lists: filters, sorting by any column, offset and keyset paging, counts.
#include "test_world.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace satchel;
using contacts::ContactQuery;
using contacts::ContactSort;

namespace {
std::vector<std::string> names(const contacts::ContactPage& page) {
    std::vector<std::string> out;
    for (const auto& c : page.rows) out.push_back(c.name);
    return out;
}

struct Crowd : TestWorld {
    Crowd() {
        const auto acme = ws.companies().add({"Acme"});
        ws.contacts().add({.name = "Dora", .city = "Paris", .owner = "li", .lifecycle = "customer", .companyId = acme});
        ws.contacts().add({.name = "alice", .city = "paris", .owner = "mei", .lifecycle = "lead"});
        advance(1000);
        ws.contacts().add({.name = "Carl", .city = "Berlin", .owner = "li", .lifecycle = "lead", .companyId = acme});
        advance(1000);
        const auto bob = ws.contacts().add({.name = "Bob", .city = "Berlin", .owner = "mei", .lifecycle = "prospect"});
        ws.tags().setTags(tags::Target::Contact, bob, {"VIP", "Fair 2026"});
        const auto field = ws.customFields().define("contact", "Industry", "choice", {"Retail", "Tech"});
        ws.customFields().setValue(field, bob, "Tech");
    }
};
} // namespace

TEST_CASE("lists filter by owner, city (any case), lifecycle, company, tag, custom field and search") {
    Crowd w;
    ContactQuery q;
    q.filter.owner = "li";
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Carl", "Dora"});
    q = {};
    q.filter.city = "PARIS";
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"alice", "Dora"});
    q = {};
    q.filter.lifecycle = "lead";
    q.filter.owner = "mei";
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"alice"});
    q = {};
    q.filter.companyId = w.ws.companies().list(1).at(0).id;
    CHECK(w.ws.contacts().list(q).total == 2);
    q = {};
    q.filter.tag = "vip";
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Bob"});
    q = {};
    q.filter.customFieldId = w.ws.customFields().fields("contact").at(0).id;
    q.filter.customValue = "Tech";
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Bob"});
    q = {};
    q.filter.search = "ca";
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Carl"});
}

TEST_CASE("lists sort by any column, both ways, ties broken by id") {
    Crowd w;
    ContactQuery q;
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"alice", "Bob", "Carl", "Dora"});
    q.descending = true;
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Dora", "Carl", "Bob", "alice"});
    q = {};
    q.sort = ContactSort::City;
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Carl", "Bob", "Dora", "alice"});
    q.sort = ContactSort::Created;
    q.descending = true;
    CHECK(names(w.ws.contacts().list(q)).front() == "Bob");
    q = {};
    q.sort = ContactSort::Lifecycle;
    CHECK(names(w.ws.contacts().list(q)).front() == "Dora"); // customer < lead < prospect
}

TEST_CASE("keyset paging walks the same rows as offset paging, with the total on every page") {
    TestWorld w;
    for (int i = 0; i < 57; ++i) w.contact("Person " + std::to_string(i % 10)); // many equal names: ties
    for (auto sort : {ContactSort::Name, ContactSort::Created}) {
        for (bool desc : {false, true}) {
            CAPTURE(desc);
            ContactQuery byOffset, byKey;
            byOffset.sort = byKey.sort = sort;
            byOffset.descending = byKey.descending = desc;
            byOffset.limit = byKey.limit = 10;
            std::vector<std::int64_t> a, b;
            for (int page = 0; page < 6; ++page) {
                byOffset.offset = page * 10;
                for (const auto& c : w.ws.contacts().list(byOffset).rows) a.push_back(c.id);
            }
            for (;;) {
                const auto page = w.ws.contacts().list(byKey);
                CHECK(page.total == 57);
                for (const auto& c : page.rows) b.push_back(c.id);
                if (!page.next) break;
                byKey.after = page.next;
            }
            CHECK(a.size() == 57);
            CHECK(a == b);
        }
    }
}

TEST_CASE("lists filter by the pipeline stage of a contact's open deals") {
    Crowd w;
    const auto stages = w.ws.pipeline().stages();
    const auto carl = w.ws.contacts().list(10).at(2).id; // alice, Bob, Carl, Dora
    w.ws.deals().create({.title = "Carl's deal", .amount = {1, "USD"}, .stageId = stages[1].id, .contactId = carl});
    ContactQuery q;
    q.filter.dealStageId = stages[1].id;
    CHECK(names(w.ws.contacts().list(q)) == std::vector<std::string>{"Carl"});
    q.filter.dealStageId = stages[0].id;
    CHECK(w.ws.contacts().list(q).total == 0);
}

TEST_CASE("a one-letter search lists the names starting with that letter, any case, in order") {
    TestWorld w;
    for (const char* name : {"wang li", "Wei Zhang", "Li Wang", "Xu Wen", "ward", "Vera"}) w.contact(name);
    contacts::ContactQuery q;
    q.filter.search = "W";
    const auto page = w.ws.contacts().list(q);
    REQUIRE(page.total == 3);
    CHECK(page.rows[0].name == "wang li");
    CHECK(page.rows[1].name == "ward");
    CHECK(page.rows[2].name == "Wei Zhang");
    q.filter.search = "wa"; // two letters: the full-text prefix search, over every word
    CHECK(w.ws.contacts().list(q).total == 3);
}

namespace {
// The ids a query lists, page by page through its cursor.
std::vector<std::int64_t> walk(const contacts::ContactService& contacts, ContactQuery q) {
    std::vector<std::int64_t> ids;
    for (;;) {
        const auto page = contacts.list(q);
        for (const auto& c : page.rows) ids.push_back(c.id);
        if (!page.next) return ids;
        q.after = page.next;
    }
}
} // namespace

TEST_CASE("a search lists its matches in name order, and the list counts its contacts, as contacts are added, "
          "renamed, deleted and restored, also when changed by raw SQL") {
    TestWorld w;
    auto& contacts = w.ws.contacts();
    for (int i = 0; i < 40; ++i)
        contacts.add(
            {.name = (i % 3 ? "Smith " : "smith ") + std::to_string(i % 7), .owner = "me"}); // ties, mixed case
    contacts.add({.name = "Jones", .owner = "me"});
    const auto smithers = contacts.add({.name = "Zed Smithers", .owner = "me"});
    // The same search with an owner filter every contact passes is ordered by SQL: the reference.
    const auto check = [&](bool descending) {
        CAPTURE(descending);
        ContactQuery searched;
        searched.filter.search = "smi";
        searched.descending = descending;
        searched.limit = 7;
        ContactQuery reference = searched;
        reference.filter.owner = "me";
        const auto inMemory = walk(contacts, searched), bySql = walk(contacts, reference);
        CHECK(inMemory.size() == static_cast<size_t>(contacts.list(searched).total));
        CHECK(inMemory == bySql);
        searched.offset = 14;
        reference.offset = 14;
        CHECK(names(contacts.list(searched)) == names(contacts.list(reference)));
        return inMemory;
    };
    CHECK(check(false).size() == 41);
    CHECK(check(true).front() == smithers);
    // Read ahead a few contacts at a time (as the contacts screen does each frame), then searched.
    contacts.update(smithers, {.name = "Smithers Zed", .owner = "me"});
    int slices = 1;
    while (!contacts.readAheadSearchOrder(5)) ++slices;
    CHECK(slices == 9);                      // 42 contacts, 5 a slice
    CHECK(contacts.readAheadSearchOrder(5)); // current: nothing to read
    CHECK(check(true).front() == smithers);

    contacts.update(smithers, {.name = "Aaron Smithers", .owner = "me"});
    CHECK(check(false).front() == smithers);
    contacts.remove(smithers);
    CHECK(check(false).size() == 40);
    contacts.restore(smithers);
    CHECK(check(false).size() == 41);
    // Written behind the services' back: the order still follows.
    w.ws.database().execScript("UPDATE contacts SET name = 'Zz Smith' WHERE id = 1");
    CHECK(check(false).back() == 1);
    CHECK(contacts.count() == 42);
    w.ws.database().execScript("UPDATE contacts SET deleted_at = 1 WHERE id = 2");
    // The number of contacts (cached between changes) follows too.
    CHECK(contacts.count() == 41);
    CHECK(contacts.list(ContactQuery{}).total == 41);
    const auto live = check(false);
    CHECK(std::find(live.begin(), live.end(), 2) == live.end());
    w.ws.database().execScript(
        "INSERT INTO contacts (name, owner, created_at, updated_at) VALUES ('Aardvark Smith', 'me', 0, 0)");
    const auto added = w.ws.database().lastInsertRowid();
    contacts.reindex(added);
    CHECK(check(false).front() == added);
    CHECK(contacts.list(ContactQuery{}).total == 42);
}
