#include "ui/screens/contacts_screen.h"

#include "core/common/text.h"
#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/owner_combo.h"
#include "ui/screen_factory.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace satchel::ui {

namespace {
constexpr float kDetailWidth = 430.0f;

} // namespace

namespace {
using contacts::ContactSort;
struct ColumnInfo {
    const char* english;
    const char* code; // as stored in the hidden-columns setting
    float weight;
    std::optional<ContactSort> sort;
};
enum Column { kName, kEmail, kPhone, kCompany, kCity, kOwner, kLifecycle, kTags, kAdded, kColumnCount };
constexpr ColumnInfo kColumnInfo[kColumnCount] = {
    {N_("Name"), "name", 3.0f, ContactSort::Name},
    {N_("Email"), "email", 3.0f, ContactSort::Email},
    {N_("Phone"), "phone", 2.0f, std::nullopt},
    {N_("Company"), "company", 2.2f, std::nullopt},
    {N_("City"), "city", 1.6f, ContactSort::City},
    {N_("Owner"), "owner", 1.4f, ContactSort::Owner},
    {N_("Lifecycle"), "lifecycle", 1.3f, ContactSort::Lifecycle},
    {N_("Tags"), "tags", 1.8f, std::nullopt},
    {N_("Added"), "added", 1.5f, ContactSort::Created},
};
constexpr const char* kHiddenColumnsKey = "contacts.hidden_columns";
constexpr const char* kHiddenByDefault = "city,added"; // room for Company and Tags at 1024 px
} // namespace

template std::unique_ptr<Screen> makeScreen<ContactsScreen>();

bool ContactsScreen::open(ScreenContext& ctx, search::Kind kind, std::int64_t id) {
    if (kind == search::Kind::Contact) return reveal(ctx.services, id);
    if (kind != search::Kind::Note) return false;
    const auto note = ctx.services.activities().get(id);
    return note && note->contactId && reveal(ctx.services, *note->contactId);
}

bool ContactsScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    Workspace& ws = ctx.services;
    if (id == 0) {
        m_detail.commitEdits(ws);
        m_openId = 0;
        return true;
    }
    const auto contact = ws.contacts().get(id);
    if (!contact || contact->deletedAt) {
        m_openId = 0;
        return false;
    }
    m_selected.select(id);
    m_openId = id;
    m_detail.open(ws, id);
    return true;
}

bool ContactsScreen::reveal(Workspace& ws, std::int64_t contactId) {
    const auto contact = ws.contacts().get(contactId);
    if (!contact) return false;
    m_query.filter = {};
    m_city.clear();
    m_search = contact->name;
    m_query.filter.search = m_search;
    m_queryChanged = true;
    m_selected.select(contactId);
    m_openId = contactId;
    m_detail.open(ws, contactId);
    return true;
}

void ContactsScreen::reload(Workspace& ws, std::int64_t changeCount) {
    auto& service = ws.contacts();
    // The first block and the total come from one query: a search reads its index once.
    contacts::ContactQuery first = m_query;
    first.limit = m_rows.blockSize();
    first.withTotal = true;
    contacts::ContactPage page = service.list(first);
    const contacts::ContactQuery base = m_query;
    m_rows.reset(
        [&service, base](std::int64_t offset, int limit, const contacts::Contact* after) {
            return service.listBlock(base, offset, limit, after);
        },
        page.total, std::move(page.rows));
    if (m_queryChanged) m_scrollToTop = true;
    m_queryChanged = false;
    m_loadedAtChange = changeCount;
    m_companyNames.clear();
    m_tagsText.clear();
}

void ContactsScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    if (m_loadedAtChange != ctx.changeCount) {
        // Another screen may have deleted or merged a selected contact; an error about an earlier
        // attempt no longer describes the data.
        m_selected.retain([&](const std::vector<std::int64_t>& ids) { return ws.contacts().liveIds(ids); });
        m_bulkError.clear();
    }
    if (m_queryChanged || m_loadedAtChange != ctx.changeCount) reload(ws, ctx.changeCount);
    if (!m_columnsLoaded) loadColumns(ws);
    drawHeader(ctx);
    drawFilterBar(ws, tr);
    // A filter typed this frame shows its results this frame.
    if (m_queryChanged) reload(ws, ctx.changeCount);
    if (m_form.open) drawNewForm(ws, tr);
    if (!m_selected.empty()) drawBulkBar(ws, tr);
    if (!m_lastDeleted.empty()) drawUndoBar(ws, tr);

    const bool detailOpen = m_openId != 0;
    if (ImGui::BeginChild("contact-list", ImVec2(detailOpen ? -kDetailWidth : 0, 0))) drawTable(ws, tr);
    ImGui::EndChild();
    if (detailOpen) {
        ImGui::SameLine();
        if (ImGui::BeginChild("contact-detail", ImVec2(0, 0), true)) {
            if (!m_detail.draw(ctx)) m_openId = 0;
        }
        ImGui::EndChild();
    }

    if (!m_selected.empty() && deleteShortcut()) deleteSelected(ws);
    if (!m_lastDeleted.empty() && undoShortcut()) undoDelete(ws);
    // After a change, the order searches sort by is read again a slice a frame (~5 frames at
    // 100,000 contacts), so the next keystroke in the search box does not pay for all of it.
    ws.contacts().readAheadSearchOrder(20'000);
}

void ContactsScreen::drawHeader(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    titleText(tr.text("Contacts"));
    ImGui::SameLine();
    ImGui::TextDisabled("%lld", static_cast<long long>(m_rows.total()));
    // Files in and out, left of "New contact": Import opens the picker (a dropped file works too),
    // Export takes the list as filtered here.
    const float files =
        buttonWidth(tr.label("Import")) + buttonWidth(tr.label("Export")) + 2 * ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 130.0f - files);
    if (ImGui::Button(tr.label("Import"))) ctx.request(requests::PickImportFile{});
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Export"))) ImGui::OpenPopup("export-contacts");
    if (ImGui::BeginPopup("export-contacts")) {
        using requests::ContactFileFormat;
        const std::pair<ContactFileFormat, const char*> formats[] = {
            {ContactFileFormat::Csv, N_("CSV (Excel, Numbers, Google Sheets)")},
            {ContactFileFormat::VCard3, N_("vCard 3.0 (phones, Outlook, Gmail)")},
            {ContactFileFormat::VCard4, N_("vCard 4.0")}};
        for (const auto& [format, name] : formats)
            if (ImGui::Selectable(tr.label(name))) ctx.request(requests::ExportContacts{format, m_query});
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("New contact"), ImVec2(130, 0)) && !m_form.open) {
        m_form = NewForm{};
        m_form.open = true;
        m_form.focusFirstField = true;
    }
    ImGui::Separator();
}

void ContactsScreen::drawFilterBar(Workspace& ws, const Translator& tr) {
    auto& f = m_query.filter;
    ImGui::SetNextItemWidth(220);
    if (ImGui::InputTextWithHint("##search", tr.text("Search contacts"), &m_search)) {
        f.search = m_search;
        m_queryChanged = true;
    }
    reportLastItem("search contacts");
    // A filter (130 px and its label) goes on the line while it fits; the bar wraps when narrow.
    const auto room = [&](const char* english, float field) {
        sameLineIfRoom(field + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr.text(english)).x);
    };
    room("Tag", 130);
    m_queryChanged |= filterCombo("Tag", tr.text("Any tag"), f.tag, m_tags, tr, [&] { return ws.tags().names(); });
    room("Owner", 130);
    m_queryChanged |=
        filterCombo("Owner", tr.text("Any owner"), f.owner, m_owners, tr, [&] { return ws.contacts().owners(); });
    room("Lifecycle", 130);
    m_queryChanged |= termFilterCombo("Lifecycle", tr.text("Any stage"), f.lifecycle, vocab::kLifecycle, tr);
    room("City", 120);
    ImGui::SetNextItemWidth(120);
    if (ImGui::InputTextWithHint(tr.label("City"), tr.text("Any city"), &m_city)) {
        f.city = m_city;
        m_queryChanged = true;
    }
    sameLineIfRoom(buttonWidth(tr.label("Columns")));
    drawColumnChooser(ws, tr);
    const bool filtered =
        !f.search.empty() || !f.tag.empty() || !f.owner.empty() || !f.lifecycle.empty() || !f.city.empty();
    if (filtered) {
        sameLineIfRoom(buttonWidth(tr.label("Clear filters")));
        if (ImGui::Button(tr.label("Clear filters"))) {
            f = {};
            m_search.clear();
            m_city.clear();
            m_queryChanged = true;
        }
        sameLineIfRoom(buttonWidth(tr.label("Save as segment")));
        if (ImGui::Button(tr.label("Save as segment"))) {
            m_segmentName.clear();
            m_segmentError.clear();
            ImGui::OpenPopup("save-segment");
        }
    }
    if (ImGui::BeginPopup("save-segment")) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        bool save = textField("Segment name", m_segmentName, tr, 220);
        m_segmentError.showFor("name", tr);
        save |= ImGui::Button(tr.label("Save"));
        if (save && m_segmentError.attempt([&] { ws.campaigns().saveSegment(m_segmentName, f); }))
            ImGui::CloseCurrentPopup();
        m_segmentError.showOther({"name"}, tr);
        ImGui::EndPopup();
    }
    ImGui::Separator();
}

void ContactsScreen::drawNewForm(Workspace& ws, const Translator& tr) {
    if (m_form.focusFirstField) {
        ImGui::SetKeyboardFocusHere();
        m_form.focusFirstField = false;
    }
    struct Field {
        const char* english;
        const char* name; // as ValidationError names it
        std::string* value;
    };
    const Field fields[] = {
        {"Name", "name", &m_form.name}, {"Email", "email", &m_form.email}, {"Phone", "phone", &m_form.phone}};
    bool save = false;
    for (const Field& f : fields) {
        save |= textField(f.english, *f.value, tr, 320);
        m_form.error.showFor(f.name, tr);
    }
    save |= ImGui::Button(tr.label("Save"), ImVec2(100, 0));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel"), ImVec2(100, 0)) || escapePressed()) m_form.open = false;
    // An error about a field is shown beside it; any other under the form.
    const auto isAbout = [&](const Field& f) { return m_form.error.field == f.name; };
    if (std::none_of(std::begin(fields), std::end(fields), isAbout)) m_form.error.showOther({}, tr);
    ImGui::Separator();
    if (save) {
        std::int64_t id = 0;
        if (m_form.error.attempt([&] {
                id = ws.contacts().add(
                    {.name = m_form.name, .email = m_form.email, .phone = m_form.phone, .owner = myName(ws)});
            })) {
            m_form = NewForm{};
            m_selected.select(id);
            m_openId = id;
            m_detail.open(ws, id);
        }
    }
}

void ContactsScreen::drawBulkBar(Workspace& ws, const Translator& tr) {
    const std::vector<std::int64_t> ids = m_selected.ids();
    hintText(std::to_string(ids.size()) + " " + tr.text("selected"));
    ImGui::SameLine();
    if (bulkTagField(m_bulkTag, m_bulkError, tr) &&
        m_bulkError.attempt([&] { ws.tags().addTag(tags::Target::Contact, ids, m_bulkTag); }))
        m_bulkTag.clear();
    ImGui::SameLine();
    if (ownerCombo("Set owner", m_bulkOwner, ws, tr, 150, tr.text("Choose a person")))
        m_bulkError.attempt([&] { ws.contacts().setOwner(ids, m_bulkOwner); });
    m_bulkOwner.clear();
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Delete"))) deleteSelected(ws);
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Clear selection"))) m_selected.clear();
    m_bulkError.showOther({}, tr);
}

void ContactsScreen::drawUndoBar(Workspace& ws, const Translator& tr) {
    hintText(
        tr.count(static_cast<std::int64_t>(m_lastDeleted.size()), "{0} contact deleted.", "{0} contacts deleted."));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Undo"))) undoDelete(ws);
    ImGui::SameLine();
    hintText("(Ctrl+Z)");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Dismiss"))) m_lastDeleted.clear();
}

void ContactsScreen::deleteSelected(Workspace& ws) {
    const std::vector<std::int64_t> ids = m_selected.ids();
    if (m_bulkError.attempt([&] { ws.contacts().removeMany(ids); })) {
        m_lastDeleted = ids;
        if (m_selected.contains(m_openId)) m_openId = 0;
        m_selected.clear();
    }
}

void ContactsScreen::undoDelete(Workspace& ws) {
    const auto ids = m_lastDeleted;
    if (m_bulkError.attempt([&] { ws.contacts().restoreMany(ids); })) {
        m_lastDeleted.clear();
        m_selected.add(ids);
    }
}

const std::string& ContactsScreen::companyName(Workspace& ws, std::int64_t companyId) {
    auto it = m_companyNames.find(companyId);
    if (it == m_companyNames.end()) {
        const auto company = ws.companies().get(companyId);
        it = m_companyNames.emplace(companyId, company && !company->deletedAt ? company->name : "").first;
    }
    return it->second;
}

const std::string& ContactsScreen::tagsText(Workspace& ws, std::int64_t contactId) {
    auto it = m_tagsText.find(contactId);
    if (it == m_tagsText.end()) {
        std::string text;
        for (const auto& t : ws.tags().tagsOf(tags::Target::Contact, contactId)) text += (text.empty() ? "" : ", ") + t;
        it = m_tagsText.emplace(contactId, std::move(text)).first;
    }
    return it->second;
}

void ContactsScreen::loadColumns(Workspace& ws) {
    // Stored as the codes of the hidden columns, "city,added": a column added later shows by default.
    const std::string hidden = ws.settings().get(kHiddenColumnsKey, kHiddenByDefault);
    const std::vector<std::string> codes = text::splitList(hidden);
    for (int i = 0; i < kColumnCount; ++i)
        m_shown[static_cast<size_t>(i)] =
            i == kName || std::find(codes.begin(), codes.end(), kColumnInfo[i].code) == codes.end();
    m_columnsLoaded = true;
}

void ContactsScreen::drawColumnChooser(Workspace& ws, const Translator& tr) {
    if (ImGui::Button(tr.label("Columns"))) ImGui::OpenPopup("contact-columns");
    if (!ImGui::BeginPopup("contact-columns")) return;
    bool changed = false;
    for (int i = 0; i < kColumnCount; ++i) {
        if (i == kName) continue; // a row is known by its name
        const std::string label = std::string(tr.text(kColumnInfo[i].english)) + "###column-" + kColumnInfo[i].code;
        bool shown = m_shown[static_cast<size_t>(i)];
        if (ImGui::Checkbox(label.c_str(), &shown)) {
            m_shown[static_cast<size_t>(i)] = shown;
            changed = true;
        }
    }
    if (changed) {
        std::string hidden;
        for (int i = 0; i < kColumnCount; ++i)
            if (!m_shown[static_cast<size_t>(i)])
                hidden += (hidden.empty() ? "" : ",") + std::string(kColumnInfo[i].code);
        // A read-only tab keeps the choice for itself until it reloads.
        FormError ignored;
        ignored.attempt([&] { ws.settings().set(kHiddenColumnsKey, hidden); });
    }
    ImGui::EndPopup();
}

void ContactsScreen::drawTable(Workspace& ws, const Translator& tr) {
    if (m_rows.total() == 0) {
        const auto& f = m_query.filter;
        const bool filtered =
            !f.search.empty() || !f.tag.empty() || !f.owner.empty() || !f.lifecycle.empty() || !f.city.empty();
        hintText(tr.text(filtered ? "No contacts match these filters. Clear them to see everyone."
                                  : "No contacts yet. Click \"New contact\" to add one."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_Sortable;
    if (!ImGui::BeginTable("contacts", kColumnCount, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (int i = 0; i < kColumnCount; ++i) {
        const ColumnInfo& c = kColumnInfo[i];
        ImGuiTableColumnFlags f = m_shown[static_cast<size_t>(i)] ? 0 : ImGuiTableColumnFlags_Disabled;
        if (i == kName) f |= ImGuiTableColumnFlags_DefaultSort;
        if (!c.sort) f |= ImGuiTableColumnFlags_NoSort;
        ImGui::TableSetupColumn(tr.label(c.english), f, c.weight, static_cast<ImGuiID>(c.sort.value_or(ContactSort{})));
    }
    tableHeaders();
    if (const auto sort = sortRequest()) {
        m_query.sort = static_cast<ContactSort>(sort->column);
        m_query.descending = sort->descending;
        m_queryChanged = true;
    }
    if (m_scrollToTop) {
        ImGui::SetScrollY(0);
        m_scrollToTop = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.total()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const contacts::Contact* c = m_rows.row(i);
            ImGui::TableNextRow();
            if (!c) continue; // the data changed under the count; the next frame reloads
            ImGui::PushID(static_cast<int>(c->id));
            ImGui::TableNextColumn();
            const ImGuiIO& io = ImGui::GetIO();
            if (fittedSelectable(c->name, m_selected.contains(c->id), ImGuiSelectableFlags_SpanAllColumns) &&
                m_selected.click(i, c->id, io.KeyCtrl, io.KeyShift, m_rows)) {
                m_openId = c->id;
                m_detail.open(ws, c->id);
            }
            // A hidden column draws nothing and reads nothing.
            // Each cell ends in "…" where its column is too narrow; hovering shows it whole.
            if (ImGui::TableNextColumn()) fittedText(c->email);
            if (ImGui::TableNextColumn()) fittedText(c->phone);
            if (ImGui::TableNextColumn() && c->companyId)
                fittedText(companyName(ws, *c->companyId), 0, ("company of " + c->name).c_str());
            if (ImGui::TableNextColumn()) fittedText(c->city);
            if (ImGui::TableNextColumn()) fittedText(c->owner);
            if (ImGui::TableNextColumn()) fittedText(tr.term(vocab::kLifecycle, c->lifecycle));
            if (ImGui::TableNextColumn()) fittedText(tagsText(ws, c->id), 0, ("tags of " + c->name).c_str());
            if (ImGui::TableNextColumn()) fittedText(localDate(c->createdAt));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace satchel::ui
