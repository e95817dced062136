#include "ui/screens/companies_screen.h"

#include "core/common/money.h"
#include "core/common/text.h"
#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/timeline_words.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

template std::unique_ptr<Screen> makeScreen<CompaniesScreen>();

void CompaniesScreen::reload(Workspace& ws, std::int64_t changeCount) {
    auto& service = ws.companies();
    const companies::CompanyQuery base = m_query;
    m_rows.reset(
        [&service, base](std::int64_t offset, int limit, const companies::Company*) {
            companies::CompanyQuery q = base;
            q.offset = static_cast<int>(offset);
            q.limit = limit;
            return service.list(q);
        },
        service.count(m_query));
    m_loadedAtChange = changeCount;
    m_queryChanged = false;
}

void CompaniesScreen::deleteSelected(Workspace& ws) {
    const auto ids = m_selected.ids();
    if (m_error.attempt([&] { ws.companies().removeMany(ids); })) {
        m_deleted = ids;
        if (m_selected.contains(m_openId)) m_openId = 0;
        m_selected.clear();
    }
}

bool CompaniesScreen::open(ScreenContext& ctx, search::Kind kind, std::int64_t companyId) {
    if (kind != search::Kind::Company) return false;
    m_query = {.sort = m_query.sort, .descending = m_query.descending};
    m_search.clear();
    m_city.clear();
    m_queryChanged = true;
    m_selected.select(companyId);
    openDetail(ctx.services, companyId);
    return true;
}

bool CompaniesScreen::commitEdits(Workspace& ws) {
    if (m_openId && m_tagsEdit.pending() &&
        m_error.attempt([&] { ws.tags().setTags(tags::Target::Company, m_openId, text::splitList(m_tagsTyped)); }))
        m_tagsEdit.stored();
    // A refused value (its reason on screen) is still typed and not stored.
    if (!m_openId || (!m_draftEdit.pending() && m_error.field.empty())) return true;
    const bool stored = m_error.attempt([&] { ws.companies().update(m_openId, m_draft); });
    if (stored) m_draftEdit.stored();
    return stored;
}

bool CompaniesScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    Workspace& ws = ctx.services;
    if (id == 0) {
        commitEdits(ws);
        m_openId = 0;
        return true;
    }
    const auto company = ws.companies().get(id);
    if (!company || company->deletedAt) {
        m_openId = 0;
        return false;
    }
    m_selected.select(id);
    openDetail(ws, id);
    return true;
}

void CompaniesScreen::openDetail(Workspace& ws, std::int64_t id) {
    if (m_openId && m_openId != id) commitEdits(ws);
    m_draftEdit.stored();
    m_tagsEdit.stored();
    m_openId = id;
    m_detailAtChange = -1;
    m_error.clear();
}

void CompaniesScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    if (m_loadedAtChange != ctx.changeCount) {
        // Another screen may have deleted or merged a selected company; an error about an earlier
        // attempt no longer describes the data.
        m_selected.retain([&](const std::vector<std::int64_t>& ids) { return ws.companies().liveIds(ids); });
        m_bulkError.clear();
    }
    if (m_loadedAtChange != ctx.changeCount || m_queryChanged) reload(ws, ctx.changeCount);
    titleText(tr.text("Companies"));
    ImGui::SameLine();
    ImGui::TextDisabled("%lld", static_cast<long long>(m_rows.total()));
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 130.0f);
    if (ImGui::Button(tr.label("New company"), ImVec2(130, 0))) {
        m_formOpen = true;
        m_newName.clear(), m_newDomain.clear();
        m_formError.clear();
    }
    ImGui::Separator();
    if (m_formOpen) {
        bool save = textField("Company name", m_newName, tr);
        m_formError.showFor("name", tr);
        save |= textField("Domain", m_newDomain, tr);
        m_formError.showFor("domain", tr);
        save |= ImGui::Button(tr.label("Save"));
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
        std::int64_t id = 0;
        if (save && m_formError.attempt([&] { id = ws.companies().add({.name = m_newName, .domain = m_newDomain}); })) {
            m_formOpen = false;
            openDetail(ws, id);
        }
        m_formError.showOther({"name", "domain"}, tr);
        ImGui::Separator();
    }
    drawFilterBar(ws, tr);
    // A filter typed this frame shows its results this frame.
    if (m_queryChanged) reload(ws, ctx.changeCount);
    if (!m_selected.empty()) drawBulkBar(ws, tr);
    if (!m_deleted.empty()) {
        hintText(
            tr.count(static_cast<std::int64_t>(m_deleted.size()), "{0} company deleted.", "{0} companies deleted."));
        ImGui::SameLine();
        const bool undo = ImGui::SmallButton(tr.label("Undo")) || undoShortcut();
        if (undo && m_error.attempt([&] { ws.companies().restoreMany(m_deleted); })) {
            m_selected.add(m_deleted);
            m_deleted.clear();
        }
    }
    if (!m_selected.empty() && deleteShortcut()) deleteSelected(ws);
    const bool detail = m_openId != 0;
    if (ImGui::BeginChild("company-list", ImVec2(detail ? -430.0f : 0, 0))) drawTable(ws, tr);
    ImGui::EndChild();
    if (detail) {
        ImGui::SameLine();
        if (ImGui::BeginChild("company-detail", ImVec2(0, 0), true)) drawDetail(ctx);
        ImGui::EndChild();
    }
}

void CompaniesScreen::drawFilterBar(Workspace& ws, const Translator& tr) {
    ImGui::SetNextItemWidth(240);
    if (ImGui::InputTextWithHint("##company-search", tr.text("Search companies"), &m_search)) {
        m_query.search = m_search;
        m_queryChanged = true;
    }
    reportLastItem("search companies");
    ImGui::SameLine();
    m_queryChanged |=
        filterCombo("Tag", tr.text("Any tag"), m_query.tag, m_tags, tr, [&] { return ws.tags().names(); });
    ImGui::SameLine();
    m_queryChanged |= filterCombo("Industry", tr.text("Any industry"), m_query.industry, m_industries, tr,
                                  [&] { return ws.companies().industries(); });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120);
    if (ImGui::InputTextWithHint(tr.label("City"), tr.text("Any city"), &m_city)) {
        m_query.city = m_city;
        m_queryChanged = true;
    }
    if (!m_query.search.empty() || !m_query.tag.empty() || !m_query.industry.empty() || !m_query.city.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(tr.label("Clear filters"))) {
            m_query = {.sort = m_query.sort, .descending = m_query.descending};
            m_search.clear();
            m_city.clear();
            m_queryChanged = true;
        }
    }
    ImGui::Separator();
}

void CompaniesScreen::drawBulkBar(Workspace& ws, const Translator& tr) {
    const auto ids = m_selected.ids();
    hintText(std::to_string(ids.size()) + " " + tr.text("selected"));
    ImGui::SameLine();
    if (bulkTagField(m_bulkTag, m_bulkError, tr) &&
        m_bulkError.attempt([&] { ws.tags().addTag(tags::Target::Company, ids, m_bulkTag); }))
        m_bulkTag.clear();
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Delete selected"))) deleteSelected(ws);
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Clear selection"))) m_selected.clear();
    m_bulkError.showOther({}, tr);
}

void CompaniesScreen::drawTable(Workspace& ws, const Translator& tr) {
    if (m_rows.total() == 0) {
        const bool filtered =
            !m_query.search.empty() || !m_query.tag.empty() || !m_query.industry.empty() || !m_query.city.empty();
        hintText(tr.text(filtered ? "No companies match these filters. Clear them to see all."
                                  : "No companies yet. Click \"New company\" to add one."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("companies", 4, flags | ImGuiTableFlags_Sortable)) return;
    using companies::CompanySort;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("Name"), ImGuiTableColumnFlags_DefaultSort, 3.0f,
                            static_cast<ImGuiID>(CompanySort::Name));
    ImGui::TableSetupColumn(tr.label("Domain"), 0, 2.0f, static_cast<ImGuiID>(CompanySort::Domain));
    ImGui::TableSetupColumn(tr.label("Industry"), 0, 2.0f, static_cast<ImGuiID>(CompanySort::Industry));
    ImGui::TableSetupColumn(tr.label("City"), 0, 1.5f, static_cast<ImGuiID>(CompanySort::City));
    tableHeaders();
    if (const auto sort = sortRequest()) {
        m_query.sort = static_cast<CompanySort>(sort->column);
        m_query.descending = sort->descending;
        m_queryChanged = true;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.total()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const companies::Company* c = m_rows.row(i);
            ImGui::TableNextRow();
            if (!c) continue;
            ImGui::PushID(static_cast<int>(c->id));
            ImGui::TableNextColumn();
            const ImGuiIO& io = ImGui::GetIO();
            if (fittedSelectable(c->name, m_selected.contains(c->id), ImGuiSelectableFlags_SpanAllColumns) &&
                m_selected.click(i, c->id, io.KeyCtrl, io.KeyShift, m_rows))
                openDetail(ws, c->id);
            if (ImGui::TableNextColumn()) fittedText(c->domain);
            if (ImGui::TableNextColumn()) fittedText(c->industry);
            if (ImGui::TableNextColumn()) fittedText(c->city);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

void CompaniesScreen::drawDetail(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    if (m_detailAtChange != ctx.changeCount) {
        const auto company = ws.companies().get(m_openId);
        if (!company || company->deletedAt) {
            m_draftEdit.stored(); // gone (deleted or merged elsewhere): nothing typed can be stored
            m_openId = 0;
            return;
        }
        // Keep what the user is typing (or a refused value) rather than the stored row.
        if (m_detailAtChange < 0 || (!ImGui::IsAnyItemActive() && m_error.field.empty() && !m_draftEdit.pending()))
            m_draft = {company->name,    company->domain, company->industry, company->sizeBand,
                       company->address, company->city,   company->country,  company->notes};
        contacts::ContactQuery q;
        q.filter.companyId = m_openId;
        q.limit = 100;
        q.withTotal = false;
        m_people = ws.contacts().list(q).rows;
        m_deals = ws.deals().forCompany(m_openId);
        m_orders = ws.orders().forCompany(m_openId);
        m_tickets = ws.tickets().forCompany(m_openId);
        m_timeline = timeline::companyTimeline(ws, m_openId);
        if (!m_tagsEdit.pending()) {
            m_tagsTyped.clear();
            for (const auto& t : ws.tags().tagsOf(tags::Target::Company, m_openId))
                m_tagsTyped += (m_tagsTyped.empty() ? "" : ", ") + t;
        }
        m_detailAtChange = ctx.changeCount;
    }
    titleText(m_draft.name, ImGui::GetContentRegionAvail().x - 160.0f);
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 150.0f);
    if (ImGui::Button(tr.label("Delete"), ImVec2(70, 0))) {
        m_selected.select(m_openId);
        deleteSelected(ws);
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Close"), ImVec2(70, 0))) {
        commitEdits(ws);
        m_openId = 0;
        return;
    }
    ImGui::Separator();
    struct Field {
        const char* english;
        const char* field;
        std::string* value;
    };
    const Field fields[] = {{"Name", "name", &m_draft.name},
                            {"Domain", "domain", &m_draft.domain},
                            {"Industry", "industry", &m_draft.industry},
                            {"Size", "size", &m_draft.sizeBand},
                            {"City", "city", &m_draft.city},
                            {"Country", "country", &m_draft.country},
                            {"Address", "address", &m_draft.address},
                            {"Notes", "notes", &m_draft.notes}};
    for (const Field& f : fields) {
        const std::string label = std::string(tr.text(f.english)) + "###company-" + f.english;
        ImGui::SetNextItemWidth(260);
        const bool enter =
            ImGui::InputText(label.c_str(), f.value, recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
        m_draftEdit.note(ImGui::IsItemEdited());
        explainIfReadOnly(tr);
        if (enter || ImGui::IsItemDeactivatedAfterEdit()) {
            m_draftEdit.stored(); // the request stores it after this frame
            ctx.request(requests::UpdateCompany{m_openId, m_draft}, m_error);
        }
        if (m_error.field == f.field) errorText(m_error.shown(tr));
    }
    // A pause in typing stores quietly; a value refused half-typed shows its reason when the field is left.
    m_draftEdit.storeAtPause(m_error, [&] { ws.companies().update(m_openId, m_draft); });
    m_error.showOther({"name", "domain", "industry", "size", "city", "country", "address", "notes"}, tr);
    // Tags are stored when the field is left: "VI" on the way to "VIP" is no tag.
    const std::string tagsLabel = std::string(tr.text("Tags")) + "###company-Tags";
    ImGui::SetNextItemWidth(260);
    const bool tagsEnter =
        ImGui::InputText(tagsLabel.c_str(), &m_tagsTyped, recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
    m_tagsEdit.note(ImGui::IsItemEdited());
    explainIfReadOnly(tr);
    if ((tagsEnter || ImGui::IsItemDeactivatedAfterEdit()) &&
        m_error.attempt([&] { ws.tags().setTags(tags::Target::Company, m_openId, text::splitList(m_tagsTyped)); }))
        m_tagsEdit.stored();
    drawRelated(ctx);
}

void CompaniesScreen::drawRelated(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    headingText(tr.text("People"));
    ImGui::PushID("people"); // record ids repeat across kinds
    if (m_people.empty()) hintText(tr.text("No contacts at this company yet."));
    for (const auto& p : m_people) {
        ImGui::PushID(static_cast<int>(p.id));
        const std::string line = p.email.empty() ? p.name : p.name + "  " + p.email;
        if (fittedSelectable(line, false)) ctx.request(requests::OpenRecord{search::Kind::Contact, p.id});
        reportLastItem(p.name.c_str());
        ImGui::PopID();
    }
    ImGui::PopID();
    headingText(tr.text("Deals"));
    ImGui::PushID("deals"); // record ids repeat across kinds
    if (m_deals.empty()) hintText(tr.text("No deals with this company yet."));
    for (const auto& d : m_deals) {
        ImGui::PushID(static_cast<int>(d.id));
        const std::string line =
            d.title + " · " + formatMoney(d.amount) + " · " + tr.term(vocab::kDealStatus, d.status);
        if (fittedSelectable(line, false)) ctx.request(requests::OpenRecord{search::Kind::Deal, d.id});
        ImGui::PopID();
    }
    ImGui::PopID();
    headingText(tr.text("Orders"));
    ImGui::PushID("orders"); // record ids repeat across kinds
    if (m_orders.empty()) hintText(tr.text("No orders from this company yet."));
    for (const auto& o : m_orders) {
        ImGui::PushID(static_cast<int>(o.id));
        const std::string line = "#" + std::to_string(o.id) + " · " + localDate(o.orderDate) + " · " +
                                 formatMoney(o.total) + " · " + tr.term(vocab::kOrderStatus, o.status);
        if (fittedSelectable(line, false)) ctx.request(requests::OpenRecord{search::Kind::Order, o.id});
        ImGui::PopID();
    }
    ImGui::PopID();
    headingText(tr.text("Tickets"));
    ImGui::PushID("tickets"); // record ids repeat across kinds
    if (m_tickets.empty()) hintText(tr.text("No tickets from this company yet."));
    for (const auto& t : m_tickets) {
        ImGui::PushID(static_cast<int>(t.id));
        const std::string line = t.subject + " · " + tr.term(vocab::kTicketStatus, t.status);
        if (fittedSelectable(line, false)) ctx.request(requests::OpenRecord{search::Kind::Ticket, t.id});
        ImGui::PopID();
    }
    ImGui::PopID();
    headingText(tr.text("Timeline"));
    for (const auto& e : m_timeline)
        for (const TimelineLine& line : timelineLines(e, tr)) {
            ImGui::TextDisabled("%s", localDateTime(e.at).c_str());
            ImGui::SameLine();
            ImGui::TextWrapped("%s",
                               line.amount.empty() ? line.text.c_str() : (line.text + "  " + line.amount).c_str());
            reportLastItem(line.text.c_str());
        }
}

} // namespace satchel::ui
