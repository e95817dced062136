#include "ui/reminders.h"

#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "platform/platform.h"
#include "ui/address.h"
#include "ui/icons.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstring>

namespace satchel::ui {

namespace {
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kSnooze = 10 * kMinute;
constexpr std::size_t kShownAtOnce = 3;
} // namespace

void Reminders::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    // Read again after a change and as each minute begins (a reminder's time comes by the clock).
    if (m_readAtChange != ctx.changeCount || m_readAtMinute != ctx.now / kMinute) {
        m_due = ws.activities().remindersDue(ctx.now);
        m_readAtChange = ctx.changeCount;
        m_readAtMinute = ctx.now / kMinute;
        for (const auto& a : m_due)
            if (m_notified.insert({a.id, a.remindAt.value_or(0)}).second)
                platform::notify(tr.format("{0}: {1}", {tr.term(vocab::kActivityKind, a.kind), a.subject}),
                                 tr.format("Due at {0}", {localDateTime(a.dueAt.value_or(ctx.now))}),
                                 "satchel-reminder-" + std::to_string(a.id));
    }
    if (m_due.empty()) return;
    ImGui::PushID("reminders");
    for (std::size_t i = 0; i < m_due.size() && i < kShownAtOnce; ++i) {
        const auto& a = m_due[i];
        ImGui::PushID(static_cast<int>(a.id));
        const std::int64_t due = a.dueAt.value_or(ctx.now);
        // The time alone today; the date too for another day ("1 day before").
        const std::string time = localDay(due).start == localDay(ctx.now).start ? localTime(due) : localDateTime(due);
        const std::string when = due <= ctx.now ? tr.format("was due at {0}", {time}) : tr.format("at {0}", {time});
        const std::string text = std::string(icons::kOverdue) + " " +
                                 tr.format("{0}: {1}", {tr.term(vocab::kActivityKind, a.kind), a.subject}) + " · " +
                                 when;
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "%s", text.c_str());
        reportLastItem(("reminder " + a.subject).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("View")))
            ctx.request(requests::ShowAddress{formatAddress({"activities", a.id})});
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("Mark done"))) ctx.request(requests::CompleteTask{a.id}, m_error);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("Snooze 10 min")))
            m_error.attempt([&] { ws.activities().snoozeReminder(a.id, ctx.now + kSnooze); });
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("Dismiss"))) m_error.attempt([&] { ws.activities().dismissReminder(a.id); });
        ImGui::PopID();
    }
    if (m_due.size() > kShownAtOnce)
        hintText(tr.count(static_cast<std::int64_t>(m_due.size() - kShownAtOnce), "and {0} more reminder",
                          "and {0} more reminders"));
    // Asking needs the person's click: the browser refuses a prompt nobody asked for.
    if (std::strcmp(platform::notificationPermission(), "default") == 0) {
        if (ImGui::SmallButton(tr.label("Also remind me with browser notifications")))
            platform::requestNotificationPermission();
    }
    m_error.showOther({}, tr);
    ImGui::PopID();
    ImGui::Separator();
}

} // namespace satchel::ui
