#include "ui/screens/deal_detail.h"

#include "core/common/money.h"
#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/owner_combo.h"
#include "ui/stage_name.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <charconv>

namespace satchel::ui {

namespace {
constexpr float kFieldWidth = 220.0f;

std::optional<int> percentTyped(const std::string& typed) {
    if (typed.empty()) return std::nullopt;
    int v = 0;
    const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), v);
    if (ec != std::errc() || end != typed.data() + typed.size()) throw ValidationError("probability", Problem::Percent);
    return v;
}

std::string amountTyped(const Money& m) {
    // "1234.50": what parseMinorUnits reads back exactly.
    const int digits = minorDigits(m.currency);
    std::int64_t scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    std::string out = std::to_string(m.minor / scale);
    if (digits == 0) return out;
    std::string fraction = std::to_string(m.minor % scale);
    return out + "." + std::string(static_cast<size_t>(digits) - fraction.size(), '0') + fraction;
}
} // namespace

void DealDetail::open(Workspace& ws, std::int64_t dealId) {
    if (dealId == m_id) return;
    if (m_id) commitEdits(ws);
    m_id = dealId;
    m_loadedAtChange = -1;
    m_error.clear();
    m_productError.clear();
    m_activityForm.close();
}

void DealDetail::load(Workspace& ws, bool keepTyped) {
    const auto deal = ws.deals().get(m_id);
    if (!deal || deal->deletedAt) {
        m_edit.stored(); // gone (deleted or purged elsewhere): nothing typed can be stored
        m_id = 0;
        return;
    }
    m_stored = *deal;
    if (!keepTyped) {
        m_typed = {deal->title,
                   amountTyped(deal->amount),
                   deal->amount.currency,
                   deal->probabilityOverride ? std::to_string(*deal->probabilityOverride) : "",
                   deal->expectedClose ? localDate(*deal->expectedClose) : "",
                   deal->owner,
                   deal->notes};
        m_contactId = deal->contactId;
        m_companyId = deal->companyId;
        const auto contact = deal->contactId ? ws.contacts().get(*deal->contactId) : std::nullopt;
        m_contact.show(contact ? contact->name : "", contact ? contact->id : 0);
        const auto company = deal->companyId ? ws.companies().get(*deal->companyId) : std::nullopt;
        m_company.show(company ? company->name : "", company ? company->id : 0);
        m_edit.stored();
    } else {
        // The products decide the amount, even while other fields are being typed in.
        if (!m_products.empty() || !ws.deals().products(m_id).empty()) m_typed.amount = amountTyped(deal->amount);
    }
    m_stages = ws.pipeline().allStages();
    m_products = ws.deals().products(m_id);
    m_activities = ws.activities().forDeal(m_id);
    // Open ones first, the soonest on top; then what is done, the latest on top.
    std::stable_sort(m_activities.begin(), m_activities.end(), [](const auto& a, const auto& b) {
        const bool aOpen = a.dueAt && !a.doneAt, bOpen = b.dueAt && !b.doneAt;
        if (aOpen != bOpen) return aOpen;
        return aOpen && *a.dueAt < *b.dueAt;
    });
    m_history = ws.deals().history(m_id);
}

deals::DealDraft DealDetail::draftFromTyped() const {
    const std::string currency = m_typed.currency;
    deals::DealDraft d{.title = m_typed.title,
                       .amount = {0, currency},
                       .companyId = m_companyId,
                       .contactId = m_contactId,
                       .probabilityOverride = percentTyped(m_typed.probability),
                       .owner = m_typed.owner,
                       .notes = m_typed.notes};
    if (!isValidCurrency(currency)) throw ValidationError("currency", Problem::Currency);
    d.amount.minor = parseMinorUnits(m_typed.amount, currency);
    if (!m_typed.expectedClose.empty()) d.expectedClose = parseLocalDate(m_typed.expectedClose, "expected close");
    return d;
}

bool DealDetail::save(Workspace& ws) {
    const bool stored = m_error.attempt([&] { ws.deals().update(m_id, draftFromTyped()); });
    if (stored) m_edit.stored();
    return stored;
}

bool DealDetail::commitEdits(Workspace& ws) {
    if (!m_id || !m_edit.pending()) return true;
    return save(ws);
}

DealDetail::Outcome DealDetail::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    if (m_id && m_loadedAtChange != ctx.changeCount) {
        load(ws, m_loadedAtChange >= 0 && (ImGui::IsAnyItemActive() || !m_error.field.empty() || m_edit.pending()));
        m_loadedAtChange = ctx.changeCount;
    }
    if (!m_id) return Outcome::Closed;
    const std::int64_t id = m_id;
    drawHeader(ctx);
    if (!m_id) return id == m_stored.id && m_stored.deletedAt ? Outcome::Deleted : Outcome::Closed;
    if (!ImGui::BeginTable("deal-page", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings))
        return Outcome::Shown;
    ImGui::TableSetupColumn("fields", 0, 1.0f);
    ImGui::TableSetupColumn("related", 0, 1.2f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    drawFields(ctx);
    ImGui::TableNextColumn();
    drawProducts(ctx);
    drawActivities(ctx);
    drawHistory(ctx.tr);
    ImGui::EndTable();
    return Outcome::Shown;
}

void DealDetail::drawHeader(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    if (ImGui::Button(tr.label("Back to pipeline"))) {
        commitEdits(ws);
        m_id = 0;
        return;
    }
    ImGui::SameLine();
    titleText(m_stored.title);
    ImGui::Separator();
    hintText(formatMoney(m_stored.amount) + " · " + std::to_string(m_stored.probability) + "% · " +
             tr.term(vocab::kDealStatus, m_stored.status));
    ImGui::SameLine();
    const bool open = m_stored.status == vocab::deal_status::kOpen;
    if (open) {
        if (ImGui::Button(tr.label("Mark won"))) ctx.request(requests::MarkDealWon{m_id}, m_error);
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Mark lost"))) {
            m_lostReason.clear();
            m_error.clear();
            ImGui::OpenPopup("lost-reason");
        }
    } else {
        if (ImGui::Button(tr.label("Reopen"))) ctx.request(requests::ReopenDeal{m_id}, m_error);
        if (m_stored.status == vocab::deal_status::kLost) {
            ImGui::SameLine();
            hintText(tr.format("Lost reason: {0}", {m_stored.lostReason}));
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Delete deal")) && m_error.attempt([&] {
            commitEdits(ws);
            ws.deals().remove(m_id);
        })) {
        m_stored.deletedAt = ctx.now;
        m_edit.stored();
        m_id = 0;
        return;
    }
    if (ImGui::BeginPopup("lost-reason")) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        bool confirm = textField("Why was it lost?", m_lostReason, tr);
        m_error.showFor("lost reason", tr);
        confirm |= ImGui::Button(tr.label("Mark as lost"));
        if (confirm && m_error.attempt([&] { ws.deals().markLost(m_id, m_lostReason); })) ImGui::CloseCurrentPopup();
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Cancel"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    // The stage, for an open deal: the board's drag, as a menu.
    if (open) {
        const deals::Stage* current = nullptr;
        for (const auto& s : m_stages)
            if (s.id == m_stored.stageId) current = &s;
        if (comboBox(tr.label("Stage"), current ? stageName(current->name, tr) : "", kFieldWidth)) {
            for (const auto& s : m_stages)
                if (!s.removedAt && ImGui::Selectable(stageName(s.name, tr), s.id == m_stored.stageId) &&
                    s.id != m_stored.stageId)
                    ctx.request(requests::MoveDeal{m_id, s.id}, m_error);
            ImGui::EndCombo();
        }
    }
    m_error.showOther({"title", "amount", "currency", "probability", "expected close", "owner", "notes", "contact",
                       "company", "lost reason"},
                      tr);
    ImGui::Separator();
}

bool DealDetail::field(const char* english, Workspace& ws, const char* errorField, std::string& value,
                       const Translator& tr, float width, const char* hint) {
    if (m_refocus == english) {
        ImGui::SetKeyboardFocusHere();
        m_refocus.clear();
    }
    const std::string label = std::string(tr.text(english)) + "###deal-" + english;
    ImGui::SetNextItemWidth(width);
    const bool enter =
        ImGui::InputTextWithHint(label.c_str(), hint, &value, recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
    m_edit.note(ImGui::IsItemEdited());
    explainIfReadOnly(tr);
    const bool left = enter || ImGui::IsItemDeactivatedAfterEdit();
    // A refused value keeps the cursor in its field, ready to be corrected.
    if (left && !save(ws)) m_refocus = english;
    m_error.showBelow(errorField, tr);
    return left;
}

void DealDetail::drawFields(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    field("Deal title", ws, "title", m_typed.title, tr, kFieldWidth);
    const bool fromProducts = !m_products.empty();
    ImGui::BeginDisabled(fromProducts);
    field("Amount", ws, "amount", m_typed.amount, tr, 130);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(fromProducts);
    field("Currency", ws, "currency", m_typed.currency, tr, 50);
    ImGui::EndDisabled();
    if (fromProducts) hintText(tr.text("The amount is the total of the products."));
    const deals::Stage* stage = nullptr;
    for (const auto& s : m_stages)
        if (s.id == m_stored.stageId) stage = &s;
    const std::string stageDefault =
        stage ? tr.format("{0}% (stage default)", {std::to_string(stage->probability)}) : std::string();
    field("Probability %", ws, "probability", m_typed.probability, tr, 130, stageDefault.c_str());
    field("Expected close", ws, "expected close", m_typed.expectedClose, tr, 130, "YYYY-MM-DD");
    if (ownerCombo("Owner", m_typed.owner, ws, tr, kFieldWidth)) save(ws);
    m_error.showBelow("owner", tr);
    // Pick a contact or company by typing part of its name; Unlink removes the link.
    const std::int64_t contact = m_contact.draw("Contact", ws.search(), tr, kFieldWidth);
    if (contact && contact != m_contactId.value_or(0)) {
        m_contactId = contact;
        save(ws);
    }
    if (m_contactId) {
        sameLineIfRoom(buttonWidth(tr.label("Unlink")));
        ImGui::PushID("unlink-contact");
        if (ImGui::SmallButton(tr.label("Unlink"))) {
            m_contactId.reset();
            if (save(ws)) m_contact.clear();
        }
        ImGui::PopID();
    }
    const std::int64_t company = m_company.draw("Company", ws.search(), tr, kFieldWidth);
    if (company && company != m_companyId.value_or(0)) {
        m_companyId = company;
        save(ws);
    }
    if (m_companyId) {
        sameLineIfRoom(buttonWidth(tr.label("Unlink")));
        ImGui::PushID("unlink-company");
        if (ImGui::SmallButton(tr.label("Unlink"))) {
            m_companyId.reset();
            if (save(ws)) m_company.clear();
        }
        ImGui::PopID();
    }
    const std::string notesLabel = std::string(tr.text("Notes")) + "###deal-Notes";
    ImGui::InputTextMultiline(notesLabel.c_str(), &m_typed.notes, ImVec2(kFieldWidth, ImGui::GetTextLineHeight() * 4),
                              recordFieldFlags(0));
    m_edit.note(ImGui::IsItemEdited());
    explainIfReadOnly(tr);
    if (ImGui::IsItemDeactivatedAfterEdit()) save(ws);
    // A pause in typing stores quietly: a value refused half-typed ("12.") is the person still
    // typing, and its reason appears when they leave the field.
    m_edit.storeAtPause(m_error, [&] { ws.deals().update(m_id, draftFromTyped()); });
    if (m_error.field == "storage") errorText(tr.format("Could not save: {0}", {m_error.reason}));
}

void DealDetail::drawProducts(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Products"));
    if (m_products.empty()) hintText(tr.text("No products yet. Adding one sets the amount from the products."));
    if (!m_products.empty() &&
        ImGui::BeginTable("deal-products", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn(tr.label("Product"), 0, 3.0f);
        ImGui::TableSetupColumn(tr.label("Quantity"), 0, 1.0f);
        ImGui::TableSetupColumn(tr.label("Line total"), 0, 1.6f);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
        tableHeaders();
        std::optional<std::int64_t> removeLine;
        for (auto& line : m_products) {
            ImGui::PushID(static_cast<int>(line.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(line.productName.c_str());
            reportLastItem(line.productName.c_str());
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            ImGui::InputScalar("##quantity", ImGuiDataType_S64, &line.quantity, nullptr, nullptr, nullptr,
                               recordFieldFlags(0));
            if (ImGui::IsItemDeactivatedAfterEdit())
                m_productError.attempt([&] { ws.deals().setProductQuantity(line.id, line.quantity); });
            ImGui::TableNextColumn();
            rightAlignedText(formatMoney({line.quantity * line.unitPriceMinor, m_stored.amount.currency}));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr.label("Remove"))) removeLine = line.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (removeLine) m_productError.attempt([&] { ws.deals().removeProduct(*removeLine); });
    }
    const std::int64_t product = m_product.draw("Add product", ws.search(), tr, kFieldWidth);
    sameLineIfRoom(50 + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr.text("Qty")).x);
    ImGui::SetNextItemWidth(50);
    ImGui::InputText(tr.label("Qty"), &m_quantity, ImGuiInputTextFlags_CharsDecimal);
    sameLineIfRoom(buttonWidth(tr.label("Add")));
    ImGui::BeginDisabled(product == 0);
    if (ImGui::Button(tr.label("Add")) && m_productError.attempt([&] {
            std::int64_t quantity = 0;
            const auto [end, ec] = std::from_chars(m_quantity.data(), m_quantity.data() + m_quantity.size(), quantity);
            if (ec != std::errc() || end != m_quantity.data() + m_quantity.size())
                throw ValidationError("quantity", Problem::Quantity);
            ws.deals().addProduct(m_id, product, quantity);
        })) {
        m_product.clear();
        m_quantity = "1";
    }
    ImGui::EndDisabled();
    m_productError.showOther({}, tr);
    ImGui::Spacing();
}

void DealDetail::drawActivities(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Activities"));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Plan activity")))
        m_activityForm.start(ws, ctx.now, {m_stored.contactId.value_or(0), m_stored.companyId.value_or(0), m_id});
    m_activityForm.draw(ws, tr);
    if (m_activities.empty()) hintText(tr.text("Nothing planned. Plan a call, meeting or task."));
    for (const auto& a : m_activities) {
        ImGui::PushID(static_cast<int>(a.id));
        const bool planned = a.dueAt.has_value();
        bool done = a.doneAt.has_value() || !planned;
        const std::int64_t at = a.dueAt.value_or(a.occurredAt.value_or(a.createdAt));
        std::string line =
            localDateTime(at) + " " + tr.format("{0}: {1}", {tr.term(vocab::kActivityKind, a.kind), a.subject});
        if (a.durationMin)
            line = tr.format("{0} ({1})", {line, tr.format("{0} min", {std::to_string(*a.durationMin)})});
        ImGui::BeginDisabled(!planned);
        if (ImGui::Checkbox("##done", &done))
            ctx.request(done ? Request{requests::CompleteTask{a.id}} : Request{requests::ReopenTask{a.id}},
                        m_activityError);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (!done || !planned) {
            if (planned && *a.dueAt < ctx.now && !a.doneAt)
                ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.2f, 0.2f, 1));
            else
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_Text));
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        }
        if (ImGui::Selectable(line.c_str(), m_activityForm.editing() == a.id)) m_activityForm.edit(ws, a.id);
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    m_activityError.showOther({}, tr);
    ImGui::Spacing();
}

void DealDetail::drawHistory(const Translator& tr) {
    headingText(tr.text("Stage history"));
    const auto nameOf = [&](std::optional<std::int64_t> id) -> std::string {
        for (const auto& s : m_stages)
            if (id && s.id == *id) return stageName(s.name, tr);
        return "";
    };
    for (auto it = m_history.rbegin(); it != m_history.rend(); ++it) {
        const auto& h = *it;
        std::string what;
        if (h.toStatus != vocab::deal_status::kOpen)
            what = tr.term(vocab::kDealStatus, h.toStatus);
        else if (!h.fromStageId)
            what = tr.format("Created in {0}", {nameOf(h.toStageId)});
        else if (h.fromStageId == h.toStageId)
            what = tr.format("Reopened in {0}", {nameOf(h.toStageId)});
        else
            what = nameOf(h.fromStageId) + " → " + nameOf(h.toStageId);
        ImGui::TextDisabled("%s", localDateTime(h.at).c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(what.c_str());
        reportLastItem(what.c_str());
    }
}

} // namespace satchel::ui
