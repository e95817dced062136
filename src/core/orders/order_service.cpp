#include "core/orders/order_service.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

namespace satchel::orders {

std::int64_t lineTotal(const OrderLine& line, std::int64_t unitPriceMinor) {
    const std::int64_t gross = line.quantity * unitPriceMinor;
    return (gross * (10'000 - line.discountBp) + 5'000) / 10'000;
}

namespace {
bool isStatus(const std::string& s) {
    return s == "draft" || s == "placed" || s == "paid" || s == "shipped" || s == "cancelled";
}
} // namespace

OrderService::OrderService(db::Database& db, Clock clock) : m_db(db), m_clock(clock), m_audit(db, clock) {}

std::int64_t OrderService::addProduct(const std::string& sku, const std::string& name, const Money& price) {
    if (text::trim(sku).empty()) throw ValidationError("sku", "is required");
    if (text::trim(name).empty()) throw ValidationError("name", "is required");
    if (price.minor < 0) throw ValidationError("price", "cannot be negative");
    if (!isValidCurrency(price.currency)) throw ValidationError("currency", "must be a code like USD or CNY");
    auto exists = m_db.prepare("SELECT 1 FROM products WHERE sku = ?");
    exists.bind(1, text::trim(sku));
    if (exists.step()) throw ValidationError("sku", "'" + text::trim(sku) + "' is already in the catalogue");
    m_db.prepare("INSERT INTO products (sku, name, unit_price_minor, currency) VALUES (?, ?, ?, ?)")
        .bindAll(text::trim(sku), text::trim(name), price.minor, price.currency)
        .run();
    const auto id = m_db.lastInsertRowid();
    m_audit.recordChange(audit::Entity::Product, id, nullptr, "insert");
    return id;
}

std::vector<Product> OrderService::products() const {
    auto stmt = m_db.prepare("SELECT id, sku, name, unit_price_minor, currency, active FROM products ORDER BY name COLLATE NOCASE");
    std::vector<Product> out;
    while (stmt.step())
        out.push_back({stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2), {stmt.columnInt64(3), stmt.columnText(4)},
                       stmt.columnInt64(5) != 0});
    return out;
}

std::int64_t OrderService::create(const OrderDraft& d) {
    if (!isStatus(d.status)) throw ValidationError("status", "must be draft, placed, paid, shipped or cancelled");
    if (!isValidCurrency(d.currency)) throw ValidationError("currency", "must be a code like USD or CNY");
    if (d.lines.empty()) throw ValidationError("lines", "an order needs at least one line");
    if (d.orderDate <= 0) throw ValidationError("order date", "is required");
    requireSaneTime("order date", d.orderDate);
    db::Transaction tx(m_db);
    m_db.prepare("INSERT INTO orders (contact_id, company_id, order_date, status, currency, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(d.contactId, d.companyId, d.orderDate, d.status, d.currency, m_clock())
        .run();
    const auto id = m_db.lastInsertRowid();
    auto product = m_db.prepare("SELECT unit_price_minor, currency, name FROM products WHERE id = ?");
    auto insert = m_db.prepare(
        "INSERT INTO order_lines (order_id, product_id, quantity, unit_price_minor, discount_bp) VALUES (?, ?, ?, ?, ?)");
    for (size_t i = 0; i < d.lines.size(); ++i) {
        const OrderLine& line = d.lines[i];
        const std::string where = "line " + std::to_string(i + 1);
        product.reset();
        product.bind(1, line.productId);
        if (!product.step()) throw ValidationError(where, "no product with id " + std::to_string(line.productId));
        if (product.columnText(1) != d.currency)
            throw ValidationError(where, product.columnText(2) + " is priced in " + product.columnText(1) +
                                             ", the order in " + d.currency);
        if (line.quantity <= 0) throw ValidationError(where, "quantity must be at least 1");
        if (line.discountBp < 0 || line.discountBp > 10'000) throw ValidationError(where, "discount must be 0 to 100 %");
        const std::int64_t price = line.unitPriceMinor.value_or(product.columnInt64(0));
        if (price < 0) throw ValidationError(where, "price cannot be negative");
        insert.bindAll(id, line.productId, line.quantity, price, line.discountBp).run();
        insert.reset();
    }
    m_audit.recordChange(audit::Entity::Order, id, nullptr, "insert");
    tx.commit();
    return id;
}

std::optional<Order> OrderService::get(std::int64_t id) const {
    auto stmt = m_db.prepare("SELECT id, contact_id, company_id, order_date, status, currency FROM orders WHERE id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    Order o;
    o.id = stmt.columnInt64(0);
    if (!stmt.columnIsNull(1)) o.contactId = stmt.columnInt64(1);
    if (!stmt.columnIsNull(2)) o.companyId = stmt.columnInt64(2);
    o.orderDate = stmt.columnInt64(3);
    o.status = stmt.columnText(4);
    o.total = {0, stmt.columnText(5)};
    auto lines = m_db.prepare("SELECT product_id, quantity, unit_price_minor, discount_bp FROM order_lines WHERE order_id = ? ORDER BY id");
    lines.bind(1, id);
    while (lines.step()) {
        OrderLine l{lines.columnInt64(0), lines.columnInt64(1), lines.columnInt64(2), static_cast<int>(lines.columnInt64(3))};
        o.total.minor += lineTotal(l, *l.unitPriceMinor);
        o.lines.push_back(l);
    }
    return o;
}

void OrderService::setStatus(std::int64_t id, const std::string& status) {
    if (!isStatus(status)) throw ValidationError("status", "must be draft, placed, paid, shipped or cancelled");
    m_audit.change(audit::Entity::Order, id, [&] { m_db.prepare("UPDATE orders SET status = ? WHERE id = ?").bindAll(status, id).run(); });
}

std::vector<Order> OrderService::list(int limit, int offset) const {
    auto stmt = m_db.prepare("SELECT id FROM orders ORDER BY order_date DESC, id DESC LIMIT ? OFFSET ?");
    stmt.bindAll(limit, offset);
    std::vector<Order> out;
    while (stmt.step()) out.push_back(*get(stmt.columnInt64(0)));
    return out;
}

std::vector<Order> OrderService::forContact(std::int64_t contactId) const {
    auto stmt = m_db.prepare("SELECT id FROM orders WHERE contact_id = ? ORDER BY order_date DESC, id DESC");
    stmt.bind(1, contactId);
    std::vector<Order> out;
    while (stmt.step()) out.push_back(*get(stmt.columnInt64(0)));
    return out;
}

} // namespace satchel::orders
