#include "core/common/validation_error.h"
#include "core/db/migrations.h"
#include "core/schema/schema.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

namespace {
std::vector<std::string> names(const std::vector<team::Member>& members) {
    std::vector<std::string> out;
    for (const auto& m : members) out.push_back(m.name);
    return out;
}
} // namespace

TEST_CASE("the team lists its members by name; one of them is me; a name is not taken twice") {
    TestWorld w;
    auto& t = w.ws.team();
    const auto tom = t.add("Tom Berg", "tom@example.com");
    const auto wang = t.add(" 王芳 ", "");
    CHECK(names(t.members()) == std::vector<std::string>{"Tom Berg", "王芳"});
    CHECK_FALSE(t.me());
    t.setMe(tom);
    CHECK(t.me()->name == "Tom Berg");
    t.setMe(wang);
    CHECK(t.me()->id == wang);
    CHECK(t.members()[0].me == false);
    CHECK_THROWS_WITH_AS(t.add("Tom Berg", ""), "name: 'Tom Berg' is already in the team", ValidationError);
    CHECK_THROWS_AS(t.add("  ", ""), ValidationError);
    CHECK_THROWS_AS(t.update(tom, "王芳", ""), ValidationError);
}

TEST_CASE("renaming a member renames them on every contact, deal and ticket they own; leaving keeps the name there") {
    TestWorld w;
    auto& t = w.ws.team();
    const auto wang = t.add("王芳", "");
    const auto contact = w.ws.contacts().add({.name = "Ana", .owner = "王芳"});
    const auto other = w.ws.contacts().add({.name = "Bo", .owner = "Sam"});
    const auto deal = w.ws.deals().create({.title = "Pilot", .amount = {1, "USD"}, .owner = "王芳"});
    const auto ticket = w.ws.tickets().open({.subject = "Refund", .contactId = contact, .assignee = "王芳"});
    t.update(wang, "Wang Fang", "fang@example.com");
    CHECK(w.ws.contacts().get(contact)->owner == "Wang Fang");
    CHECK(w.ws.contacts().get(other)->owner == "Sam");
    CHECK(w.ws.deals().get(deal)->owner == "Wang Fang");
    CHECK(w.ws.tickets().get(ticket)->assignee == "Wang Fang");

    t.remove(wang);
    CHECK(t.members().empty());
    CHECK(w.ws.contacts().get(contact)->owner == "Wang Fang");
    // Added again, the same member comes back.
    CHECK(t.add("Wang Fang", "") == wang);
}

TEST_CASE("a ticket is assigned and reassigned; the change is in its history") {
    TestWorld w;
    const auto id = w.ws.tickets().open({.subject = "Login fails"});
    CHECK(w.ws.tickets().get(id)->assignee.empty());
    const auto before = w.ws.audit().history(audit::Entity::Ticket, id).size();
    w.ws.tickets().assign(id, "Priya");
    CHECK(w.ws.tickets().get(id)->assignee == "Priya");
    CHECK(w.ws.audit().history(audit::Entity::Ticket, id).size() == before + 1);
    w.ws.tickets().assign(id, "");
    CHECK(w.ws.tickets().get(id)->assignee.empty());
    CHECK_THROWS_AS(w.ws.tickets().assign(999, "Priya"), ValidationError);
}

TEST_CASE("upgrading a database makes the owners its records already name members of the team") {
    db::Database db(":memory:");
    REQUIRE(db::migrate(db, schema::migrations().first(7)) == 7);
    db.execScript(R"sql(
INSERT INTO contacts (name, owner, created_at, updated_at) VALUES ('Ann', 'mei', 1, 1), ('Bo', ' li ', 1, 1), ('Cy', '', 1, 1);
INSERT INTO deals (title, amount_minor, currency, stage_id, owner, created_at, updated_at) VALUES ('D', 1, 'USD', 1, 'sam', 1, 1);
)sql");
    db::migrate(db, schema::migrations());
    auto stmt = db.prepare("SELECT group_concat(name, ',') FROM (SELECT name FROM users ORDER BY name)");
    REQUIRE(stmt.step());
    CHECK(stmt.columnText(0) == "li,mei,sam");
}
