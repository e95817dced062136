#include "core/db/page_store.h"

#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

using satchel::db::PageStore;

TEST_CASE("page store: the first whole-page write fixes the page size and reads return what was written") {
    PageStore store;
    std::vector<std::uint8_t> page(8192, 7);
    REQUIRE(store.write(page.data(), page.size(), 0));
    CHECK(store.pageSize() == 8192);
    CHECK(store.fileSize() == 8192);
    std::uint8_t out[4] = {};
    CHECK(store.read(out, 4, 100) == 4);
    CHECK(out[0] == 7);
}

TEST_CASE("page store: reading past the end returns zeros and says how much existed") {
    PageStore store;
    std::vector<std::uint8_t> page(4096, 1);
    store.write(page.data(), page.size(), 0);
    std::uint8_t out[8];
    CHECK(store.read(out, 8, 4092) == 4);
    CHECK(out[3] == 1);
    CHECK(out[4] == 0);
    CHECK(out[7] == 0);
}

TEST_CASE("page store: a commit lists exactly the pages changed since the previous one") {
    PageStore store;
    std::vector<std::uint8_t> page(4096, 1);
    for (std::uint32_t i = 0; i < 5; ++i) store.write(page.data(), page.size(), i * 4096ull);
    auto first = store.takeCommit();
    CHECK(first.seq == 1);
    CHECK(first.pages == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
    CHECK_FALSE(store.hasChanges());

    store.write(page.data(), page.size(), 3 * 4096ull);
    store.write(page.data(), 10, 1 * 4096ull + 100); // a partial write dirties its page once
    store.write(page.data(), 10, 1 * 4096ull + 200);
    auto second = store.takeCommit();
    CHECK(second.seq == 2);
    CHECK(second.pages == std::vector<std::uint32_t>{1, 3});
    CHECK(second.pageCount == 5);
}

TEST_CASE("page store: truncation shrinks the page count and the commit says which pages to drop") {
    PageStore store;
    std::vector<std::uint8_t> page(4096, 1);
    for (std::uint32_t i = 0; i < 6; ++i) store.write(page.data(), page.size(), i * 4096ull);
    store.takeCommit();
    store.write(page.data(), page.size(), 5 * 4096ull); // dirty, then cut off: must not be sent
    store.truncate(2 * 4096);
    REQUIRE(store.hasChanges());
    auto c = store.takeCommit();
    CHECK(c.pageCount == 2);
    CHECK(c.previousPageCount == 6);
    CHECK(c.pages.empty());
    CHECK(store.page(5) == nullptr);
}

TEST_CASE("page store: writes past the byte limit are refused and change nothing") {
    PageStore store(3 * 4096);
    std::vector<std::uint8_t> page(4096, 1);
    for (std::uint32_t i = 0; i < 3; ++i) REQUIRE(store.write(page.data(), page.size(), i * 4096ull));
    CHECK_FALSE(store.write(page.data(), page.size(), 3 * 4096ull));
    CHECK(store.fileSize() == 3 * 4096);
}

TEST_CASE("page store: a loaded copy reads back byte for byte and continues its commit sequence") {
    PageStore store;
    store.beginLoad(4096, 2, 41);
    std::memset(store.loadPage(0), 'a', 4096);
    std::memset(store.loadPage(1), 'b', 4096);
    CHECK(store.image() == std::string(4096, 'a') + std::string(4096, 'b'));
    CHECK_FALSE(store.hasChanges());
    store.write("x", 1, 0);
    CHECK(store.takeCommit().seq == 42);
}
