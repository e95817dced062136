#include "core/common/validation_error.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;

TEST_CASE("order totals are exact integer minor units, discounts rounded half up per line") {
    TestWorld w;
    auto& o = w.ws.orders();
    const auto pen = o.addProduct("PEN-1", "钢笔 Fountain pen", {1999, "CNY"});
    const auto ink = o.addProduct("INK-2", "Ink", {333, "CNY"});
    const auto id = o.create({.contactId = w.contact("Buyer"),
                              .orderDate = *w.now,
                              .currency = "CNY",
                              .lines = {{pen, 3}, {ink, 1, std::nullopt, 1500}, {ink, 2, 300}}});
    const auto order = o.get(id);
    // 3 x 19.99 = 59.97; 3.33 less 15 % = 2.8305 -> 2.83; 2 x 3.00 = 6.00
    CHECK(order->total == Money{5997 + 283 + 600, "CNY"});
    CHECK(order->lines.size() == 3);
    CHECK(orders::lineTotal({ink, 1, std::nullopt, 5000}, 5) == 3); // 2.5 rounds up
}

TEST_CASE("an order line in another currency, for a missing product or with zero quantity is refused by line") {
    TestWorld w;
    auto& o = w.ws.orders();
    const auto usd = o.addProduct("A", "Widget", {500, "USD"});
    CHECK_THROWS_WITH_AS(o.create({.orderDate = *w.now, .currency = "EUR", .lines = {{usd, 1}}}),
                         "line 1: Widget is priced in USD, the order in EUR", ValidationError);
    CHECK_THROWS_WITH_AS(o.create({.orderDate = *w.now, .lines = {{usd, 1}, {999, 1}}}),
                         "line 2: no product with id 999", ValidationError);
    CHECK_THROWS_WITH_AS(o.create({.orderDate = *w.now, .lines = {{usd, 0}}}), "line 1: quantity must be at least 1",
                         ValidationError);
    CHECK_THROWS_AS(o.create({.orderDate = *w.now, .lines = {}}), ValidationError);
    auto count = w.ws.database().prepare("SELECT count(*) FROM orders");
    count.step();
    CHECK(count.columnInt64(0) == 0); // nothing half-stored
    CHECK_THROWS_WITH_AS(o.addProduct("A", "Again", {1, "USD"}), "sku: 'A' is already in the catalogue",
                         ValidationError);
}

TEST_CASE("order status changes are checked and audited") {
    TestWorld w;
    auto& o = w.ws.orders();
    const auto p = o.addProduct("A", "Widget", {500, "USD"});
    const auto id = o.create({.orderDate = *w.now, .lines = {{p, 1}}});
    o.setStatus(id, "paid");
    CHECK(o.get(id)->status == "paid");
    CHECK_THROWS_AS(o.setStatus(id, "lost in the post"), ValidationError);
    CHECK(w.ws.audit().history(audit::Entity::Order, id)[0].changes["status"] ==
          nlohmann::ordered_json::array({"placed", "paid"}));
}
