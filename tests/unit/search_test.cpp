#include "core/search/search_text.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using search::Kind;

namespace {
std::vector<std::string> names(TestWorld& w, const std::string& q, std::optional<Kind> only = std::nullopt) {
    std::vector<std::string> out;
    for (const auto& h : w.ws.search().search(q, 20, only)) out.push_back(h.display);
    return out;
}
bool finds(TestWorld& w, const std::string& q, const std::string& name) {
    for (const auto& n : names(w, q))
        if (n == name) return true;
    return false;
}
} // namespace

TEST_CASE("search text: Chinese characters become single tokens, Latin words stay whole") {
    CHECK(search::indexText("王小明 Wang") == " 王  小  明  Wang");
    CHECK(search::matchExpression("张") == "\"张\"*");
    CHECK(search::matchExpression("小明") == "\"小 明\"*");
    CHECK(search::matchExpression("ann lee") == "\"ann\"* AND \"lee\"*");
    CHECK(search::matchExpression("王Wang") == "\"王\"* AND \"Wang\"*");
    CHECK(search::matchExpression("  ,;  ") == "");
    CHECK(search::matchExpression("say \"hi\"") == "\"say\"* AND \"hi\"*"); // quotes cannot break out
}

TEST_CASE("Chinese search finds 张三 from 张, and 王小明 from 小明") {
    TestWorld w;
    w.contact("张三");
    w.contact("王小明");
    w.contact("李四");
    CHECK(finds(w, "张", "张三"));
    CHECK(finds(w, "张三", "张三"));
    CHECK(finds(w, "小明", "王小明"));
    CHECK_FALSE(finds(w, "明小", "王小明")); // characters must be adjacent and in order
    CHECK(names(w, "李") == std::vector<std::string>{"李四"});
}

TEST_CASE("search as you type: prefixes, accents and emails") {
    TestWorld w;
    w.contact("Ann Lee", "ann.lee@acme.example");
    w.contact("Zoë Ångström");
    w.contact("Annabel Smith");
    CHECK(names(w, "an").size() == 3); // Ann, Annabel, and Ångström with its accent folded
    CHECK(names(w, "ann le") == std::vector<std::string>{"Ann Lee"});
    CHECK(finds(w, "zoe", "Zoë Ångström")); // accents are folded
    CHECK(finds(w, "angst", "Zoë Ångström"));
    CHECK(finds(w, "acme", "Ann Lee")); // email parts are searchable
}

TEST_CASE("search ranks a match in the name above a match in the details, and covers companies, deals and notes") {
    TestWorld w;
    const auto inNotes = w.contact("Bob Brown");
    auto c = *w.ws.contacts().get(inNotes);
    w.ws.contacts().update(inNotes, {.name = c.name, .notes = "met at the Phoenix fair"});
    w.contact("Phoenix Wright");
    w.ws.companies().add({"Phoenix Industries", "phoenix.example"});
    w.ws.deals().create({"Phoenix renewal", {100000, "USD"}});
    w.ws.activities().log(
        {.kind = "note", .subject = "Call notes", .body = "Phoenix wants a discount", .contactId = inNotes});
    const auto hits = w.ws.search().search("phoenix", 10);
    REQUIRE(hits.size() == 5);
    CHECK(hits.back().display == "Bob Brown");
    CHECK(names(w, "phoenix", Kind::Company) == std::vector<std::string>{"Phoenix Industries"});
    CHECK(names(w, "phoenix", Kind::Deal) == std::vector<std::string>{"Phoenix renewal"});
    CHECK(names(w, "discount", Kind::Note) == std::vector<std::string>{"Call notes"});
}

TEST_CASE("deleted records leave the search results and come back on undo") {
    TestWorld w;
    const auto id = w.contact("张伟");
    w.ws.contacts().remove(id);
    CHECK(names(w, "张").empty());
    w.ws.contacts().restore(id);
    CHECK(names(w, "张") == std::vector<std::string>{"张伟"});
}

TEST_CASE("a phone is found from any fragment of its digits, typed with any spacing, and keeps its own formatting") {
    TestWorld w;
    const auto id = w.contact("Li Na", "", "+86 (138) 0013-8000");
    w.contact("Someone Else", "", "+44 20 7946 0958");
    CHECK(w.ws.contacts().get(id)->phone == "+86 (138) 0013-8000");
    CHECK(names(w, "138 0013") == std::vector<std::string>{"Li Na"});
    CHECK(names(w, "13800138") == std::vector<std::string>{"Li Na"});
    CHECK(names(w, "0013-8000") == std::vector<std::string>{"Li Na"});
    CHECK(names(w, "+86 138") == std::vector<std::string>{"Li Na"});
    CHECK(names(w, "7946 0958") == std::vector<std::string>{"Someone Else"});
    CHECK(names(w, "138 7946").empty()); // the digits of two different numbers do not add up
    CHECK(search::matchExpression("138 0013") == "(\"138\"* AND \"0013\"*) OR \"1380013\"*");
    CHECK(search::matchExpression("room 12") == "\"room\"* AND \"12\"*"); // words are not a phone
}

TEST_CASE("an extra phone on a contact is found from a fragment too") {
    TestWorld w;
    const auto id = w.contact("Chen Jie");
    w.ws.contacts().addChannel(id, "phone", "010-8888 1234", "office");
    CHECK(names(w, "8888 12") == std::vector<std::string>{"Chen Jie"});
    CHECK(names(w, "1088881234") == std::vector<std::string>{"Chen Jie"});
}

TEST_CASE("a word typed whole ranks the record holding that word above those where it only starts a word") {
    TestWorld w;
    for (const char* name : {"Annabel Ng", "Annette Ng", "Ann Ng", "Annika Ng"}) w.contact(name);
    CHECK(names(w, "ann").at(0) == "Ann Ng");
    CHECK(names(w, "ann ng").at(0) == "Ann Ng");
    CHECK(names(w, "anne").size() == 1); // still a prefix search: Annette
    CHECK(search::rankingExpression("ann ng") == "(\"ann\"* AND \"ng\"*) OR (\"ann\" AND \"ng\")");
    CHECK(search::rankingExpression(" ").empty());
}
