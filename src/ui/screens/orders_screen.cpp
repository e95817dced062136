#include "ui/screens/orders_screen.h"

#include "core/common/money.h"
#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cmath>
#include <utility>

namespace satchel::ui {

template std::unique_ptr<Screen> makeScreen<OrdersScreen>();

const orders::Product* OrdersScreen::product(std::int64_t id) const {
    for (const auto& p : m_load.data().products)
        if (p.id == id) return &p;
    return nullptr;
}

bool OrdersScreen::open(ScreenContext&, search::Kind kind, std::int64_t id) {
    if (kind != search::Kind::Order && kind != search::Kind::Product) return false;
    m_focusKind = kind;
    m_focusId = id;
    m_selectFocusTab = m_scrollToFocus = true;
    m_focusedAtChange = -1;
    return true;
}

void OrdersScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    screenTitle(tr.text("Products & Orders"));
    if (m_currency.empty()) m_currency = ws.settings().defaultCurrency();
    const auto steps = [&]() {
        ScreenLoad<Data>::Steps steps{[&ws](Data& d) { d.products = ws.orders().products(); }};
        // An order is read with its lines: 100 orders a step.
        for (int offset = 0; offset < 500; offset += 100)
            steps.push_back([&ws, offset](Data& d) {
                for (auto& o : ws.orders().list(100, offset)) d.orders.push_back(std::move(o));
            });
        return steps;
    };
    if (!m_load.frame(ctx.changeCount, steps, tr)) return;
    if (ImGui::BeginTabBar("orders-tabs")) {
        const bool selectTab = std::exchange(m_selectFocusTab, false);
        if (tabItem(tr.label("Orders"), selectTab && m_focusKind == search::Kind::Order)) {
            if (!m_editing && ImGui::Button(tr.label("New order"))) {
                m_editing = true;
                m_lines = {Line{}};
                m_customer.clear();
                m_orderError.clear();
            }
            if (m_editing) drawEditor(ctx);
            drawOrders(ws, ctx.changeCount, tr);
            ImGui::EndTabItem();
        }
        if (tabItem(tr.label("Products"), selectTab && m_focusKind == search::Kind::Product)) {
            drawProducts(ws, tr);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

void OrdersScreen::drawEditor(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    m_customer.draw("Customer", ws.search(), tr);
    if (m_load.data().products.empty()) hintText(tr.text("Add products on the Products tab first."));
    std::string currency = m_currency;
    std::int64_t total = 0;
    std::vector<orders::OrderLine> lines;
    int removeLine = -1;
    if (ImGui::BeginTable("order-lines", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr.label("Product"), 0, 3.0f);
        ImGui::TableSetupColumn(tr.label("Quantity"), 0, 1.2f);
        ImGui::TableSetupColumn(tr.label("Discount %"), 0, 1.2f);
        ImGui::TableSetupColumn(tr.label("Line total"), 0, 1.5f);
        ImGui::TableSetupColumn("##remove", 0, 0.6f);
        tableHeaders();
        for (size_t i = 0; i < m_lines.size(); ++i) {
            Line& line = m_lines[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const orders::Product* p = product(line.productId);
            if (comboBox(("##product-" + std::to_string(i + 1)).c_str(),
                         p ? p->name.c_str() : tr.text("Choose a product"), -1)) {
                for (const auto& candidate : m_load.data().products) {
                    ImGui::PushID(static_cast<int>(candidate.id));
                    if (ImGui::Selectable((candidate.name + "  " + formatMoney(candidate.unitPrice)).c_str(),
                                          candidate.id == line.productId))
                        line.productId = candidate.id;
                    reportLastItem(candidate.name.c_str());
                    ImGui::PopID();
                }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            ImGui::InputInt("##quantity", &line.quantity);
            reportLastItem(("quantity " + std::to_string(i + 1)).c_str());
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            ImGui::InputFloat("##discount", &line.discountPercent, 0, 0, "%.2f");
            reportLastItem(("discount " + std::to_string(i + 1)).c_str());
            ImGui::TableNextColumn();
            // Discounts are whole basis points, as the core stores them.
            const orders::OrderLine stored{line.productId, line.quantity, std::nullopt,
                                           static_cast<int>(std::lround(line.discountPercent * 100.0f))};
            if (p) {
                currency = p->unitPrice.currency;
                const std::int64_t amount = orders::lineTotal(stored, p->unitPrice.minor);
                total += amount;
                rightAlignedText(formatMoney({amount, currency}));
            }
            lines.push_back(stored);
            ImGui::TableNextColumn();
            if (m_lines.size() > 1 && ImGui::SmallButton("x")) removeLine = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (removeLine >= 0) m_lines.erase(m_lines.begin() + removeLine);
    if (ImGui::Button(tr.label("Add line"))) m_lines.push_back(Line{});
    ImGui::SameLine();
    const std::string totalText = tr.format("Order total: {0}", {formatMoney({total, currency})});
    ImGui::TextUnformatted(totalText.c_str());
    reportLastItem(totalText.c_str());
    const bool save = ImGui::Button(tr.label("Save order"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_editing = false;
    if (save && m_orderError.attempt([&] {
            orders::OrderDraft draft{.orderDate = ctx.now, .currency = currency, .lines = lines};
            if (m_customer.picked()) draft.contactId = m_customer.picked();
            ws.orders().create(draft);
        }))
        m_editing = false;
    m_orderError.showOther({}, tr);
    ImGui::Separator();
}

void OrdersScreen::drawOrders(Workspace& ws, std::int64_t changeCount, const Translator& tr) {
    const auto& orders = m_load.data().orders;
    if (orders.empty()) {
        hintText(tr.text("No orders yet. Click \"New order\" to record one."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (m_namesAtChange != changeCount) {
        m_customerNames.clear();
        m_namesAtChange = changeCount;
    }
    if (!ImGui::BeginTable("orders", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("Order"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Date"), 0, 1.5f);
    ImGui::TableSetupColumn(tr.label("Customer"), 0, 2.5f);
    ImGui::TableSetupColumn(tr.label("Lines"), 0, 0.8f);
    ImGui::TableSetupColumn(tr.label("Status"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Total"), 0, 1.5f);
    tableHeaders();
    if (m_focusKind == search::Kind::Order && m_focusId) {
        if (m_focusedAtChange != changeCount) {
            m_focusedOrder = ws.orders().get(m_focusId);
            m_focusedAtChange = changeCount;
        }
        if (m_focusedOrder) drawOrderRow(ws, *m_focusedOrder, tr, true);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(orders.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            drawOrderRow(ws, orders[static_cast<size_t>(i)], tr, false);
    ImGui::EndTable();
}

void OrdersScreen::drawOrderRow(Workspace& ws, const orders::Order& o, const Translator& tr, bool focused) {
    ImGui::TableNextRow();
    if (focused) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
    ImGui::TableNextColumn();
    const std::string number = "#" + std::to_string(o.id);
    ImGui::TextUnformatted(number.c_str());
    reportLastItem(("order " + number).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(localDate(o.orderDate).c_str());
    ImGui::TableNextColumn();
    if (o.contactId) {
        auto name = m_customerNames.find(o.id);
        if (name == m_customerNames.end()) {
            const auto contact = ws.contacts().get(*o.contactId);
            name = m_customerNames.emplace(o.id, contact ? contact->name : std::string("?")).first;
        }
        fittedText(name->second, 0, ("customer " + name->second).c_str());
    }
    ImGui::TableNextColumn();
    ImGui::Text("%zu", o.lines.size());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr.term(vocab::kOrderStatus, o.status));
    ImGui::TableNextColumn();
    const std::string total = formatMoney(o.total);
    rightAlignedText(total, ("order total " + total).c_str());
}

void OrdersScreen::drawProducts(Workspace& ws, const Translator& tr) {
    bool save = textField("SKU", m_sku, tr, 120);
    m_productError.showFor("sku", tr);
    ImGui::SameLine();
    save |= textField("Product name", m_name, tr, 220);
    m_productError.showFor("name", tr);
    ImGui::SameLine();
    save |= textField("Price", m_price, tr, 100);
    m_productError.showFor("price", tr);
    ImGui::SameLine();
    save |= textField("Currency", m_currency, tr, 60);
    ImGui::SameLine();
    save |= ImGui::Button(tr.label("Add product"));
    if (save && m_productError.attempt([&] {
            ws.orders().addProduct(m_sku, m_name, {parseMinorUnits(m_price, m_currency, "price"), m_currency});
        }))
        m_sku.clear(), m_name.clear(), m_price.clear();
    m_productError.showOther({"sku", "name", "price"}, tr);
    if (m_load.data().products.empty()) {
        hintText(tr.text("No products yet. Add the things you sell above."));
        return;
    }
    if (!ImGui::BeginTable("products", 3,
                           ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("SKU"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Product name"), 0, 3.0f);
    ImGui::TableSetupColumn(tr.label("Price"), 0, 1.2f);
    tableHeaders();
    for (const auto& p : m_load.data().products) {
        ImGui::TableNextRow();
        if (m_focusKind == search::Kind::Product && p.id == m_focusId) {
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
            if (std::exchange(m_scrollToFocus, false)) ImGui::SetScrollHereY();
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.sku.c_str());
        ImGui::TableNextColumn();
        fittedText(p.name);
        ImGui::TableNextColumn();
        rightAlignedText(formatMoney(p.unitPrice));
    }
    ImGui::EndTable();
}

} // namespace satchel::ui
