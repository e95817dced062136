// Products, orders and order lines written through OrderService and read back field by field.
#include "core/orders/order_columns.h"
#include "round_trip.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using namespace round_trip;

TEST_CASE("a product round-trips its SKU, name and the largest price") {
    TestWorld w;
    auto& orders = w.ws.orders();
    const auto dear = orders.addProduct("SKU-" + kChinese + "-" + kEmoji, kMixed, {kMax, "CNY"});
    const auto free = orders.addProduct(kFamily, kAccents, {0, "USD"});
    const auto products = orders.products(); // by name
    REQUIRE(products.size() == 2);
    const auto& f = products[0];
    const auto& d = products[1];
    CHECK(f.id == free);
    CHECK(f.sku == kFamily);
    CHECK(f.name == kAccents);
    CHECK(f.unitPrice == Money{0, "USD"});
    CHECK(f.active);
    CHECK(d.id == dear);
    CHECK(d.sku == "SKU-" + kChinese + "-" + kEmoji);
    CHECK(d.name == kMixed);
    CHECK(d.unitPrice == Money{kMax, "CNY"});
}

TEST_CASE("an order round-trips its fields and every line's, with the total summed when read") {
    TestWorld w;
    auto& orders = w.ws.orders();
    const auto company = w.ws.companies().add({.name = kChinese});
    const auto pen = orders.addProduct("PEN", "笔", {250, "CNY"});
    const auto ink = orders.addProduct("INK", "墨 " + kEmoji, {0, "CNY"});
    const auto id =
        orders.create({.contactId = std::nullopt,
                       .companyId = company,
                       .orderDate = TestWorld::kStart - TestWorld::kDay,
                       .status = "paid",
                       .currency = "CNY",
                       .lines = {{pen, 3}, {ink, 1, std::nullopt, 10'000}, {pen, 2, 1'000'000'000'000, 1}}});
    const auto o = orders.get(id);
    REQUIRE(o);
    CHECK(o->id == id);
    CHECK_FALSE(o->contactId);
    CHECK(o->companyId == company);
    CHECK(o->orderDate == TestWorld::kStart - TestWorld::kDay);
    CHECK(o->status == "paid");
    CHECK(o->createdAt == TestWorld::kStart);
    REQUIRE(o->lines.size() == 3);
    for (const auto& line : o->lines) CHECK(line.orderId == id);
    CHECK(o->lines[0].productId == pen);
    CHECK(o->lines[0].quantity == 3);
    CHECK(o->lines[0].unitPriceMinor == 250); // the product's price, stored with the line
    CHECK(o->lines[0].discountBp == 0);
    CHECK(o->lines[1].productId == ink);
    CHECK(o->lines[1].unitPriceMinor == 0);
    CHECK(o->lines[1].discountBp == 10'000);
    CHECK(o->lines[2].unitPriceMinor == 1'000'000'000'000);
    CHECK(o->lines[2].discountBp == 1);
    CHECK(o->lines[1].id > o->lines[0].id);
    CHECK(o->total == Money{750 + 0 + 1'999'800'000'000, "CNY"});
    const auto listed = orders.list(10);
    REQUIRE(listed.size() == 1);
    checkSameRow(orders::kOrderColumns, *o, listed[0]);
    CHECK(listed[0].total == o->total);
}

TEST_CASE("whole product, order and line rows, extremes included, round-trip through the column maps alone") {
    TestWorld w;
    auto& db = w.ws.database();
    const orders::Product product{.sku = kEmoji, .name = kChinese, .unitPrice = {kMax, "KWD"}, .active = false};
    const auto p = storeAndRead(db, orders::kProductColumns, product);
    orders::Product expectedProduct = product;
    expectedProduct.id = p.id;
    checkSameRow(orders::kProductColumns, expectedProduct, p);

    orders::Order order{.contactId = std::nullopt, .companyId = std::nullopt, .orderDate = kMin, .status = "draft"};
    order.total.currency = "JPY";
    order.createdAt = kMax;
    const auto o = storeAndRead(db, orders::kOrderColumns, order);
    orders::Order expectedOrder = order;
    expectedOrder.id = o.id;
    checkSameRow(orders::kOrderColumns, expectedOrder, o);

    const orders::OrderLine line{
        .productId = p.id, .quantity = kMax, .unitPriceMinor = kMax, .discountBp = 10'000, .orderId = o.id};
    const auto l = storeAndRead(db, orders::kOrderLineColumns, line);
    orders::OrderLine expectedLine = line;
    expectedLine.id = l.id;
    checkSameRow(orders::kOrderLineColumns, expectedLine, l);
}
