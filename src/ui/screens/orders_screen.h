#pragma once
// Products & Orders: the catalogue (add products), the orders, and the order editor whose line
// and order totals are computed as the lines are edited, exactly as the core will store them.
#include "core/orders/order.h"
#include "ui/contact_picker.h"
#include "ui/forms.h"
#include "ui/i18n/translator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class OrdersScreen {
public:
    void draw(Workspace& ws, const Translator& tr);

private:
    struct Line {
        std::int64_t productId = 0;
        int quantity = 1;
        float discountPercent = 0;
    };
    void load(Workspace& ws);
    void drawOrders(const Translator& tr);
    void drawEditor(Workspace& ws, const Translator& tr);
    void drawProducts(Workspace& ws, const Translator& tr);
    const orders::Product* product(std::int64_t id) const;

    std::int64_t m_loadedAtChange = -1;
    std::vector<orders::Product> m_products;
    std::vector<orders::Order> m_orders;

    bool m_editing = false;
    ContactPicker m_customer;
    std::vector<Line> m_lines;
    FormError m_orderError;

    std::string m_sku, m_name, m_price, m_currency;
    FormError m_productError;
};

} // namespace satchel::ui
