// A contact's history on its timeline carries what changed, field by field, with the values
// before and after, so the UI can say "Phone changed from … to …", "Tag “VIP” added", "Merged
// with Ann Lee (work)" (issue 11, item 9).
#include "core/timeline/contact_timeline.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using timeline::FieldChange;

namespace {
// The history entries, oldest first.
std::vector<timeline::Entry> history(TestWorld& w, std::int64_t id) {
    std::vector<timeline::Entry> out;
    for (const auto& e : timeline::contactTimeline(w.ws, id))
        if (e.kind == timeline::Kind::History) out.insert(out.begin(), e);
    return out;
}
} // namespace

TEST_CASE("field edits, tags and extra phones are on the timeline with their values before and after") {
    TestWorld w;
    const auto ana = w.contact("Ana Müller 😀", "ana@example.com", "+49 30 1234567");
    w.advance(TestWorld::kHour);
    w.ws.contacts().update(
        ana, {.name = "Ana Müller 😀", .email = "ana@example.com", .phone = "+49 30 7654321", .lifecycle = "customer"});
    w.advance(TestWorld::kHour);
    w.ws.tags().setTags(tags::Target::Contact, ana, {"VIP", "展会"});
    w.advance(TestWorld::kHour);
    w.ws.tags().setTags(tags::Target::Contact, ana, {"展会"});
    w.advance(TestWorld::kHour);
    w.ws.tags().addTag(tags::Target::Contact, {ana}, "展会"); // already there: nothing happened
    w.ws.tags().addTag(tags::Target::Contact, {ana}, "Partner");
    w.advance(TestWorld::kHour);
    const auto channel = w.ws.contacts().addChannel(ana, "phone", "010-8888 1234", "office");
    w.advance(TestWorld::kHour);
    w.ws.contacts().removeChannel(channel);

    const auto h = history(w, ana);
    REQUIRE(h.size() == 7);
    CHECK(h[0].type == "insert");
    CHECK(h[0].changes.empty());
    CHECK(h[1].changes ==
          std::vector<FieldChange>{{"phone", "+49 30 1234567", "+49 30 7654321"}, {"lifecycle", "lead", "customer"}});
    CHECK(h[2].changes == std::vector<FieldChange>{{"tag", "", "VIP"}, {"tag", "", "展会"}});
    CHECK(h[3].changes == std::vector<FieldChange>{{"tag", "VIP", ""}});
    CHECK(h[4].changes == std::vector<FieldChange>{{"tag", "", "Partner"}});
    CHECK(h[5].changes == std::vector<FieldChange>{{"other_phone", "", "010-8888 1234"}});
    CHECK(h[6].changes == std::vector<FieldChange>{{"other_phone", "010-8888 1234", ""}});
}

TEST_CASE("a merge is on the kept contact's timeline with the merged contact's name, and the gaps it filled") {
    TestWorld w;
    const auto keep = w.contact("Ann Lee", "ann@example.com");
    const auto drop = w.contact("Ann Lee (work)", "ANN@example.com", "+44 113 496 0000");
    w.advance(TestWorld::kHour);
    w.ws.duplicates().mergeContacts(keep, drop);
    const auto h = history(w, keep);
    // Both creations (the dropped one's history moved here), the filled phone, and the merge.
    REQUIRE(h.size() == 4);
    CHECK(h[0].type == "insert");
    CHECK(h[1].type == "insert");
    CHECK(h[2].type == "merge");
    CHECK(h[2].changes == std::vector<FieldChange>{{"phone", "", "+44 113 496 0000"}});
    CHECK(h[3].type == "merge");
    CHECK(h[3].title == "Ann Lee (work)");
    CHECK(h[3].changes.empty());
}

TEST_CASE("a company link reads as the company's name, set and cleared") {
    TestWorld w;
    const auto acme = w.ws.companies().add({"Acme 株式会社"});
    const auto ann = w.contact("Ann");
    w.ws.contacts().update(ann, {.name = "Ann", .companyId = acme});
    w.ws.contacts().update(ann, {.name = "Ann"});
    auto h = history(w, ann);
    REQUIRE(h.size() == 3);
    CHECK(h[1].changes == std::vector<FieldChange>{{"company", "", "Acme 株式会社"}});
    CHECK(h[2].changes == std::vector<FieldChange>{{"company", "Acme 株式会社", ""}});
}
