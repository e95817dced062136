#include "core/common/validation_error.h"
#include "core/workspace/workspace.h"

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
    CHECK(all[0].phone == "+861012345678");
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
