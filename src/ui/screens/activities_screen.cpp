#include "ui/screens/activities_screen.h"

#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <ctime>

namespace satchel::ui {

namespace {
constexpr std::int64_t kDay = 86'400'000;
// The kinds the form logs: a note needs its text, and the form has no field for one.
constexpr std::string_view kLoggedKinds[] = {vocab::activity_kind::kCall, vocab::activity_kind::kEmail,
                                             vocab::activity_kind::kMeeting, vocab::activity_kind::kTask};

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

template std::unique_ptr<Screen> makeScreen<ActivitiesScreen>();

ScreenLoad<ActivitiesScreen::Data>::Steps ActivitiesScreen::steps(Workspace& ws, std::int64_t now) const {
    const std::int64_t weekFrom = weekStart(now + static_cast<std::int64_t>(m_weekOffset) * 7 * kDay);
    // A salesperson can have thousands of overdue tasks: each list is its own step.
    return {
        [&ws, now](Data& d) { d.overdue = ws.activities().overdueTasks(now); },
        [&ws, now](Data& d) { d.today = ws.activities().dueToday(now); },
        [&ws, now](Data& d) { d.upcoming = ws.activities().upcomingTasks(now, 7); },
        [&ws, weekFrom](Data& d) {
            d.weekStart = weekFrom;
            d.week = ws.activities().between(weekFrom, weekStart(weekFrom + 8 * kDay));
            std::int64_t dayStart = weekFrom;
            size_t next = 0;
            for (int day = 0; day < 7; ++day) {
                d.dayStarts.push_back(next);
                const std::int64_t dayEnd = localDay(dayStart + kDay / 2).end;
                while (next < d.week.size() &&
                       d.week[next].occurredAt.value_or(d.week[next].dueAt.value_or(0)) < dayEnd)
                    ++next;
                dayStart = dayEnd;
            }
            d.dayStarts.push_back(d.week.size());
        },
    };
}

void ActivitiesScreen::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const std::int64_t now = ctx.now;
    headingText(tr.text("Activities"));
    if (ImGui::Button(tr.label("Log activity"))) {
        m_formOpen = true;
        m_formError.clear();
    }
    if (m_formOpen) drawLogForm(ctx);
    if (!m_load.frameAt(
            now, ctx.changeCount, [&](std::int64_t at) { return steps(ctx.services, at); }, tr))
        return;
    if (ImGui::BeginTable("activities-layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("tasks", 0, 1.0f);
        ImGui::TableSetupColumn("week", 0, 2.2f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        drawTasks(ctx);
        ImGui::TableNextColumn();
        drawWeek(tr);
        ImGui::EndTable();
    }
}

void ActivitiesScreen::drawTask(ScreenContext& ctx, const activities::Activity& t, bool overdue) {
    ImGui::PushID(static_cast<int>(t.id));
    bool done = false;
    if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.2f, 0.2f, 1.0f));
    if (ImGui::Checkbox(t.subject.c_str(), &done) && done) ctx.request(requests::CompleteTask{t.id}, m_taskError);
    if (overdue) ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", localDateTime(t.dueAt.value_or(0)).c_str());
    ImGui::PopID();
}

void ActivitiesScreen::drawTasks(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const Data& d = m_load.data();
    ImGui::TextUnformatted(tr.text("My tasks"));
    ImGui::Separator();
    m_taskError.showOther({}, tr);
    if (d.overdue.empty() && d.today.empty() && d.upcoming.empty()) {
        hintText(tr.text("No open tasks. Add one with \"Log activity\" or from a contact."));
        return;
    }
    // The three groups as one list of rows of one height (a group's title, then its tasks), so only
    // the rows in view are drawn however many tasks are overdue.
    struct Group {
        const char* title;
        const std::vector<activities::Activity>& tasks;
        bool overdue;
    };
    const Group groups[] = {
        {"Overdue", d.overdue, true}, {"Today", d.today, false}, {"Next 7 days", d.upcoming, false}};
    int rows = 0;
    for (const Group& g : groups) rows += 1 + static_cast<int>(g.tasks.size());
    if (!ImGui::BeginChild("tasks", ImVec2(0, 0))) {
        ImGui::EndChild();
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(rows, ImGui::GetFrameHeightWithSpacing());
    while (clipper.Step()) {
        int first = 0; // the row of the group's title
        for (const Group& g : groups) {
            const int count = static_cast<int>(g.tasks.size());
            for (int row = std::max(clipper.DisplayStart, first); row < std::min(clipper.DisplayEnd, first + count + 1);
                 ++row) {
                if (row > first) {
                    drawTask(ctx, g.tasks[static_cast<size_t>(row - first - 1)], g.overdue);
                    continue;
                }
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(tr.text(g.title));
                reportLastItem(tr.text(g.title));
                ImGui::SameLine();
                ImGui::TextDisabled("%d", count);
            }
            first += count + 1;
        }
    }
    ImGui::EndChild();
}

void ActivitiesScreen::drawWeek(const Translator& tr) {
    const Data& d = m_load.data();
    if (ImGui::SmallButton(tr.label("Previous week"))) --m_weekOffset, m_load.reload();
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("This week"))) m_weekOffset = 0, m_load.reload();
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Next week"))) ++m_weekOffset, m_load.reload();
    ImGui::SameLine();
    ImGui::TextUnformatted((tr.text("Week of") + std::string(" ") + localDate(d.weekStart)).c_str());
    static const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (d.dayStarts.size() != 8 ||
        !ImGui::BeginTable("week", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame))
        return;
    for (const char* day : kDays) ImGui::TableSetupColumn(tr.text(day));
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    std::int64_t dayStart = d.weekStart;
    for (size_t day = 0; day < 7; ++day) {
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", localDate(dayStart).substr(5).c_str());
        dayStart = localDay(dayStart + kDay / 2).end;
        // A busy day scrolls inside its cell; one line per entry (hover shows it whole).
        const size_t from = d.dayStarts[day], to = d.dayStarts[day + 1];
        ImGui::PushID(static_cast<int>(day));
        if (ImGui::BeginChild("day", ImVec2(0, 220))) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(to - from), ImGui::GetTextLineHeightWithSpacing());
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& a = d.week[from + static_cast<size_t>(i)];
                    const std::string when = localDateTime(a.occurredAt.value_or(a.dueAt.value_or(0))).substr(11);
                    const std::string line = when + " " + tr.term(vocab::kActivityKind, a.kind) + ": " + a.subject;
                    ImGui::TextUnformatted(line.c_str());
                    reportLastItem(line.c_str());
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", line.c_str());
                }
        }
        ImGui::EndChild();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ActivitiesScreen::drawLogForm(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    for (const std::string_view k : kLoggedKinds) {
        if (ImGui::RadioButton(tr.termLabel(vocab::kActivityKind, k), m_kind == k)) m_kind = k;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    bool save = textField("Subject", m_subject, tr);
    m_formError.showFor("subject", tr);
    const bool task = m_kind == vocab::activity_kind::kTask;
    if (task)
        save |= textField("Due in days", m_dueDays, tr, 120);
    else
        save |= textField("Outcome", m_outcome, tr);
    m_contact.draw("Contact", ws.search(), tr);
    m_formError.showFor("link", tr);
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    if (save) {
        const std::int64_t now = ctx.now;
        const bool done = m_formError.attempt([&] {
            activities::ActivityDraft d{.kind = m_kind, .subject = m_subject};
            if (m_contact.picked()) d.contactId = m_contact.picked();
            if (task) {
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
