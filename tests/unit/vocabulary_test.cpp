// Each vocabulary is defined once (core/vocab) and the schema's CHECK constraints must hold the
// same codes: a code added to one and not the other fails here, not in a user's import.
#include "core/common/problem.h"
#include "core/common/validation_error.h"
#include "core/vocab/crm_vocabularies.h"
#include "test_world.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

using namespace satchel;

namespace {
// The codes a column's CHECK (column IN (...)) allows, read from the migrated schema.
std::set<std::string> checkedCodes(db::Database& db, const std::string& table, const std::string& column) {
    auto stmt = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
    stmt.bind(1, table);
    REQUIRE(stmt.step());
    const std::string sql = stmt.columnText(0);
    const std::regex check("\\b" + column + "\\s+IN\\s*\\(([^)]*)\\)");
    std::smatch m;
    REQUIRE_MESSAGE(std::regex_search(sql, m, check), table << "." << column << " has no CHECK list");
    std::set<std::string> codes;
    const std::string list = m[1];
    const std::regex quoted("'([^']*)'");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), quoted); it != std::sregex_iterator(); ++it)
        codes.insert((*it)[1]);
    return codes;
}

std::set<std::string> codesOf(const vocab::Vocabulary& v) {
    std::set<std::string> codes;
    for (const auto& t : v.terms()) codes.insert(std::string(t.code));
    return codes;
}
} // namespace

TEST_CASE("the schema's CHECK constraints allow exactly each vocabulary's codes") {
    TestWorld w;
    auto& db = w.ws.database();
    struct Column {
        const char* table;
        const char* column;
        const vocab::Vocabulary& vocabulary;
    };
    const Column columns[] = {
        {"contacts", "lifecycle", vocab::kLifecycle},
        {"deals", "status", vocab::kDealStatus},
        {"deal_stage_history", "to_status", vocab::kDealStatus},
        {"tickets", "status", vocab::kTicketStatus},
        {"tickets", "priority", vocab::kTicketPriority},
        {"tickets", "channel", vocab::kTicketChannel},
        {"activities", "kind", vocab::kActivityKind},
        {"activities", "priority", vocab::kActivityPriority},
        {"campaign_members", "status", vocab::kMemberStatus},
        {"orders", "status", vocab::kOrderStatus},
        {"custom_fields", "entity", vocab::kFieldEntity},
        {"custom_fields", "kind", vocab::kFieldKind},
        {"contact_channels", "kind", vocab::kChannelKind},
    };
    std::set<const vocab::Vocabulary*> covered;
    for (const Column& c : columns) {
        CAPTURE(c.table);
        CAPTURE(c.column);
        CHECK(checkedCodes(db, c.table, c.column) == codesOf(c.vocabulary));
        covered.insert(&c.vocabulary);
    }
    // Every vocabulary is stored somewhere the schema guards.
    CHECK(covered.size() == vocab::all().size());
}

TEST_CASE("a vocabulary knows its codes, their order, English names and translation keys") {
    CHECK(vocab::kLifecycle.contains("customer"));
    CHECK_FALSE(vocab::kLifecycle.contains("Customer"));
    CHECK(vocab::kLifecycle.index(vocab::lifecycle::kChurned) == 3);
    CHECK(vocab::kLifecycle.english(vocab::lifecycle::kProspect) == "Prospect");
    CHECK(vocab::kLifecycle.translationKey(vocab::lifecycle::kLead) == "lifecycle.lead");
    CHECK(vocab::kLifecycle.listed() == "lead, prospect, customer or churned");
    CHECK(vocab::kDealStatus.sqlList() == "'open', 'won', 'lost'");
    std::set<std::string> names;
    for (const auto* v : vocab::all()) {
        CHECK(names.insert(std::string(v->name())).second); // translation keys never collide
        std::set<std::string> codes;
        for (const auto& t : v->terms()) {
            CHECK(codes.insert(std::string(t.code)).second);
            CHECK_FALSE(t.english.empty());
        }
    }
}

TEST_CASE("the ticket workflow and the predicates derive from the vocabulary") {
    using namespace vocab::ticket_status;
    for (const auto& t : vocab::kTicketStatus.terms()) {
        CHECK(isUnresolved(t.code) != isDone(t.code));
        for (std::string_view next : nextStatuses(t.code)) CHECK(vocab::kTicketStatus.contains(next));
    }
    CHECK(nextStatuses(kClosed).empty());
    CHECK(unresolvedSqlList() == "'new', 'open', 'waiting'");
    CHECK(vocab::deal_status::isClosed(vocab::deal_status::kWon));
    CHECK_FALSE(vocab::deal_status::isClosed(vocab::deal_status::kOpen));
}

TEST_CASE("validation errors carry a code, a field and parameters; the English fills the template") {
    TestWorld w;
    try {
        w.ws.contacts().add({.name = "Ann", .lifecycle = "vip"});
        FAIL("a lifecycle outside the vocabulary was stored");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "lifecycle");
        CHECK(e.problem() == Problem::NotOneOf);
        CHECK(problemCode(e.problem()) == "not_one_of");
        CHECK(e.reason() == "must be lead, prospect, customer or churned");
        CHECK(std::string(e.what()) == "lifecycle: must be lead, prospect, customer or churned");
    }
    try {
        w.ws.deals().markWon(424242);
        FAIL("a missing deal was marked won");
    } catch (const ValidationError& e) {
        CHECK(e.problem() == Problem::NotFound);
        CHECK(e.params() == std::vector<std::string>{"deal", "424242"});
        CHECK(e.reason() == "no deal with id 424242");
    }
    // Codes are unique and the table is in enum order (problemCode indexes it).
    std::set<std::string> codes;
    int i = 0;
    for (Problem p : allProblems()) {
        CHECK(static_cast<int>(p) == i++);
        CHECK(codes.insert(std::string(problemCode(p))).second);
    }
    CHECK(fillTemplate("{0} is priced in {1}, the order in {2}", {"Pen", "USD", "CNY"}) ==
          "Pen is priced in USD, the order in CNY");
    CHECK(fillTemplate("no {0} with id {1}", {"deal"}) == "no deal with id {1}");
}
