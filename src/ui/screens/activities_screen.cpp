#include "ui/screens/activities_screen.h"

#include "core/common/clock.h"
#include "core/common/time_format.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <ctime>

namespace satchel::ui {

namespace {
constexpr std::int64_t kDay = 86'400'000;

// Local Monday 00:00 of the week containing `now`.
std::int64_t weekStart(std::int64_t now) {
    std::int64_t day = localDay(now).start;
    // Walk back to Monday; localDay handles daylight-saving days of 23 or 25 hours.
    for (int i = 0; i < 7; ++i) {
        const std::time_t t = static_cast<std::time_t>((day + kDay / 2) / 1000);
        std::tm tm{};
        localtime_r(&t, &tm);
        if (tm.tm_wday == 1) break;
        day = localDay(day - kDay / 2).start;
    }
    return day;
}
} // namespace

void ActivitiesScreen::load(Workspace& ws, std::int64_t now) {
    auto& a = ws.activities();
    m_overdue = a.overdueTasks(now);
    m_today = a.dueToday(now);
    m_upcoming = a.upcomingTasks(now, 7);
    m_weekStart = weekStart(now + static_cast<std::int64_t>(m_weekOffset) * 7 * kDay);
    m_week = a.between(m_weekStart, weekStart(m_weekStart + 8 * kDay));
    m_loadedAtChange = ws.changeCount();
    m_loadedAt = now;
}

void ActivitiesScreen::draw(Workspace& ws, const Translator& tr) {
    const std::int64_t now = systemNowMs();
    if (m_loadedAtChange != ws.changeCount() || now - m_loadedAt > 60'000) load(ws, now);
    headingText(tr.text("Activities"));
    if (ImGui::Button(tr.label("Log activity"))) {
        m_formOpen = true;
        m_formError.clear();
    }
    if (m_formOpen) drawLogForm(ws, tr);
    if (ImGui::BeginTable("activities-layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("tasks", 0, 1.0f);
        ImGui::TableSetupColumn("week", 0, 2.2f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        drawTasks(ws, tr);
        ImGui::TableNextColumn();
        drawWeek(tr);
        ImGui::EndTable();
    }
}

void ActivitiesScreen::drawTaskGroup(Workspace& ws, const char* title, const std::vector<activities::Activity>& tasks,
                                     bool overdue, const Translator& tr) {
    ImGui::TextUnformatted(tr.text(title));
    reportLastItem(tr.text(title));
    ImGui::SameLine();
    ImGui::TextDisabled("%zu", tasks.size());
    for (const auto& t : tasks) {
        ImGui::PushID(static_cast<int>(t.id));
        bool done = false;
        if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.2f, 0.2f, 1.0f));
        if (ImGui::Checkbox(t.subject.c_str(), &done) && done) m_taskError.attempt([&] { ws.activities().complete(t.id); });
        if (overdue) ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextDisabled("%s", localDateTime(t.dueAt.value_or(0)).c_str());
        ImGui::PopID();
    }
    ImGui::Spacing();
}

void ActivitiesScreen::drawTasks(Workspace& ws, const Translator& tr) {
    ImGui::TextUnformatted(tr.text("My tasks"));
    ImGui::Separator();
    if (m_overdue.empty() && m_today.empty() && m_upcoming.empty())
        hintText(tr.text("No open tasks. Add one with \"Log activity\" or from a contact."));
    drawTaskGroup(ws, "Overdue", m_overdue, true, tr);
    drawTaskGroup(ws, "Today", m_today, false, tr);
    drawTaskGroup(ws, "Next 7 days", m_upcoming, false, tr);
    m_taskError.showOther({}, tr);
}

void ActivitiesScreen::drawWeek(const Translator& tr) {
    if (ImGui::SmallButton(tr.label("Previous week"))) --m_weekOffset, m_loadedAtChange = -1;
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("This week"))) m_weekOffset = 0, m_loadedAtChange = -1;
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Next week"))) ++m_weekOffset, m_loadedAtChange = -1;
    ImGui::SameLine();
    ImGui::TextUnformatted((tr.text("Week of") + std::string(" ") + localDate(m_weekStart)).c_str());
    static const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (!ImGui::BeginTable("week", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) return;
    for (const char* d : kDays) ImGui::TableSetupColumn(tr.text(d));
    ImGui::TableHeadersRow();
    ImGui::TableNextRow(0, 220);
    std::int64_t dayStart = m_weekStart;
    size_t next = 0;
    for (int d = 0; d < 7; ++d) {
        ImGui::TableNextColumn();
        const std::int64_t dayEnd = localDay(dayStart + kDay / 2).end;
        ImGui::TextDisabled("%s", localDate(dayStart).substr(5).c_str());
        while (next < m_week.size() && m_week[next].occurredAt.value_or(m_week[next].dueAt.value_or(0)) < dayEnd) {
            const auto& a = m_week[next++];
            const std::string when = localDateTime(a.occurredAt.value_or(a.dueAt.value_or(0))).substr(11);
            const std::string line = when + " " + tr.text(a.kind.c_str()) + ": " + a.subject;
            ImGui::TextWrapped("%s", line.c_str());
            reportLastItem(line.c_str());
        }
        dayStart = dayEnd;
    }
    ImGui::EndTable();
}

void ActivitiesScreen::drawLogForm(Workspace& ws, const Translator& tr) {
    for (const char* k : {"call", "email", "meeting", "task"}) {
        if (ImGui::RadioButton(tr.label(k), m_kind == k)) m_kind = k;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    bool save = textField("Subject", m_subject, tr);
    m_formError.showFor("subject", tr);
    if (m_kind == "task") save |= textField("Due in days", m_dueDays, tr, 120);
    else save |= textField("Outcome", m_outcome, tr);
    m_contact.draw("Contact", ws.search(), tr);
    m_formError.showFor("link", tr);
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    if (save) {
        const std::int64_t now = systemNowMs();
        const bool done = m_formError.attempt([&] {
            activities::ActivityDraft d{.kind = m_kind, .subject = m_subject};
            if (m_contact.picked()) d.contactId = m_contact.picked();
            if (m_kind == "task") {
                d.dueAt = dueInDays(m_dueDays, now);
            } else {
                d.occurredAt = now;
                d.outcome = m_outcome;
            }
            ws.activities().log(d);
        });
        if (done) {
            m_formOpen = false;
            m_subject.clear(), m_outcome.clear(), m_dueDays.clear();
            m_contact.clear();
        }
    }
    m_formError.showOther({"subject", "link"}, tr);
    ImGui::Separator();
}

} // namespace satchel::ui
