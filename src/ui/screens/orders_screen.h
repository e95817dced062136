#pragma once
// Products & Orders: the catalogue (add products), the orders, and the order editor whose line
// and order totals are computed as the lines are edited, exactly as the core will store them.
#include "core/orders/order.h"
#include "ui/forms.h"
#include "ui/record_picker.h"
#include "ui/screen.h"
#include "ui/screen_load.h"

#include <cstdint>
#include <optional>
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
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;

private:
    struct Line {
        std::int64_t productId = 0;
        int quantity = 1;
        float discountPercent = 0;
    };
    void drawOrders(Workspace& ws, std::int64_t changeCount, const Translator& tr);
    void drawOrderRow(Workspace& ws, const orders::Order& o, const Translator& tr, bool focused);
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

    // A product or order opened from search: its tab is selected once, and it is highlighted (an
    // order also shown first, as it may be older than the latest 500).
    search::Kind m_focusKind = search::Kind::Order;
    std::int64_t m_focusId = 0;
    bool m_selectFocusTab = false, m_scrollToFocus = false;
    std::optional<orders::Order> m_focusedOrder;
    std::int64_t m_focusedAtChange = -1;
    bool m_editing = false;
    RecordPicker m_customer;
    std::vector<Line> m_lines;
    FormError m_orderError;

    std::string m_sku, m_name, m_price, m_currency;
    FormError m_productError;
};

} // namespace satchel::ui
