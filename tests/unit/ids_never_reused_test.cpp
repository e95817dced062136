// A record that is gone for good keeps its id: the next record gets a new one, so nothing that
// still names the old id (its audit history above all) turns up on a stranger. And a merge hands
// the dropped record's history to the one that survives it.
#include "core/timeline/contact_timeline.h"
#include "test_world.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace satchel;

namespace {
std::int64_t largestContactIdEver(TestWorld& w) {
    auto stmt = w.ws.database().prepare("SELECT max(entity_id) FROM audit_log WHERE entity = 'contact'");
    REQUIRE(stmt.step());
    return stmt.columnInt64(0);
}

// The history entries on a contact's timeline, newest first, as their audit actions.
std::vector<std::string> historyActions(TestWorld& w, std::int64_t contactId) {
    std::vector<std::string> out;
    for (const auto& e : timeline::contactTimeline(w.ws, contactId))
        if (e.kind == timeline::Kind::History) out.push_back(e.type);
    return out;
}

bool historyHas(const std::vector<audit::AuditEntry>& history, const std::string& action, const std::string& field,
                const nlohmann::ordered_json& value) {
    return std::any_of(history.begin(), history.end(), [&](const audit::AuditEntry& e) {
        return e.action == action && e.changes.contains(field) && e.changes[field] == value;
    });
}
} // namespace

TEST_CASE("a contact added after the highest one was merged away gets a new id and a clean timeline") {
    TestWorld w;
    const auto keep = w.contact("Ann Lee", "ann@example.com");
    const auto drop = w.contact("Ann L.", "ann@example.com");
    w.ws.activities().log({.kind = "call", .subject = "Hi", .contactId = drop});
    w.ws.duplicates().mergeContacts(keep, drop);

    const auto usedBefore = largestContactIdEver(w);
    CHECK(usedBefore == drop);
    const auto next = w.contact("Bob Stranger");
    CHECK(next > usedBefore);
    CHECK(historyActions(w, next) == std::vector<std::string>{"insert"});
    CHECK(timeline::contactTimeline(w.ws, next).size() == 1);
    // The dropped id still says where the record went.
    const auto gone = w.ws.audit().history(audit::Entity::Contact, drop);
    REQUIRE(gone.size() == 1);
    CHECK(gone[0].action == "merged_into");
    CHECK(gone[0].changes["into"] == keep);
}

TEST_CASE("a contact added after the highest one was purged gets a new id and a clean timeline") {
    TestWorld w;
    w.contact("First");
    const auto doomed = w.contact("Doomed");
    w.ws.contacts().update(doomed, {.name = "Doomed", .city = "Oslo"});
    w.ws.contacts().remove(doomed);
    w.ws.contacts().purge(doomed);

    const auto next = w.contact("Newcomer");
    CHECK(next == doomed + 1);
    CHECK(historyActions(w, next) == std::vector<std::string>{"insert"});
    // What the purged record went through stays under its own id, with no living record on it.
    CHECK(historyActions(w, doomed) == std::vector<std::string>{"purge", "delete", "update", "insert"});
    CHECK_FALSE(w.ws.contacts().get(doomed));
}

TEST_CASE("ids of companies, pipeline stages, activities and channels are not reused either") {
    TestWorld w;
    const auto keepCo = w.ws.companies().add({"Keep Co", "keep.example"});
    const auto dropCo = w.ws.companies().add({"Keep Co Ltd", "keep.example"});
    w.ws.duplicates().mergeCompanies(keepCo, dropCo);
    CHECK(w.ws.companies().add({"Other"}) > dropCo);

    const auto stage = w.ws.pipeline().addStage("Short-lived", 40);
    w.ws.pipeline().removeStage(stage);
    CHECK(w.ws.pipeline().addStage("Next", 50) > stage);

    // Hard deletes by cascade: a contact's activities and channels go with it.
    const auto person = w.contact("Person");
    const auto call = w.ws.activities().log({.kind = "call", .subject = "Hi", .contactId = person});
    const auto channel = w.ws.contacts().addChannel(person, "email", "p@example.com");
    w.ws.contacts().purge(person);
    const auto other = w.contact("Other");
    CHECK(w.ws.activities().log({.kind = "call", .subject = "Hi", .contactId = other}) > call);
    CHECK(w.ws.contacts().addChannel(other, "email", "o@example.com") > channel);
}

TEST_CASE("after a merge the kept contact's history includes the dropped one's earlier entries") {
    TestWorld w;
    const auto keep = w.contact("Ann Lee", "ann@example.com");
    w.advance(TestWorld::kHour);
    const auto drop = w.contact("Ann L.", "ann@example.com");
    w.advance(TestWorld::kHour);
    w.ws.contacts().update(drop, {.name = "Ann L.", .email = "ann@example.com", .city = "Leeds"});
    w.advance(TestWorld::kHour);
    w.ws.duplicates().mergeContacts(keep, drop);

    const auto history = w.ws.audit().history(audit::Entity::Contact, keep);
    std::vector<std::string> actions;
    for (const auto& e : history) actions.push_back(e.action);
    // Newest first: the merge (the kept record's filled fields, then what was merged), then both
    // records' pasts in the order they happened.
    CHECK(actions == std::vector<std::string>{"merge", "merge", "update", "insert", "insert"});
    CHECK(historyHas(history, "update", "city", nlohmann::ordered_json{"", "Leeds"}));
    CHECK(historyHas(history, "insert", "name", nlohmann::ordered_json{nullptr, "Ann L."}));
    CHECK(historyHas(history, "insert", "name", nlohmann::ordered_json{nullptr, "Ann Lee"}));
    CHECK(historyHas(history, "merge", "merged_from", drop));
    // The timeline reads the same history: the dropped record's change shows on the kept one.
    CHECK(historyActions(w, keep) == actions);
}

TEST_CASE("after a merge the kept company's history includes the dropped one's earlier entries") {
    TestWorld w;
    const auto keep = w.ws.companies().add({"Acme Ltd", "acme.example"});
    const auto drop = w.ws.companies().add({"ACME", "acme.example", "Retail"});
    w.ws.duplicates().mergeCompanies(keep, drop);

    const auto history = w.ws.audit().history(audit::Entity::Company, keep);
    CHECK(historyHas(history, "insert", "name", nlohmann::ordered_json{nullptr, "ACME"}));
    CHECK(historyHas(history, "merge", "merged_from", drop));
    const auto gone = w.ws.audit().history(audit::Entity::Company, drop);
    REQUIRE(gone.size() == 1);
    CHECK(gone[0].action == "merged_into");
}
