// Ctrl+K finds tickets, campaigns, products and orders, not only people, companies, deals and
// notes; and a database created before they were searchable has them indexed by its upgrade.
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/schema/schema.h"
#include "core/search/search_index.h"
#include "test_world.h"

#include <doctest/doctest.h>

using namespace satchel;
using search::Kind;

namespace {
std::vector<std::pair<Kind, std::string>> hits(search::SearchIndex& index, const std::string& q) {
    std::vector<std::pair<Kind, std::string>> out;
    for (const auto& h : index.search(q, 20)) out.emplace_back(h.kind, h.display);
    return out;
}
} // namespace

TEST_CASE("tickets, campaigns, products and orders are found as soon as they are saved") {
    TestWorld w;
    const auto ana = w.contact("Ana Müller");
    const auto ticket = w.ws.tickets().open({.subject = "打印机 jammed", .description = "Label printer eats paper"});
    const auto campaign = w.ws.campaigns().create(
        {.name = "春节促销 🧧", .channel = "email", .goal = "pipeline", .budget = {100'000, "USD"}});
    const auto scanner = w.ws.orders().addProduct("SKU-77", "Barcode scanner", {4999, "USD"});
    const auto order = w.ws.orders().create(
        {.contactId = ana, .orderDate = TestWorld::kStart, .lines = {{.productId = scanner, .quantity = 2}}});

    CHECK(hits(w.ws.search(), "打印") == std::vector<std::pair<Kind, std::string>>{{Kind::Ticket, "打印机 jammed"}});
    CHECK(hits(w.ws.search(), "eats paper") ==
          std::vector<std::pair<Kind, std::string>>{{Kind::Ticket, "打印机 jammed"}});
    CHECK(hits(w.ws.search(), "春节") ==
          std::vector<std::pair<Kind, std::string>>{{Kind::Campaign, "春节促销 🧧"}});
    // The product by name or SKU, and the order that holds it by the product or by its number.
    const auto scannerHits = hits(w.ws.search(), "barcode");
    REQUIRE(scannerHits.size() == 2);
    CHECK(scannerHits[0] == std::pair<Kind, std::string>{Kind::Product, "Barcode scanner"}); // the name ranks first
    CHECK(scannerHits[1] == std::pair<Kind, std::string>{Kind::Order, "#" + std::to_string(order)});
    CHECK(hits(w.ws.search(), "sku-77").size() == 2);
    const auto byNumber = w.ws.search().search(std::to_string(order), 20, Kind::Order);
    REQUIRE(byNumber.size() == 1);
    CHECK(byNumber[0].id == order);
    CHECK(w.ws.search().search("jammed", 5, Kind::Ticket).at(0).id == ticket);
    CHECK(w.ws.search().search("春节", 5, Kind::Campaign).at(0).id == campaign);
}

TEST_CASE("upgrading a version-5 database puts its tickets, campaigns, products and orders in the search index") {
    db::Database db(":memory:");
    REQUIRE(db::migrate(db, schema::migrations().first(5)) == 5);
    db.execScript(R"sql(
INSERT INTO contacts (id, name, created_at, updated_at) VALUES (1, 'Ann Lee', 1, 1);
INSERT INTO tickets (id, subject, description, channel, priority, status, sla_due_at, created_at, updated_at)
    VALUES (1, 'Refund request', '退款', 'email', 'normal', 'new', 10, 1, 1);
INSERT INTO campaigns (id, name, channel, goal, budget_minor, currency) VALUES (1, 'Partner summit', 'event', 'pipeline', 0, 'USD');
INSERT INTO products (id, sku, name, unit_price_minor, currency) VALUES (1, 'SKU-1', '扫码枪', 100, 'USD');
INSERT INTO orders (id, contact_id, order_date, status, currency, created_at) VALUES (41, 1, 1, 'paid', 'USD', 1);
INSERT INTO order_lines (order_id, product_id, quantity, unit_price_minor, discount_bp) VALUES (41, 1, 1, 100, 0);
)sql");
    search::SearchIndex index(db);
    CHECK(index.search("refund", 5).empty());
    CHECK(db::migrate(db, schema::migrations()) == static_cast<int>(schema::migrations().size()) - 5);
    CHECK(hits(index, "refund") == std::vector<std::pair<Kind, std::string>>{{Kind::Ticket, "Refund request"}});
    CHECK(hits(index, "退款") == std::vector<std::pair<Kind, std::string>>{{Kind::Ticket, "Refund request"}});
    CHECK(hits(index, "summit") == std::vector<std::pair<Kind, std::string>>{{Kind::Campaign, "Partner summit"}});
    const auto scanner = hits(index, "扫码");
    CHECK(scanner == std::vector<std::pair<Kind, std::string>>{{Kind::Product, "扫码枪"}, {Kind::Order, "#41"}});
}

TEST_CASE("an order's number typed whole finds that order first among many whose SKUs start with the same digits") {
    TestWorld w;
    const auto product = w.ws.orders().addProduct("SKU-1000", "Starter plan", {999, "USD"});
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 30; ++i)
        ids.push_back(w.ws.orders().create({.orderDate = TestWorld::kStart, .lines = {{.productId = product}}}));
    for (const std::int64_t id : {ids[0], ids[11], ids[29]}) {
        const auto hits = w.ws.search().search("#" + std::to_string(id), 8, Kind::Order);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].id == id);
    }
}
