#include "ui/screens/contact_detail.h"

#include "core/contacts/contact_validation.h"

#include "core/common/money.h"
#include "core/common/text.h"
#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/icons.h"
#include "ui/item_locator.h"
#include "ui/owner_combo.h"
#include "ui/timeline_words.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

using contacts::draftOf;

void ContactDetail::open(Workspace& ws, std::int64_t contactId) {
    if (contactId == m_id) return;
    if (m_id) commitEdits(ws);
    m_id = contactId;
    m_loadedAtChange = -1;
    m_error.clear();
    m_quick = Quick::None;
}

void ContactDetail::load(Workspace& ws, bool keepDraft) {
    const auto contact = ws.contacts().get(m_id);
    m_exists = contact && !contact->deletedAt;
    if (!m_exists) return;
    m_stored = *contact;
    if (!keepDraft) {
        m_draft = draftOf(m_stored);
        m_tags.clear();
        for (const auto& t : ws.tags().tagsOf(tags::Target::Contact, m_id)) m_tags += (m_tags.empty() ? "" : ", ") + t;
        m_fields = ws.customFields().fields(std::string(vocab::field_entity::kContact));
        m_fieldValues.clear();
        for (const auto& f : m_fields) m_fieldValues.push_back(ws.customFields().value(f.id, m_id).value_or(""));
        m_draftEdit.stored();
        m_tagsEdit.stored();
        m_fieldEdits.assign(m_fields.size(), PendingEdit{});
    }
    if (!keepDraft) {
        const auto company = m_stored.companyId ? ws.companies().get(*m_stored.companyId) : std::nullopt;
        m_company.show(company ? company->name : std::string(), company ? company->id : 0);
    }
    m_timeline = timeline::contactTimeline(ws, m_id);
}

bool ContactDetail::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    if (m_loadedAtChange != ctx.changeCount) {
        // While a field is being typed in, or holds a refused value, the draft is the user's: keep it.
        load(ctx.services, m_loadedAtChange >= 0 && (ImGui::IsAnyItemActive() || !m_error.field.empty() ||
                                                     m_draftEdit.pending() || m_tagsEdit.pending()));
        m_loadedAtChange = ctx.changeCount;
    }
    if (!m_exists) {
        // Gone (deleted or merged in another screen): nothing typed here can be stored.
        m_draftEdit.stored();
        m_id = 0;
        return false;
    }
    titleText(m_stored.name, ImGui::GetContentRegionAvail().x - 80.0f, "detail-heading");
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 70.0f);
    bool open = true;
    if (ImGui::Button(tr.label("Close"), ImVec2(70, 0))) open = false;
    ImGui::Separator();
    drawQuickActions(ctx);
    drawFields(ctx);
    drawTimeline(tr);
    if (!open) {
        commitEdits(ctx.services);
        m_id = 0;
    }
    return open;
}

ContactDetail::FieldEdit ContactDetail::field(const char* english, std::string& value, const Translator& tr,
                                              bool multiline) {
    const std::string label = std::string(tr.text(english)) + "###detail-" + english;
    if (m_refocus == english) {
        ImGui::SetKeyboardFocusHere();
        m_refocus.clear();
    }
    ImGui::SetNextItemWidth(260);
    bool enter = false;
    if (multiline)
        ImGui::InputTextMultiline(label.c_str(), &value, ImVec2(260, ImGui::GetTextLineHeight() * 3),
                                  recordFieldFlags(0));
    else
        enter = ImGui::InputText(label.c_str(), &value, recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
    const FieldEdit edit{ImGui::IsItemEdited(), enter || ImGui::IsItemDeactivatedAfterEdit()};
    explainIfReadOnly(tr);
    return edit;
}

bool ContactDetail::save(Workspace& ws) {
    const bool stored = m_error.attempt([&] { ws.contacts().update(m_id, m_draft); });
    if (stored) m_draftEdit.stored();
    return stored;
}

bool ContactDetail::saveTags(Workspace& ws) {
    const bool stored =
        m_error.attempt([&] { ws.tags().setTags(tags::Target::Contact, m_id, text::splitList(m_tags)); });
    if (stored) m_tagsEdit.stored();
    return stored;
}

bool ContactDetail::saveCustomField(Workspace& ws, std::size_t index) {
    const bool stored =
        m_error.attempt([&] { ws.customFields().setValue(m_fields[index].id, m_id, m_fieldValues[index]); });
    if (stored) m_fieldEdits[index].stored();
    return stored;
}

bool ContactDetail::commitEdits(Workspace& ws) {
    if (!m_id || !m_exists) return true;
    bool ok = !m_draftEdit.pending() || save(ws);
    if (m_tagsEdit.pending()) ok = saveTags(ws) && ok;
    for (std::size_t i = 0; i < m_fieldEdits.size(); ++i)
        if (m_fieldEdits[i].pending()) ok = saveCustomField(ws, i) && ok;
    return ok;
}

void ContactDetail::drawFields(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    struct Text {
        const char* english;
        const char* field; // as ValidationError names it
        std::string* value;
    };
    const Text texts[] = {
        {"Name", "name", &m_draft.name},       {"Email", "email", &m_draft.email},
        {"Phone", "phone", &m_draft.phone},    {"Title", "title", &m_draft.title},
        {"City", "city", &m_draft.city},       {"Country", "country", &m_draft.country},
        {"Source", "source", &m_draft.source},
    };
    for (const Text& t : texts) {
        const FieldEdit edit = field(t.english, *t.value, tr);
        m_draftEdit.note(edit.edited);
        // A refused value keeps the cursor in its field, ready to be corrected.
        if (edit.left && !save(ws)) m_refocus = t.english;
        m_error.showBelow(t.field, tr);
    }
    if (ownerCombo("Owner", m_draft.owner, ws, tr, 260)) save(ws);
    m_error.showBelow("owner", tr);
    const std::string lifecycleLabel = std::string(tr.text("Lifecycle")) + "###detail-Lifecycle";
    if (comboBox(lifecycleLabel.c_str(), tr.term(vocab::kLifecycle, m_draft.lifecycle), 260)) {
        for (const vocab::Term& stage : vocab::kLifecycle.terms())
            if (ImGui::Selectable(tr.termLabel(vocab::kLifecycle, stage.code), m_draft.lifecycle == stage.code)) {
                m_draft.lifecycle = stage.code;
                save(ws);
            }
        ImGui::EndCombo();
    }
    // Type part of a company's name and pick it to link the contact; Unlink removes the link.
    const std::int64_t company = m_company.draw("Company", ws.search(), tr, 260);
    if (company && company != m_draft.companyId.value_or(0)) {
        m_draft.companyId = company;
        save(ws);
    }
    if (m_draft.companyId) {
        sameLineIfRoom(buttonWidth(tr.label("Unlink")));
        if (ImGui::SmallButton(tr.label("Unlink"))) {
            m_draft.companyId.reset();
            if (save(ws)) m_company.clear();
        }
    }
    m_error.showBelow("company", tr);
    // Tags are stored when the field is left, never at a pause: "VI" on the way to "VIP" is no tag.
    const FieldEdit tagsEdit = field("Tags", m_tags, tr);
    m_tagsEdit.note(tagsEdit.edited);
    if (tagsEdit.left) saveTags(ws);
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const auto& f = m_fields[i];
        const std::string label = f.name + "###custom-" + std::to_string(f.id);
        if (f.kind == vocab::field_kind::kChoice) {
            if (comboBox(label.c_str(), m_fieldValues[i].c_str(), 260)) {
                if (ImGui::Selectable(tr.text("(none)"), m_fieldValues[i].empty())) {
                    m_fieldValues[i].clear();
                    ctx.request(requests::SetCustomFieldValue{f.id, m_id, ""}, m_error);
                }
                for (const auto& choice : f.choices)
                    if (ImGui::Selectable(choice.c_str(), m_fieldValues[i] == choice)) {
                        m_fieldValues[i] = choice;
                        ctx.request(requests::SetCustomFieldValue{f.id, m_id, choice}, m_error);
                    }
                ImGui::EndCombo();
            }
        } else {
            ImGui::SetNextItemWidth(260);
            const bool enter =
                ImGui::InputTextWithHint(label.c_str(), f.kind == vocab::field_kind::kDate ? "YYYY-MM-DD" : "",
                                         &m_fieldValues[i], recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
            m_fieldEdits[i].note(ImGui::IsItemEdited());
            if (enter || ImGui::IsItemDeactivatedAfterEdit()) {
                m_fieldEdits[i].stored(); // the request stores it after this frame
                ctx.request(requests::SetCustomFieldValue{f.id, m_id, m_fieldValues[i]}, m_error);
            }
        }
        m_error.showBelow(f.name.c_str(), tr);
    }
    const FieldEdit notesEdit = field("Notes", m_draft.notes, tr, true);
    m_draftEdit.note(notesEdit.edited);
    if (notesEdit.left) save(ws);
    // A pause in typing stores the contact's fields quietly: a value refused half-typed ("ana@")
    // is the person still typing, and its reason appears when they leave the field.
    m_draftEdit.storeAtPause(m_error, [&] { ws.contacts().update(m_id, m_draft); });
    if (m_error.field == "storage") errorText(tr.format("Could not save: {0}", {m_error.reason}));
    ImGui::Separator();
}

void ContactDetail::drawQuickActions(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    auto start = [&](Quick q) {
        m_quick = q;
        m_focusQuick = true;
        m_quickSubject.clear();
        m_quickExtra.clear();
        m_quickError.clear();
    };
    if (ImGui::Button(tr.label("Log call"))) start(Quick::Call);
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Add task"))) start(Quick::Task);
    ImGui::SameLine();
    if (ImGui::Button(tr.label("New deal"))) start(Quick::Deal);
    ImGui::SameLine();
    if (ImGui::Button(tr.label("New ticket"))) start(Quick::Ticket);
    if (m_quick == Quick::None) return;

    if (m_focusQuick) {
        ImGui::SetKeyboardFocusHere();
        m_focusQuick = false;
    }
    const bool isDeal = m_quick == Quick::Deal;
    bool save = textField(isDeal ? "Deal title" : "Subject", m_quickSubject, tr, 260);
    m_quickError.showFor(isDeal ? "title" : "subject", tr);
    const char* extra = m_quick == Quick::Call   ? "Outcome"
                        : m_quick == Quick::Task ? "Due in days"
                        : isDeal                 ? "Amount"
                                                 : "Priority";
    if (m_quick == Quick::Ticket) {
        if (m_quickExtra.empty()) m_quickExtra = vocab::ticket_priority::kNormal;
        if (comboBox(tr.label("Priority"), tr.term(vocab::kTicketPriority, m_quickExtra), 260)) {
            for (const vocab::Term& p : vocab::kTicketPriority.terms())
                if (ImGui::Selectable(tr.termLabel(vocab::kTicketPriority, p.code), m_quickExtra == p.code))
                    m_quickExtra = p.code;
            ImGui::EndCombo();
        }
    } else {
        save |= textField(extra, m_quickExtra, tr, 260);
    }
    m_quickError.showFor(isDeal ? "amount" : m_quick == Quick::Task ? "due" : "outcome", tr);
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_quick = Quick::None;
    if (save) {
        const std::int64_t now = ctx.now;
        const bool done = m_quickError.attempt([&] {
            const std::string currency = ws.settings().defaultCurrency();
            switch (m_quick) {
            case Quick::Call:
                ws.activities().log({.kind = std::string(vocab::activity_kind::kCall),
                                     .subject = m_quickSubject,
                                     .occurredAt = now,
                                     .outcome = m_quickExtra,
                                     .contactId = m_id,
                                     .companyId = m_stored.companyId});
                break;
            case Quick::Task:
                ws.activities().log({.kind = std::string(vocab::activity_kind::kTask),
                                     .subject = m_quickSubject,
                                     .dueAt = dueInDays(m_quickExtra, now),
                                     .contactId = m_id,
                                     .companyId = m_stored.companyId});
                break;
            case Quick::Deal:
                ws.deals().create({.title = m_quickSubject,
                                   .amount = {parseMinorUnits(m_quickExtra, currency), currency},
                                   .companyId = m_stored.companyId,
                                   .contactId = m_id,
                                   .owner = m_stored.owner});
                break;
            case Quick::Ticket:
                ws.tickets().open({.subject = m_quickSubject,
                                   .contactId = m_id,
                                   .companyId = m_stored.companyId,
                                   .priority = m_quickExtra});
                break;
            case Quick::None: break;
            }
        });
        if (done) m_quick = Quick::None;
    }
    m_quickError.showOther({"title", "subject", "amount", "due", "outcome"}, tr);
    ImGui::Separator();
}

void ContactDetail::drawTimeline(const Translator& tr) {
    headingText(tr.text("Timeline"));
    if (m_timeline.empty()) hintText(tr.text("Nothing yet. Log a call or add a task above."));
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings;
    if (m_timeline.empty() || !ImGui::BeginTable("timeline", 3, flags)) return;
    ImGui::TableSetupColumn("when", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("amount", ImGuiTableColumnFlags_WidthFixed);
    for (const auto& e : m_timeline)
        for (const TimelineLine& line : timelineLines(e, tr)) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", localDateTime(e.at).c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", line.text.c_str());
            reportLastItem(line.text.c_str());
            ImGui::TableNextColumn();
            if (!line.amount.empty()) rightAlignedText(line.amount);
        }
    ImGui::EndTable();
}

} // namespace satchel::ui
