#include "core/common/validation_error.h"
#include "core/workspace/workspace.h"

#include <sqlite3.h>

#include <cstring>

#include <doctest/doctest.h>

using namespace satchel;

namespace {
Workspace scratch() {
    return Workspace(":memory:", [] { return std::int64_t{1'700'000'000'000}; });
}
} // namespace

TEST_CASE("a saved contact is listed with its details and creation time") {
    auto ws = scratch();
    const auto id = ws.contacts().add({"王小明", "xiaoming@example.cn", "+86 10 1234 5678"});
    const auto all = ws.contacts().list(10);
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == id);
    CHECK(all[0].name == "王小明");
    CHECK(all[0].email == "xiaoming@example.cn");
    CHECK(all[0].phone == "+86 10 1234 5678");
    CHECK(all[0].createdAt == 1'700'000'000'000);
    CHECK(ws.contacts().count() == 1);
}

TEST_CASE("an invalid contact is not stored") {
    auto ws = scratch();
    CHECK_THROWS_AS(ws.contacts().add({"Ann", "not-an-email", ""}), ValidationError);
    CHECK(ws.contacts().count() == 0);
}

TEST_CASE("contacts are listed by name regardless of case, and can be paged") {
    auto ws = scratch();
    for (const char* name : {"bob", "Alice", "carol", "Dave"}) ws.contacts().add({name, "", ""});
    std::vector<std::string> names;
    for (int offset = 0; offset < 4; offset += 2)
        for (const auto& c : ws.contacts().list(2, offset)) names.push_back(c.name);
    CHECK(names == std::vector<std::string>{"Alice", "bob", "carol", "Dave"});
}

TEST_CASE("a read-only workspace refuses to save and keeps what it has") {
    auto ws = scratch();
    ws.contacts().add({"Kept", "", ""});
    ws.setReadOnly(true);
    CHECK_THROWS_WITH_AS(ws.contacts().add({"Refused", "", ""}), doctest::Contains("readonly"), db::DbError);
    CHECK(ws.contacts().count() == 1);
    ws.setReadOnly(false);
    CHECK_NOTHROW(ws.contacts().add({"Accepted", "", ""}));
}

TEST_CASE("a backup is a complete SQLite database with every contact") {
    auto ws = scratch();
    ws.contacts().add({"张三", "zhang@example.cn", ""});
    const std::string image = ws.backup();
    REQUIRE(image.size() > 100);
    CHECK(image.compare(0, 16, std::string("SQLite format 3\0", 16)) == 0);
    db::Database copy(":memory:");
    auto* raw = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    std::memcpy(raw, image.data(), image.size());
    REQUIRE(sqlite3_deserialize(copy.handle(), "main", raw, static_cast<sqlite3_int64>(image.size()),
                                static_cast<sqlite3_int64>(image.size()),
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) == SQLITE_OK);
    auto stmt = copy.prepare("SELECT name FROM contacts");
    REQUIRE(stmt.step());
    CHECK(stmt.columnText(0) == "张三");
}

#include "core/common/failure.h"

TEST_CASE("a refused save is explained in plain words, not SQLite codes") {
    auto ws = scratch();
    ws.setReadOnly(true);
    try {
        ws.contacts().add({"Refused", "", ""});
        FAIL("should have been refused");
    } catch (const std::exception& e) {
        CHECK(describeFailure(e).find("read-only because Satchel is open in another tab") != std::string::npos);
    }
}

TEST_CASE("a new database takes the requested page size; a bad size is refused") {
    Workspace ws(
        ":memory:", [] { return std::int64_t{0}; }, nullptr, 16384);
    auto stmt = ws.database().prepare("PRAGMA page_size");
    stmt.step();
    CHECK(stmt.columnInt64(0) == 16384);
    CHECK_THROWS_WITH_AS(Workspace(":memory:", systemNowMs, nullptr, 1000), doctest::Contains("power of two"),
                         db::DbError);
}

TEST_CASE("of a selection, only the contacts that still exist stay live: deleted, merged and unknown ids drop out") {
    auto ws = scratch();
    const auto ann = ws.contacts().add({"Ann Lee", "ann@example.com", ""});
    const auto work = ws.contacts().add({"Ann Lee (work)", "ANN@example.com", ""});
    const auto bob = ws.contacts().add({"Bob", "", ""});
    const auto cy = ws.contacts().add({"Cy", "", ""});
    CHECK(ws.contacts().liveIds({cy, ann, work, bob}) == std::vector<std::int64_t>{ann, work, bob, cy});
    ws.contacts().remove(bob);
    ws.duplicates().mergeContacts(ann, work);
    CHECK(ws.contacts().liveIds({cy, ann, work, bob, 999}) == std::vector<std::int64_t>{ann, cy});
    CHECK(ws.contacts().liveIds({}).empty());
    ws.contacts().restore(bob);
    CHECK(ws.contacts().liveIds({bob}) == std::vector<std::int64_t>{bob});
}
