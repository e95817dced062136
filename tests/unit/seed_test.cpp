#include "core/seed/seed.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

namespace {
std::int64_t scalar(Workspace& ws, const char* sql) {
    auto s = ws.database().prepare(sql);
    s.step();
    return s.columnInt64(0);
}
std::string text(Workspace& ws, const char* sql) {
    auto s = ws.database().prepare(sql);
    s.step();
    return s.columnText(0);
}
} // namespace

TEST_CASE("the same seed gives the same data, natively and in wasm alike") {
    TestWorld a;
    const auto r = seed::run(a.ws, {.contacts = 300, .seed = 7});
    CHECK(r.contacts == 300);
    CHECK(r.companies == 15);
    CHECK(r.deals == 60);
    // Fixed values: the generator uses no platform-dependent randomness or floating point.
    CHECK(scalar(a.ws, "SELECT sum(created_at % 1000003) FROM contacts") == 139331675);
    CHECK(text(a.ws, "SELECT min(name) FROM contacts") == "Amanda Kowalski");
    CHECK(text(a.ws, "SELECT max(email) FROM contacts") == "zo.thomas257@example.com");
    CHECK(scalar(a.ws, "SELECT sum(amount_minor) FROM deals") == 654128100);
    CHECK(scalar(a.ws, "SELECT sum(status = 'won') FROM deals") == 22);
    // One per table the generator fills, so a divergence anywhere in its sequence is caught.
    CHECK(scalar(a.ws, "SELECT sum(length(name)) FROM contacts") == 2717);
    CHECK(scalar(a.ws, "SELECT sum(quantity) FROM order_lines") == 498);
    CHECK(scalar(a.ws, "SELECT count(*) FROM order_lines") == 165);
    CHECK(scalar(a.ws, "SELECT sum(created_at % 1000003) FROM tickets") == 16009090);
    CHECK(scalar(a.ws, "SELECT count(*) FROM campaign_members") == 36);

    TestWorld b;
    seed::run(b.ws, {.contacts = 300, .seed = 8});
    CHECK(scalar(b.ws, "SELECT sum(created_at % 1000003) FROM contacts") != 139331675);
}

TEST_CASE("seeded data is consistent: valid links, ordered stage history, searchable Chinese names") {
    TestWorld w;
    seed::run(w.ws, {.contacts = 2000, .seed = 1});
    CHECK(text(w.ws, "PRAGMA integrity_check") == "ok");
    CHECK(scalar(w.ws, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    // Every deal's history starts open in a stage and never goes back in time.
    CHECK(scalar(w.ws, "SELECT count(*) FROM deal_stage_history h JOIN deal_stage_history p ON p.deal_id = h.deal_id "
                       "AND p.id < h.id WHERE p.changed_at > h.changed_at") == 0);
    CHECK(scalar(w.ws, "SELECT count(*) FROM deals d WHERE status <> 'open' AND closed_at IS NULL") == 0);
    CHECK(scalar(w.ws, "SELECT count(*) FROM deals WHERE status = 'lost' AND lost_reason = ''") == 0);
    CHECK(scalar(w.ws, "SELECT count(DISTINCT status) FROM deals") == 3);
    CHECK(scalar(w.ws, "SELECT count(*) FROM contacts WHERE name GLOB '*[一-龥]*'") > 100);
    CHECK(!w.ws.search().search("张", 5).empty());
    CHECK(!w.ws.duplicates().contactPairs(5).empty()); // a few people are entered twice on purpose
    const auto f = w.ws.dashboard().figures(seed::Options{}.now, "USD");
    CHECK(f.winRate > 0.3);
    CHECK(f.winRate < 0.8);
    CHECK(f.openPipelineMinor > 0);
}
