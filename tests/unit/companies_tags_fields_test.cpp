#include "core/common/validation_error.h"
#include "core/companies/company_service.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("a company's domain is taken from a pasted URL or email address") {
    CHECK(companies::normalisedDomain("https://www.Example.com/about?x=1") == "example.com");
    CHECK(companies::normalisedDomain("sales@Acme.co.uk") == "acme.co.uk");
    CHECK(companies::normalisedDomain("  ") == "");
    TestWorld w;
    const auto id = w.ws.companies().add({"上海贸易有限公司", "http://shtrade.cn"});
    CHECK(w.ws.companies().get(id)->domain == "shtrade.cn");
    CHECK_THROWS_WITH_AS(w.ws.companies().add({"Bad", "not a domain"}), "domain: needs to look like example.com",
                         ValidationError);
    CHECK_THROWS_WITH_AS(w.ws.companies().add({" "}), "name: is required", ValidationError);
}

TEST_CASE("companies can be edited, deleted with undo, searched, and purged") {
    TestWorld w;
    const auto id = w.ws.companies().add({"Acme", "acme.example", "Retail"});
    w.ws.companies().update(id, {"Acme Ltd", "acme.example", "Retail", "", "", "Leeds"});
    CHECK(w.ws.audit().history(audit::Entity::Company, id)[0].changes["name"] ==
          nlohmann::ordered_json::array({"Acme", "Acme Ltd"}));
    CHECK(w.ws.companies().list(10, 0, "acm").size() == 1);
    w.ws.companies().remove(id);
    CHECK(w.ws.companies().count() == 0);
    w.ws.companies().restore(id);
    CHECK(w.ws.companies().count() == 1);
    const auto person = w.ws.contacts().add({.name = "Worker", .companyId = id});
    w.ws.companies().purge(id);
    CHECK_FALSE(w.ws.contacts().get(person)->companyId);
}

TEST_CASE("tags are shared, case-insensitive, and counted over live records") {
    TestWorld w;
    const auto a = w.contact("A"), b = w.contact("B");
    const auto co = w.ws.companies().add({"Co"});
    w.ws.tags().setTags(tags::Target::Contact, a, {"VIP", " vip ", "", "客户"});
    w.ws.tags().addTag(tags::Target::Contact, {b}, "Vip");
    w.ws.tags().addTag(tags::Target::Company, {co}, "VIP");
    CHECK(w.ws.tags().tagsOf(tags::Target::Contact, a) == std::vector<std::string>{"VIP", "客户"});
    w.ws.contacts().remove(b);
    const auto all = w.ws.tags().allTags();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "VIP");
    CHECK(all[0].uses == 2);
    CHECK(w.ws.tags().names() == std::vector<std::string>{"VIP", "客户"});
    w.ws.tags().removeTag(tags::Target::Contact, {a}, "vip");
    CHECK(w.ws.tags().tagsOf(tags::Target::Contact, a) == std::vector<std::string>{"客户"});
}

TEST_CASE("custom fields check values against their kind and name the field when refusing") {
    TestWorld w;
    const auto c = w.contact("A");
    auto& f = w.ws.customFields();
    const auto size = f.define("contact", "Team size", "number");
    const auto since = f.define("contact", "Customer since", "date");
    const auto tier = f.define("contact", "Tier", "choice", {"Gold", "Silver"});
    f.setValue(size, c, "12");
    f.setValue(since, c, "2024-02-29");
    f.setValue(tier, c, "Gold");
    CHECK(f.value(size, c) == "12");
    CHECK_THROWS_WITH_AS(f.setValue(size, c, "twelve"), "Team size: must be a number like 1234.50", ValidationError);
    CHECK_THROWS_WITH_AS(f.setValue(since, c, "2023-02-29"), "Customer since: must be a date like 2026-03-31",
                         ValidationError);
    CHECK_THROWS_WITH_AS(f.setValue(tier, c, "Bronze"), "Tier: must be one of its choices", ValidationError);
    f.setValue(tier, c, "");
    CHECK_FALSE(f.value(tier, c));
    CHECK_THROWS_AS(f.define("contact", "Tier", "text"), ValidationError);
    CHECK_THROWS_AS(f.define("contact", "Empty choice", "choice"), ValidationError);
    CHECK(f.fields("contact").size() == 3);
}

TEST_CASE("settings are remembered in the database and can be changed") {
    TestWorld w;
    CHECK(w.ws.settings().get("language", "en") == "en");
    w.ws.settings().set("language", "zh");
    w.ws.settings().set("language", "zh-CN");
    CHECK(w.ws.settings().get("language", "en") == "zh-CN");
}

TEST_CASE("companies sort by any column and are deleted and restored together") {
    TestWorld w;
    auto& co = w.ws.companies();
    const auto a = co.add({.name = "Acme", .domain = "zeta.example", .city = "Paris"});
    const auto b = co.add({.name = "Beta", .domain = "alpha.example", .city = "Oslo"});
    co.add({.name = "Gamma", .domain = "mid.example", .city = "Lima"});
    companies::CompanyQuery q;
    q.sort = companies::CompanySort::Domain;
    CHECK(co.list(q).at(0).name == "Beta");
    q.sort = companies::CompanySort::City;
    q.descending = true;
    CHECK(co.list(q).at(0).name == "Acme");
    co.removeMany({a, b});
    CHECK(co.count() == 1);
    CHECK(co.count("acme") == 0);
    co.restoreMany({a, b});
    CHECK(co.count() == 3);
    CHECK(co.count("acme") == 1);
}

TEST_CASE("companies filter by tag, industry and city (any case), together with a search") {
    TestWorld w;
    auto& co = w.ws.companies();
    const auto acme = co.add({.name = "Acme", .industry = "Retail", .city = "Paris"});
    const auto beta = co.add({.name = "Beta", .industry = "Tech", .city = "paris"});
    co.add({.name = "长城科技", .industry = "Tech", .city = "北京"});
    w.ws.tags().addTag(tags::Target::Company, {acme, beta}, "Key account");
    const auto names = [&](const companies::CompanyQuery& q) {
        std::vector<std::string> out;
        for (const auto& c : co.list(q)) out.push_back(c.name);
        CHECK(co.count(q) == static_cast<std::int64_t>(out.size()));
        return out;
    };
    companies::CompanyQuery q;
    q.city = "PARIS";
    CHECK(names(q) == std::vector<std::string>{"Acme", "Beta"});
    q.industry = "Tech";
    CHECK(names(q) == std::vector<std::string>{"Beta"});
    q = {};
    q.tag = "key account"; // tags are case-insensitive
    CHECK(names(q) == std::vector<std::string>{"Acme", "Beta"});
    q.search = "bet";
    CHECK(names(q) == std::vector<std::string>{"Beta"});
    q = {};
    q.city = "北京";
    CHECK(names(q) == std::vector<std::string>{"长城科技"});
    CHECK(co.industries() == std::vector<std::string>{"Retail", "Tech"});
}

TEST_CASE("of a selection, only the companies that still exist stay live") {
    Workspace ws(":memory:", [] { return std::int64_t{1'700'000'000'000}; });
    const auto acme = ws.companies().add({.name = "Acme"});
    const auto globex = ws.companies().add({.name = "Globex"});
    const auto initech = ws.companies().add({.name = "Initech"});
    ws.companies().remove(globex);
    ws.duplicates().mergeCompanies(acme, initech);
    CHECK(ws.companies().liveIds({initech, globex, acme}) == std::vector<std::int64_t>{acme});
}
