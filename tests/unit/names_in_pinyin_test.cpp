// Lists of names in the reader's language: pinyin order in Chinese, the case-insensitive order in
// English, on every list that sorts by name, read from an index, and on every connection.
#include "core/common/pinyin_order.h"
#include "core/db/migrations.h"
#include "core/schema/schema.h"
#include "test_world.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace satchel;
using contacts::ContactQuery;
using contacts::ContactSort;
using Names = std::vector<std::string>;

namespace {

const Names kPeople{"张伟", "李娜", "王芳", "Anna", "安娜", "bob", "白雪", "赵", "😀 Smile"};
const Names kPinyinOrder{"Anna", "安娜", "bob", "白雪", "李娜", "王芳", "张伟", "赵", "😀 Smile"};
// SQLite's NOCASE: ASCII without case, then the bytes of the UTF-8 text.
const Names kCaseInsensitiveOrder{"Anna", "bob", "安娜", "张伟", "李娜", "王芳", "白雪", "赵", "😀 Smile"};

struct People : TestWorld {
    explicit People(const char* language) {
        ws.setNameCollation(nameCollationFor(language));
        for (const auto& name : kPeople) contact(name);
    }
    Names list(ContactQuery q) {
        Names out;
        for (const auto& c : ws.contacts().list(q).rows) out.push_back(c.name);
        return out;
    }
    // The whole list a page of `size` at a time, each page continued from the last row (scrolling).
    Names scrolled(int size, bool descending) {
        ContactQuery q;
        q.limit = size;
        q.descending = descending;
        q.withTotal = false;
        Names out;
        for (;;) {
            const auto page = ws.contacts().list(q);
            for (const auto& c : page.rows) out.push_back(c.name);
            if (!page.next) return out;
            q.after = page.next;
        }
    }
};

Names reversed(Names names) { return Names(names.rbegin(), names.rend()); }

// Counts the sorts SQLite ran for statements reading the contacts table: an ORDER BY that no index
// answers shows up as one.
struct SortCounter {
    explicit SortCounter(db::Database& db) : handle(db.handle()) {
        sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, &SortCounter::onProfile, this);
    }
    ~SortCounter() { sqlite3_trace_v2(handle, 0, nullptr, nullptr); }
    static int onProfile(unsigned, void* self, void* stmt, void*) {
        auto* statement = static_cast<sqlite3_stmt*>(stmt);
        const std::string sql = sqlite3_sql(statement);
        if (sql.find("FROM contacts") != std::string::npos)
            static_cast<SortCounter*>(self)->sorts += sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_SORT, 0);
        return 0;
    }
    sqlite3* handle;
    int sorts = 0;
};

} // namespace

TEST_CASE("in Chinese, contacts are listed by pinyin under A-Z, Latin and Han names interleaved by letter") {
    People w("zh-CN");
    CHECK(w.list({}) == kPinyinOrder);
    ContactQuery down;
    down.descending = true;
    CHECK(w.list(down) == reversed(kPinyinOrder));
    // Scrolling continues each page from the last name shown, in both directions.
    CHECK(w.scrolled(2, false) == kPinyinOrder);
    CHECK(w.scrolled(2, true) == reversed(kPinyinOrder));
    // A page reached by jumping (the scrollbar) starts at the same place.
    ContactQuery jump;
    jump.offset = 4;
    jump.limit = 2;
    CHECK(w.list(jump) == Names{"李娜", "王芳"});
}

TEST_CASE("in English, contacts keep the case-insensitive order they always had") {
    People w("en");
    CHECK(w.list({}) == kCaseInsensitiveOrder);
    CHECK(w.scrolled(2, false) == kCaseInsensitiveOrder);
    CHECK(w.scrolled(3, true) == reversed(kCaseInsensitiveOrder));
}

TEST_CASE("switching the language re-orders the lists and tells the screens to read them again") {
    People w("en");
    const auto before = w.ws.changeCount();
    w.ws.setNameCollation(NameCollation::Pinyin);
    CHECK(w.ws.changeCount() != before);
    CHECK(w.list({}) == kPinyinOrder);
    const auto same = w.ws.changeCount();
    w.ws.setNameCollation(NameCollation::Pinyin); // no change: nothing to read again
    CHECK(w.ws.changeCount() == same);
    w.ws.setNameCollation(NameCollation::CaseInsensitive);
    CHECK(w.list({}) == kCaseInsensitiveOrder);
}

TEST_CASE("in Chinese, a letter typed alone in search finds the names filed under it, Han ones by their initial") {
    People w("zh-CN");
    w.contact("Zoë");
    ContactQuery q;
    q.filter.search = "z";
    CHECK(w.list(q) == Names{"Zoë", "张伟", "赵"});
    CHECK(w.ws.contacts().list(q).total == 3);
    q.filter.search = "B";
    CHECK(w.list(q) == Names{"bob", "白雪"});
    w.ws.setNameCollation(NameCollation::CaseInsensitive);
    q.filter.search = "z";
    CHECK(w.list(q) == Names{"Zoë"});
}

TEST_CASE("search results in name order follow pinyin in Chinese") {
    // By their bytes 王 (E7 8E 8B) comes before 白 (E7 99 BD); by pinyin bái comes before wáng.
    People w("zh-CN");
    w.contact("王伟");
    w.contact("白伟");
    ContactQuery q;
    q.filter.search = "伟";
    CHECK(w.list(q) == Names{"白伟", "王伟", "张伟"});
    w.ws.setNameCollation(NameCollation::CaseInsensitive);
    CHECK(w.list(q) == Names{"张伟", "王伟", "白伟"});
}

TEST_CASE("companies, the team, products and campaign members are listed by pinyin in Chinese") {
    TestWorld w;
    for (const char* name : {"阿里巴巴", "百度", "腾讯", "Apple", "字节跳动"}) w.ws.companies().add({name});
    for (const char* name : {"王芳", "白雪", "Anna"}) w.ws.team().add(name, "");
    for (const char* name : {"红茶", "Americano", "抹茶"}) w.ws.orders().addProduct(name, name, {100, "USD"});
    const auto campaign = w.ws.campaigns().create({.name = "春节"});
    std::vector<std::int64_t> members;
    for (const char* name : {"王芳", "白雪", "Anna"}) members.push_back(w.contact(name));
    w.ws.campaigns().addMembers(campaign, members);

    const auto companies = [&] {
        Names out;
        for (const auto& c : w.ws.companies().list(10)) out.push_back(c.name);
        return out;
    };
    const auto team = [&] {
        Names out;
        for (const auto& m : w.ws.team().members()) out.push_back(m.name);
        return out;
    };
    const auto products = [&] {
        Names out;
        for (const auto& p : w.ws.orders().products()) out.push_back(p.name);
        return out;
    };
    const auto campaignMembers = [&] {
        std::vector<std::int64_t> out;
        for (const auto& m : w.ws.campaigns().members(campaign, "", 10)) out.push_back(m.contactId);
        return out;
    };
    CHECK(companies() == Names{"Apple", "字节跳动", "百度", "腾讯", "阿里巴巴"});
    CHECK(team() == Names{"Anna", "王芳", "白雪"});
    CHECK(products() == Names{"Americano", "抹茶", "红茶"});
    CHECK(campaignMembers() == std::vector<std::int64_t>{members[2], members[0], members[1]});

    w.ws.setNameCollation(NameCollation::Pinyin);
    CHECK(companies() == Names{"Apple", "阿里巴巴", "百度", "腾讯", "字节跳动"});
    CHECK(team() == Names{"Anna", "白雪", "王芳"});
    CHECK(products() == Names{"Americano", "红茶", "抹茶"});
    CHECK(campaignMembers() == std::vector<std::int64_t>{members[2], members[1], members[0]});
}

TEST_CASE("a page of contacts in pinyin order is read from an index, not sorted") {
    People w("zh-CN");
    for (int i = 0; i < 200; ++i) w.contact("联系人" + std::to_string(i));
    SortCounter counter(w.ws.database());
    ContactQuery q;
    q.limit = 50;
    const auto first = w.ws.contacts().list(q);
    q.after = first.next;
    q.withTotal = false;
    w.ws.contacts().list(q);
    ContactQuery letter;
    letter.filter.search = "l";
    w.ws.contacts().list(letter);
    CHECK(counter.sorts == 0);
    // The check itself can fail: a name order with no index behind it sorts.
    w.ws.database().execScript("DROP INDEX contacts_live_by_pinyin");
    w.ws.contacts().list(ContactQuery{});
    CHECK(counter.sorts > 0);
}

TEST_CASE("a workspace opened on a database whose language is Chinese lists by pinyin from the start") {
    const std::string path = "satchel_pinyin_test.sqlite3";
    const auto removeFiles = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    };
    removeFiles();
    {
        Workspace ws(path);
        for (const auto& name : kPeople) ws.contacts().add({name});
        ws.settings().set(settings::kLanguageKey, "zh-CN");
        CHECK(ws.nameCollation() == NameCollation::CaseInsensitive); // stored, not yet applied
    }
    {
        Workspace again(path);
        CHECK(again.nameCollation() == NameCollation::Pinyin);
        Names names;
        for (const auto& c : again.contacts().list(20)) names.push_back(c.name);
        CHECK(names == kPinyinOrder);
    }
    removeFiles();
}

TEST_CASE("upgrading a version-8 database indexes its names in pinyin order") {
    db::Database db(":memory:");
    REQUIRE(db::migrate(db, schema::migrations().first(8)) == 8);
    for (const auto& name : kPeople)
        db.prepare("INSERT INTO contacts (name, created_at, updated_at) VALUES (?, 1, 1)").bind(1, name).run();
    CHECK(db::migrate(db, schema::migrations()) == static_cast<int>(schema::migrations().size()) - 8);
    auto index = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                            "('contacts_live_by_pinyin', 'companies_by_pinyin')");
    index.step();
    CHECK(index.columnInt64(0) == 2);
    auto order = db.prepare("SELECT name FROM contacts INDEXED BY contacts_live_by_pinyin WHERE deleted_at IS NULL "
                            "ORDER BY name COLLATE pinyin, id");
    Names names;
    while (order.step()) names.push_back(order.columnText(0));
    CHECK(names == kPinyinOrder);
}

TEST_CASE("every connection Satchel opens knows the pinyin collation; one that does not cannot write contacts") {
    const std::string path = "satchel_collation_test.sqlite3";
    std::remove(path.c_str());
    { Workspace ws(path); }
    sqlite3* bare = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &bare) == SQLITE_OK);
    CHECK(sqlite3_exec(bare, "SELECT count(*) FROM contacts", nullptr, nullptr, nullptr) == SQLITE_OK); // reads
    char* error = nullptr;
    const int rc = sqlite3_exec(bare, "INSERT INTO contacts (name, created_at, updated_at) VALUES ('张伟', 1, 1)",
                                nullptr, nullptr, &error);
    CHECK(rc != SQLITE_OK);
    CHECK(std::string(error ? error : "").find("no such collation sequence: pinyin") != std::string::npos);
    sqlite3_free(error);
    sqlite3_close(bare);
    {
        Workspace ws(path);
        CHECK_NOTHROW(ws.contacts().add({"张伟"}));
        CHECK(ws.contacts().count() == 1);
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

TEST_CASE("a database whose pinyin indexes were built by another build's table has them rebuilt on opening") {
    const std::string path = "satchel_pinyin_reindex_test.sqlite3";
    const auto removeFiles = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    };
    removeFiles();
    {
        Workspace ws(path);
        for (const auto& name : kPeople) ws.contacts().add({name});
    }
    // Another build's order (here: reversed), as an older or newer ICU could give: its indexes,
    // and its fingerprint, are what the file holds.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
    const auto reversed = [](void*, int n1, const void* a, int n2, const void* b) {
        return -pinyin::compare({static_cast<const char*>(a), static_cast<std::size_t>(n1)},
                                {static_cast<const char*>(b), static_cast<std::size_t>(n2)});
    };
    REQUIRE(sqlite3_create_collation(other, "pinyin", SQLITE_UTF8, nullptr, reversed) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other,
                         "REINDEX pinyin; UPDATE settings SET value = 'another-table' WHERE key = 'pinyin_table'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);

    Workspace ws(path);
    auto check = ws.database().prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.columnText(0) == "ok");
    ws.setNameCollation(NameCollation::Pinyin);
    Names names;
    for (const auto& c : ws.contacts().list(20)) names.push_back(c.name);
    CHECK(names == kPinyinOrder);
    removeFiles();
}
