#pragma once
// Products & Orders: the catalogue (add products), the orders, and the order editor whose line
// and order totals are computed as the lines are edited, exactly as the core will store them.
#include "core/orders/order.h"
#include "ui/forms.h"
#include "ui/record_picker.h"
#include "ui/screen.h"
#include "ui/screen_load.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class OrdersScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;

private:
    struct Line {
        std::int64_t productId = 0;
        int quantity = 1;
        float discountPercent = 0;
    };
    void drawOrders(Workspace& ws, std::int64_t changeCount, const Translator& tr);
    void drawEditor(ScreenContext& ctx);
    void drawProducts(Workspace& ws, const Translator& tr);
    const orders::Product* product(std::int64_t id) const;

    struct Data {
        std::vector<orders::Product> products;
        std::vector<orders::Order> orders; // the latest 500
    };
    ScreenLoad<Data> m_load;
    // Customer names of the orders scrolled into view, read once each until the data changes.
    std::unordered_map<std::int64_t, std::string> m_customerNames;
    std::int64_t m_namesAtChange = -1;

    bool m_editing = false;
    RecordPicker m_customer;
    std::vector<Line> m_lines;
    FormError m_orderError;

    std::string m_sku, m_name, m_price, m_currency;
    FormError m_productError;
};

} // namespace satchel::ui
