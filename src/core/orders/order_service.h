#pragma once
// The product catalogue and orders with lines. Totals are computed in integer minor units.
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/common/name_collation.h"
#include "core/orders/order.h"
#include "core/search/search_index.h"

#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::orders {

class OrderService {
public:
    // `names`: the order the product list follows, owned by the Workspace (it changes with the language).
    OrderService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                 const NameCollation& names);

    std::int64_t addProduct(const std::string& sku, const std::string& name, const Money& unitPrice);
    std::vector<Product> products() const; // by name

    // Validates every line (product exists, same currency, quantity > 0, discount 0..100 %) and
    // stores the order with its lines in one transaction.
    std::int64_t create(const OrderDraft& draft);
    std::optional<Order> get(std::int64_t id) const;
    void setStatus(std::int64_t id, const std::string& status);
    std::vector<Order> forContact(std::int64_t contactId) const;
    std::vector<Order> forCompany(std::int64_t companyId) const; // newest first
    std::vector<Order> list(int limit, int offset = 0) const;    // newest first

private:
    // The orders whose `column` (a column name written in this file, never input) is `id`, newest first.
    std::vector<Order> linkedTo(const char* column, std::int64_t id) const;
    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit;      // shared by every service (Workspace)
    search::SearchIndex& m_search; // likewise
    const NameCollation& m_names;
};

} // namespace satchel::orders
