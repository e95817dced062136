// A merge can be taken back right after it was made (issue 11, item 15): the merged contact
// returns whole, with its id, and the kept one as it was; if either changed meanwhile, the undo is
// refused and nothing moves.
#include "core/common/validation_error.h"
#include "core/timeline/contact_timeline.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

namespace {
struct Pair {
    std::int64_t keep, drop, campaign, field;
};

Pair twoAnns(TestWorld& w) {
    const auto acme = w.ws.companies().add({"Acme 株式会社"});
    const auto keep = w.ws.contacts().add({.name = "Ann Lee", .email = "ann@example.com"});
    const auto drop = w.ws.contacts().add({.name = "Ann L. 👩‍💼",
                                           .email = "ANN@example.com",
                                           .phone = "+44 113 496 0000",
                                           .city = "Leeds",
                                           .notes = "met at fair",
                                           .companyId = acme});
    w.ws.activities().log({.kind = "call", .subject = "Hi", .contactId = drop});
    w.ws.deals().create({.title = "D", .amount = {1, "USD"}, .contactId = drop});
    w.ws.tickets().open({.subject = "T", .contactId = drop});
    const auto campaign = w.ws.campaigns().create({.name = "C"});
    w.ws.campaigns().addMembers(campaign, {drop});
    w.ws.tags().setTags(tags::Target::Contact, drop, {"VIP"});
    w.ws.contacts().addChannel(drop, "phone", "010-8888 1234", "office");
    const auto field = w.ws.customFields().define("contact", "Shoe size", "number");
    w.ws.customFields().setValue(field, drop, "38");
    return {keep, drop, campaign, field};
}

std::vector<std::string> rows(TestWorld& w, const std::string& sql) {
    std::vector<std::string> out;
    auto stmt = w.ws.database().prepare(sql);
    while (stmt.step()) {
        std::string row;
        for (int c = 0; c < stmt.columnCount(); ++c) row += (c ? "|" : "") + stmt.columnText(c);
        out.push_back(row);
    }
    return out;
}

// Every table a merge touches, whole, for before/after comparison.
std::vector<std::string> everything(TestWorld& w) {
    std::vector<std::string> out;
    for (const char* sql :
         {"SELECT * FROM contacts ORDER BY id", "SELECT * FROM activities ORDER BY id",
          "SELECT * FROM deals ORDER BY id", "SELECT * FROM tickets ORDER BY id",
          "SELECT * FROM campaign_members ORDER BY contact_id",
          "SELECT * FROM contact_tags ORDER BY contact_id, tag_id", "SELECT * FROM contact_channels ORDER BY id",
          "SELECT * FROM custom_values ORDER BY entity_id"})
        for (auto& r : rows(w, sql)) out.push_back(std::string(sql).substr(14, 12) + ": " + r);
    return out;
}
} // namespace

TEST_CASE("undoing a merge brings the merged contact back whole, with its id, links, tags and history") {
    TestWorld w;
    const auto p = twoAnns(w);
    const auto before = everything(w);
    const auto dropHistory = w.ws.audit().history(audit::Entity::Contact, p.drop).size();
    w.advance(TestWorld::kHour);
    const auto merge = w.ws.duplicates().mergeContacts(p.keep, p.drop);
    REQUIRE_FALSE(w.ws.contacts().get(p.drop));
    REQUIRE(everything(w) != before);

    w.advance(TestWorld::kHour);
    w.ws.duplicates().undoMerge(merge);
    CHECK(everything(w) == before);
    CHECK(w.ws.contacts().get(p.drop)->name == "Ann L. 👩‍💼");
    CHECK(w.ws.contacts().get(p.keep)->phone.empty()); // the gap the merge filled is empty again
    // Both are found again, the restored one by its own phone.
    std::vector<std::int64_t> found;
    for (const auto& h : w.ws.search().search("4960000", 5, search::Kind::Contact)) found.push_back(h.id);
    CHECK(found == std::vector<std::int64_t>{p.drop});
    CHECK(w.ws.search().search("ann", 5, search::Kind::Contact).size() == 2);
    // Its history is its own again; the kept one's says the merge was undone.
    CHECK(w.ws.audit().history(audit::Entity::Contact, p.drop).size() == dropHistory);
    const auto kept = timeline::contactTimeline(w.ws, p.keep);
    REQUIRE_FALSE(kept.empty());
    CHECK(kept[0].type == "unmerge");
    CHECK(kept[0].title == "Ann L. 👩‍💼");
    CHECK(w.ws.duplicates().contactPairs(10).size() == 1); // a pair again, to merge another day
}

TEST_CASE("a merge cannot be undone once either record changed; the refusal changes nothing") {
    TestWorld w;
    const auto p = twoAnns(w);
    const auto merge = w.ws.duplicates().mergeContacts(p.keep, p.drop);
    w.ws.contacts().update(p.keep, {.name = "Ann Lee", .email = "ann@example.com", .city = "York"});
    const auto after = everything(w);
    try {
        w.ws.duplicates().undoMerge(merge);
        FAIL("the undo went through");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "merge");
        CHECK(e.problem() == Problem::MergeChanged);
    }
    CHECK(everything(w) == after);
    CHECK_FALSE(w.ws.contacts().get(p.drop));
    CHECK_THROWS_AS(w.ws.duplicates().undoMerge({}), ValidationError);
}
