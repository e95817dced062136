#include "ui/activity_form.h"

#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <charconv>

namespace satchel::ui {

namespace {
constexpr std::int64_t kMinute = 60'000;
// The kinds planned here: a note is written on the record itself.
constexpr std::string_view kPlannedKinds[] = {vocab::activity_kind::kCall, vocab::activity_kind::kMeeting,
                                              vocab::activity_kind::kTask, vocab::activity_kind::kEmail};
struct Reminder {
    const char* english;
    int minutesBefore; // -1: none
};
constexpr Reminder kReminders[] = {{N_("No reminder"), -1},       {N_("At the start"), 0},
                                   {N_("5 minutes before"), 5},   {N_("15 minutes before"), 15},
                                   {N_("30 minutes before"), 30}, {N_("1 hour before"), 60},
                                   {N_("1 day before"), 24 * 60}};
constexpr int kDefaultReminder = 3; // 15 minutes before

std::optional<std::int64_t> wholeMinutes(const std::string& typed) {
    if (typed.empty()) return std::nullopt;
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), v);
    if (ec != std::errc() || end != typed.data() + typed.size() || v < 0)
        throw ValidationError("duration", Problem::NotANumber);
    return v;
}
} // namespace

void ActivityForm::showLinks(Workspace& ws, Links links) {
    m_contact.clear(), m_company.clear(), m_deal.clear();
    if (links.contactId)
        if (const auto c = ws.contacts().get(links.contactId)) m_contact.show(c->name, c->id);
    if (links.companyId)
        if (const auto c = ws.companies().get(links.companyId)) m_company.show(c->name, c->id);
    if (links.dealId)
        if (const auto d = ws.deals().get(links.dealId)) m_deal.show(d->title, d->id);
}

void ActivityForm::start(Workspace& ws, std::int64_t now, Links links) {
    m_open = true;
    m_id = 0;
    m_stored.reset();
    m_kind = vocab::activity_kind::kCall;
    m_subject.clear(), m_notes.clear();
    m_duration = "30";
    // The next full hour of the local clock (zones half an hour off UTC included), unless that is
    // tomorrow: then the last minute of today.
    const std::int64_t hour = 60 * kMinute;
    const DayBounds today = localDay(now);
    std::int64_t at = today.start + ((now - today.start) / hour + 1) * hour;
    if (at >= today.end) at = today.end - kMinute;
    m_date = localDate(at);
    m_time = localTime(at);
    m_reminder = kDefaultReminder;
    m_snoozed.reset();
    m_done = false;
    m_focus = true;
    m_error.clear();
    showLinks(ws, links);
}

void ActivityForm::edit(Workspace& ws, std::int64_t id) {
    const auto a = ws.activities().get(id);
    if (!a) return;
    m_open = true;
    m_id = id;
    m_stored = a;
    m_kind = a->kind;
    m_subject = a->subject;
    m_notes = a->body;
    m_duration = a->durationMin ? std::to_string(*a->durationMin) : "";
    const std::int64_t at = a->dueAt.value_or(a->occurredAt.value_or(a->createdAt));
    m_date = localDate(at);
    m_time = localTime(at);
    m_reminder = 0;
    m_snoozed.reset();
    if (a->remindAt) {
        m_snoozed = a->remindAt;
        for (int i = 1; i < static_cast<int>(std::size(kReminders)); ++i)
            if (a->dueAt && *a->dueAt - *a->remindAt == kReminders[i].minutesBefore * kMinute) {
                m_reminder = i;
                m_snoozed.reset();
            }
    }
    m_done = a->doneAt.has_value() || !a->dueAt; // what was logged as it happened is done
    m_focus = true;
    m_error.clear();
    showLinks(ws, {a->contactId.value_or(0), a->companyId.value_or(0), a->dealId.value_or(0)});
}

void ActivityForm::store(Workspace& ws) {
    activities::ActivityDraft d{.kind = m_kind, .subject = m_subject, .body = m_notes};
    if (m_stored) {
        // What this form has no field for is kept as it was.
        d.outcome = m_stored->outcome;
        d.priority = m_stored->priority;
    }
    std::int64_t at = parseLocalDateTime(m_date, m_time, "date", "time");
    if (m_stored) {
        // The fields show minutes: an unchanged time keeps its seconds.
        const std::int64_t storedAt = m_stored->dueAt.value_or(m_stored->occurredAt.value_or(m_stored->createdAt));
        if (localDateTime(storedAt) == localDateTime(at)) at = storedAt;
    }
    // Logged as it happened (no due time) and still done: it stays a record of what happened, at
    // the time now given. Anything else is planned, at that time, done or not.
    const bool happened = m_stored && !m_stored->dueAt && m_done;
    if (happened)
        d.occurredAt = at;
    else
        d.dueAt = at;
    d.done = m_done;
    d.durationMin = wholeMinutes(m_duration);
    if (m_snoozed)
        d.remindAt = m_snoozed;
    else if (kReminders[m_reminder].minutesBefore >= 0)
        d.remindAt = at - kReminders[m_reminder].minutesBefore * kMinute;
    if (m_contact.picked()) d.contactId = m_contact.picked();
    if (m_company.picked()) d.companyId = m_company.picked();
    if (m_deal.picked()) d.dealId = m_deal.picked();
    if (m_id)
        ws.activities().update(m_id, d);
    else
        ws.activities().log(d);
}

bool ActivityForm::draw(Workspace& ws, const Translator& tr) {
    if (!m_open) return false;
    ImGui::PushID("activity-form");
    for (const std::string_view k : kPlannedKinds) {
        if (ImGui::RadioButton(tr.termLabel(vocab::kActivityKind, k), m_kind == k)) m_kind = k;
        ImGui::SameLine();
    }
    if (m_id && !vocab::kActivityKind.contains(m_kind)) m_kind = vocab::activity_kind::kCall;
    ImGui::NewLine();
    if (m_focus) {
        ImGui::SetKeyboardFocusHere();
        m_focus = false;
    }
    bool save = textField("Subject", m_subject, tr);
    m_error.showFor("subject", tr);
    save |= textField("Date", m_date, tr, 110);
    ImGui::SameLine();
    save |= textField("Time", m_time, tr, 60);
    ImGui::SameLine();
    save |= textField("Minutes", m_duration, tr, 50);
    m_error.showBelow("date", tr);
    m_error.showBelow("time", tr);
    m_error.showBelow("duration", tr);
    const std::string reminderText = m_snoozed ? tr.format("Snoozed until {0}", {localDateTime(*m_snoozed)})
                                               : tr.text(kReminders[m_reminder].english);
    if (comboBox(tr.label("Reminder"), reminderText.c_str(), 200)) {
        for (int i = 0; i < static_cast<int>(std::size(kReminders)); ++i)
            if (ImGui::Selectable(tr.text(kReminders[i].english), !m_snoozed && m_reminder == i)) {
                m_reminder = i;
                m_snoozed.reset();
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::Checkbox(tr.label("Done"), &m_done);
    m_contact.draw("Contact", ws.search(), tr);
    m_company.draw("Company", ws.search(), tr);
    m_deal.draw("Deal", ws.search(), tr);
    m_error.showFor("link", tr);
    ImGui::SetNextItemWidth(280);
    ImGui::InputTextMultiline(tr.label("Notes"), &m_notes, ImVec2(280, ImGui::GetTextLineHeight() * 2.5f),
                              recordFieldFlags(0));
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_open = false;
    bool stored = false;
    if (save && m_error.attempt([&] { store(ws); })) {
        m_open = false;
        stored = true;
    }
    m_error.showOther({"subject", "date", "time", "duration", "link"}, tr);
    ImGui::PopID();
    ImGui::Separator();
    return stored;
}

} // namespace satchel::ui
