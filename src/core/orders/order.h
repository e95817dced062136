#pragma once
#include "core/common/money.h"
#include "core/vocab/crm_vocabularies.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace satchel::orders {

struct Product {
    std::int64_t id = 0;
    std::string sku, name;
    Money unitPrice;
    bool active = true;
};

struct OrderLine {
    std::int64_t productId = 0;
    std::int64_t quantity = 1;
    std::optional<std::int64_t> unitPriceMinor; // the product's price when empty
    int discountBp = 0;                         // basis points: 1000 = 10 %
    std::int64_t id = 0;                        // set once stored, with the order's id
    std::int64_t orderId = 0;
};

struct OrderDraft {
    std::optional<std::int64_t> contactId, companyId;
    std::int64_t orderDate = 0; // UTC ms
    std::string status{vocab::order_status::kPlaced};
    std::string currency = "USD";
    std::vector<OrderLine> lines;
};

struct Order {
    std::int64_t id = 0;
    std::optional<std::int64_t> contactId, companyId;
    std::int64_t orderDate = 0;
    std::string status;
    Money total; // computed from the lines, never stored
    std::vector<OrderLine> lines;
    std::int64_t createdAt = 0;
};

// One line's amount in minor units: quantity x price less the discount, rounded half up.
std::int64_t lineTotal(const OrderLine& line, std::int64_t unitPriceMinor);

} // namespace satchel::orders
