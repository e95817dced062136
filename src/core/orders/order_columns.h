#pragma once
// The products, orders and order_lines tables, column by column. An order's total is not a
// column: it is summed from its lines when read.
#include "core/db/columns.h"
#include "core/orders/order.h"

namespace satchel::orders {

inline constexpr db::ColumnMap kProductColumns{
    "products",
    db::column<&Product::id>("id", db::Use::Key),
    db::column<&Product::sku>("sku"),
    db::column<&Product::name>("name"),
    db::column<&Product::unitPrice, &Money::minor>("unit_price_minor"),
    db::column<&Product::unitPrice, &Money::currency>("currency"),
    db::column<&Product::active>("active"),
};

inline constexpr db::ColumnMap kOrderColumns{
    "orders",
    db::column<&Order::id>("id", db::Use::Key),
    db::column<&Order::contactId>("contact_id"),
    db::column<&Order::companyId>("company_id"),
    db::column<&Order::orderDate>("order_date"),
    db::column<&Order::status>("status"),
    db::column<&Order::total, &Money::currency>("currency"),
    db::column<&Order::createdAt>("created_at", db::Use::InsertOnly),
};

inline constexpr db::ColumnMap kOrderLineColumns{
    "order_lines",
    db::column<&OrderLine::id>("id", db::Use::Key),
    db::column<&OrderLine::orderId>("order_id"),
    db::column<&OrderLine::productId>("product_id"),
    db::column<&OrderLine::quantity>("quantity"),
    db::column<&OrderLine::unitPriceMinor>("unit_price_minor"),
    db::column<&OrderLine::discountBp>("discount_bp"),
};

} // namespace satchel::orders
