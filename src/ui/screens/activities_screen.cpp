#include "ui/screens/activities_screen.h"

#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/i18n/translator.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
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
                const size_t first = next;
                while (next < d.week.size() &&
                       d.week[next].occurredAt.value_or(d.week[next].dueAt.value_or(0)) < dayEnd)
                    ++next;
                // What is still to do first, in time order; what is done below it.
                std::stable_partition(d.week.begin() + static_cast<std::ptrdiff_t>(first),
                                      d.week.begin() + static_cast<std::ptrdiff_t>(next),
                                      [](const activities::Activity& a) { return a.dueAt && !a.doneAt; });
                dayStart = dayEnd;
            }
            d.dayStarts.push_back(d.week.size());
        },
    };
}

void ActivitiesScreen::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const std::int64_t now = ctx.now;
    screenTitle(tr.text("Activities"));
    if (ImGui::Button(tr.label("New activity"))) m_form.start(ctx.services, now, {});
    m_form.draw(ctx.services, tr);
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
        drawWeek(ctx);
        ImGui::EndTable();
    }
}

void ActivitiesScreen::drawTask(ScreenContext& ctx, const activities::Activity& t, bool overdue) {
    ImGui::PushID(static_cast<int>(t.id));
    bool done = false;
    if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.2f, 0.2f, 1.0f));
    // A task is named by its subject; a call or meeting says what it is.
    const std::string label = t.kind == vocab::activity_kind::kTask
                                  ? t.subject
                                  : ctx.tr.format("{0}: {1}", {ctx.tr.term(vocab::kActivityKind, t.kind), t.subject});
    // The due time (a click opens it in the form) after the label, which ends in "…" if the column
    // is too narrow for both.
    const std::string due = localDateTime(t.dueAt.value_or(0)).substr(5);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - style.ItemInnerSpacing.x -
                       style.ItemSpacing.x - buttonWidth(due.c_str());
    const std::string shown = fitText(label, room);
    if (ImGui::Checkbox((shown + "###task").c_str(), &done) && done)
        ctx.request(requests::CompleteTask{t.id}, m_taskError);
    if (shown != label) {
        reportLastItem(label.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    }
    if (overdue) ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton(due.c_str())) m_form.edit(ctx.services, t.id);
    ImGui::PopID();
}

void ActivitiesScreen::drawTasks(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const Data& d = m_load.data();
    ImGui::TextUnformatted(tr.text("My tasks"));
    ImGui::Separator();
    m_taskError.showOther({}, tr);
    if (d.overdue.empty() && d.today.empty() && d.upcoming.empty()) {
        hintText(tr.text("Nothing planned. Add a call, meeting or task with \"New activity\"."));
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

bool ActivitiesScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    if (id == 0) {
        m_form.close();
        return true;
    }
    const auto a = ctx.services.activities().get(id);
    if (!a) return false;
    m_form.edit(ctx.services, id);
    // The week that holds it.
    const std::int64_t at = a->dueAt.value_or(a->occurredAt.value_or(a->createdAt));
    m_weekOffset =
        static_cast<int>(std::llround(static_cast<double>(weekStart(at) - weekStart(ctx.now)) / (7.0 * kDay)));
    m_load.reload();
    return true;
}

void ActivitiesScreen::drawWeek(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    const Data& d = m_load.data();
    if (ImGui::SmallButton(tr.label("Previous week"))) --m_weekOffset, m_load.reload();
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("This week"))) m_weekOffset = 0, m_load.reload();
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("Next week"))) ++m_weekOffset, m_load.reload();
    ImGui::SameLine();
    ImGui::TextUnformatted((tr.text("Week of") + std::string(" ") + localDate(d.weekStart)).c_str());
    static const char* kDays[] = {N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun")};
    if (d.dayStarts.size() != 8 ||
        !ImGui::BeginTable("week", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame))
        return;
    for (const char* day : kDays) ImGui::TableSetupColumn(tr.text(day));
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    const std::int64_t today = localDay(ctx.now).start;
    std::int64_t dayStart = d.weekStart;
    for (size_t day = 0; day < 7; ++day) {
        ImGui::TableNextColumn();
        const bool isToday = dayStart == today;
        if (isToday) {
            // Today's column stands out: an accent background and its name.
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImGuiCol_FrameBg));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
            fittedText(localDate(dayStart).substr(5) + " " + tr.text("Today"), 0, "today-column");
            ImGui::PopStyleColor();
        } else {
            ImGui::TextDisabled("%s", localDate(dayStart).substr(5).c_str());
        }
        dayStart = localDay(dayStart + kDay / 2).end;
        // A busy day scrolls inside its cell; one line per entry (hover shows it whole, a click opens it).
        const size_t from = d.dayStarts[day], to = d.dayStarts[day + 1];
        ImGui::PushID(static_cast<int>(day));
        if (ImGui::BeginChild("day", ImVec2(0, 220))) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(to - from), ImGui::GetTextLineHeightWithSpacing());
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& a = d.week[from + static_cast<size_t>(i)];
                    const std::string when = localTime(a.occurredAt.value_or(a.dueAt.value_or(0)));
                    const std::string line =
                        when + " " + tr.format("{0}: {1}", {tr.term(vocab::kActivityKind, a.kind), a.subject});
                    const bool done = a.doneAt || !a.dueAt;
                    if (done) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                    ImGui::PushID(static_cast<int>(a.id));
                    if (fittedSelectable(line, m_form.isOpen() && m_form.editing() == a.id))
                        m_form.edit(ctx.services, a.id);
                    ImGui::PopID();
                    if (done) ImGui::PopStyleColor();
                }
        }
        ImGui::EndChild();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace satchel::ui
