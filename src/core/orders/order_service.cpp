#include "core/orders/order_service.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/orders/order_columns.h"
#include "core/search/record_entries.h"
#include "core/vocab/crm_vocabularies.h"

namespace satchel::orders {

std::int64_t lineTotal(const OrderLine& line, std::int64_t unitPriceMinor) {
    const std::int64_t gross = line.quantity * unitPriceMinor;
    return (gross * (10'000 - line.discountBp) + 5'000) / 10'000;
}

namespace {
bool isStatus(const std::string& s) { return vocab::kOrderStatus.contains(s); }
} // namespace

OrderService::OrderService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                           const NameCollation& names)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search), m_names(names) {}

std::int64_t OrderService::addProduct(const std::string& sku, const std::string& name, const Money& price) {
    if (text::trim(sku).empty()) throw ValidationError("sku", Problem::Required);
    if (text::trim(name).empty()) throw ValidationError("name", Problem::Required);
    if (price.minor < 0) throw ValidationError("price", Problem::Negative);
    if (!isValidCurrency(price.currency)) throw ValidationError("currency", Problem::Currency);
    auto exists = m_db.prepare("SELECT 1 FROM products WHERE sku = ?");
    exists.bind(1, text::trim(sku));
    if (exists.step()) throw ValidationError("sku", Problem::SkuTaken, {text::trim(sku)});
    const Product row{.sku = text::trim(sku), .name = text::trim(name), .unitPrice = price};
    db::Transaction tx(m_db);
    const auto id = db::insertRow(m_db, kProductColumns, row);
    m_audit.recordChange(audit::Entity::Product, id, nullptr, "insert");
    search::indexRecord(m_db, m_search, search::Kind::Product, id);
    tx.commit();
    return id;
}

std::vector<Product> OrderService::products() const {
    auto stmt = m_db.prepare(kProductColumns.select() + " ORDER BY " + collated("name", m_names) + ", id");
    return kProductColumns.readAll(stmt);
}

std::int64_t OrderService::create(const OrderDraft& d) {
    if (!isStatus(d.status)) throw ValidationError("status", Problem::NotOneOf, {vocab::kOrderStatus.listed()});
    if (!isValidCurrency(d.currency)) throw ValidationError("currency", Problem::Currency);
    if (d.lines.empty()) throw ValidationError("lines", Problem::NoLines);
    if (d.orderDate <= 0) throw ValidationError("order date", Problem::Required);
    requireSaneTime("order date", d.orderDate);
    db::Transaction tx(m_db);
    Order order;
    order.contactId = d.contactId;
    order.companyId = d.companyId;
    order.orderDate = d.orderDate;
    order.status = d.status;
    order.total.currency = d.currency;
    order.createdAt = m_clock();
    const auto id = db::insertRow(m_db, kOrderColumns, order);
    auto product = m_db.prepare(kProductColumns.select() + " WHERE id = ?");
    db::RowInserter insert(m_db, kOrderLineColumns);
    for (size_t i = 0; i < d.lines.size(); ++i) {
        OrderLine line = d.lines[i];
        const std::string where = "line " + std::to_string(i + 1);
        product.reset();
        product.bind(1, line.productId);
        if (!product.step())
            throw ValidationError(where, Problem::NotFound, {"product", std::to_string(line.productId)});
        const Product p = kProductColumns.read(product);
        if (p.unitPrice.currency != d.currency)
            throw ValidationError(where, Problem::LineCurrency, {p.name, p.unitPrice.currency, d.currency});
        if (line.quantity <= 0) throw ValidationError(where, Problem::Quantity);
        if (line.discountBp < 0 || line.discountBp > 10'000) throw ValidationError(where, Problem::Discount);
        line.unitPriceMinor = line.unitPriceMinor.value_or(p.unitPrice.minor);
        if (*line.unitPriceMinor < 0) throw ValidationError(where, Problem::LinePrice);
        line.orderId = id;
        insert.add(line);
    }
    m_audit.recordChange(audit::Entity::Order, id, nullptr, "insert");
    search::indexRecord(m_db, m_search, search::Kind::Order, id);
    tx.commit();
    return id;
}

std::optional<Order> OrderService::get(std::int64_t id) const {
    auto o = db::findRow(m_db, kOrderColumns, id);
    if (!o) return std::nullopt;
    auto lines = m_db.prepare(kOrderLineColumns.select() + " WHERE order_id = ? ORDER BY id");
    lines.bind(1, id);
    while (lines.step()) {
        const OrderLine& l = o->lines.emplace_back(kOrderLineColumns.read(lines));
        o->total.minor += lineTotal(l, l.unitPriceMinor.value_or(0)); // stored lines always carry their price
    }
    return o;
}

void OrderService::setStatus(std::int64_t id, const std::string& status) {
    if (!isStatus(status)) throw ValidationError("status", Problem::NotOneOf, {vocab::kOrderStatus.listed()});
    m_audit.change(audit::Entity::Order, id,
                   [&] { m_db.prepare("UPDATE orders SET status = ? WHERE id = ?").bindAll(status, id).run(); });
}

std::vector<Order> OrderService::list(int limit, int offset) const {
    auto stmt = m_db.prepare("SELECT id FROM orders ORDER BY order_date DESC, id DESC LIMIT ? OFFSET ?");
    stmt.bindAll(limit, offset);
    std::vector<Order> out;
    while (stmt.step()) out.push_back(*get(stmt.columnInt64(0)));
    return out;
}

std::vector<Order> OrderService::linkedTo(const char* column, std::int64_t id) const {
    auto stmt =
        m_db.prepare(std::string("SELECT id FROM orders WHERE ") + column + " = ? ORDER BY order_date DESC, id DESC");
    stmt.bind(1, id);
    std::vector<Order> out;
    while (stmt.step()) out.push_back(*get(stmt.columnInt64(0)));
    return out;
}

std::vector<Order> OrderService::forContact(std::int64_t contactId) const { return linkedTo("contact_id", contactId); }
std::vector<Order> OrderService::forCompany(std::int64_t companyId) const { return linkedTo("company_id", companyId); }

} // namespace satchel::orders
