#include "ui/screens/service_screen.h"

#include "core/common/clock.h"
#include "core/common/time_format.h"
#include "core/workspace/workspace.h"
#include "ui/icons.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

namespace {
// "3h 20m" for a duration in milliseconds; "4d 6h" from two days on.
std::string hoursMinutes(std::int64_t ms) {
    const std::int64_t minutes = ms / 60'000, hours = minutes / 60;
    if (hours >= 48) return std::to_string(hours / 24) + "d " + std::to_string(hours % 24) + "h";
    return std::to_string(hours) + "h " + std::to_string(minutes % 60) + "m";
}
bool unresolved(const std::string& status) { return status == "new" || status == "open" || status == "waiting"; }

// The workflow's moves, with the button a person reads for each target status.
struct Move {
    const char* to;
    const char* button;
};
constexpr Move kMoves[] = {{"open", "Start work"}, {"waiting", "Wait for customer"}, {"resolved", "Resolve"},
                           {"closed", "Close ticket"}};
} // namespace

void ServiceScreen::draw(Workspace& ws, const Translator& tr) {
    const std::int64_t now = systemNowMs();
    headingText(tr.text("Service"));
    if (ImGui::Button(tr.label("New ticket"))) {
        m_formOpen = true;
        m_formError.clear();
    }
    if (m_formOpen) drawNewForm(ws, tr);
    const auto steps = [&]() -> ScreenLoad<Data>::Steps {
        return {[&ws, status = m_status](Data& d) {
                    d.status = status;
                    d.queue = ws.tickets().queue(status, 500);
                },
                [&ws](Data& d) { d.counts = ws.tickets().countByStatus(); }};
    };
    if (!m_load.frame(ws.changeCount(), steps, tr)) return;
    const Data& data = m_load.data();
    if (ImGui::BeginTabBar("ticket-status")) {
        struct Tab {
            const char* status;
            const char* name;
        };
        for (const Tab& t : {Tab{"", "Queue"}, Tab{"new", "New"}, Tab{"open", "Open"}, Tab{"waiting", "Waiting"},
                             Tab{"resolved", "Resolved"}, Tab{"closed", "Closed"}}) {
            std::string label = tr.text(t.name);
            if (*t.status) {
                const auto n = data.counts.find(t.status);
                label += " (" + std::to_string(n == data.counts.end() ? 0 : n->second) + ")";
            }
            label += std::string("###") + t.name;
            if (tabItem(label.c_str())) {
                m_status = t.status;
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    if (m_status != data.status && !m_load.running()) m_load.reload();
    const bool detail = m_selected != 0;
    if (ImGui::BeginChild("ticket-queue", ImVec2(detail ? ImGui::GetContentRegionAvail().x * 0.5f : 0, 0))) drawQueue(now, tr);
    ImGui::EndChild();
    if (detail) {
        ImGui::SameLine();
        if (ImGui::BeginChild("ticket-detail", ImVec2(0, 0), true)) drawTicket(ws, now, tr);
        ImGui::EndChild();
    }
}

void ServiceScreen::drawQueue(std::int64_t now, const Translator& tr) {
    const auto& queue = m_load.data().queue;
    if (queue.empty()) {
        hintText(tr.text(m_status.empty() ? "No open tickets. Nice work." : "No tickets here."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("tickets", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("Subject"), 0, 3.0f);
    ImGui::TableSetupColumn(tr.label("Priority"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("Status"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.label("SLA"), 0, 1.5f);
    tableHeaders();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(queue.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& t = queue[static_cast<size_t>(i)];
            ImGui::PushID(static_cast<int>(t.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(t.subject.c_str(), m_selected == t.id, ImGuiSelectableFlags_SpanAllColumns)) m_selected = t.id;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.text(t.priority.c_str()));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.text(t.status.c_str()));
            ImGui::TableNextColumn();
            if (!unresolved(t.status)) {
                ImGui::TextDisabled("—");
            } else if (t.slaDueAt < now) {
                errorText(std::string(icons::kOverdue) + " " + tr.text("overdue") + " " + hoursMinutes(now - t.slaDueAt));
            } else {
                const std::string left = hoursMinutes(t.slaDueAt - now) + " " + tr.text("left");
                ImGui::TextUnformatted(left.c_str());
                reportLastItem(left.c_str());
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

void ServiceScreen::drawTicket(Workspace& ws, std::int64_t now, const Translator& tr) {
    const auto& ticket = m_ticket.get(m_selected, ws.changeCount(), [&](std::int64_t id) { return ws.tickets().get(id); });
    if (!ticket) {
        m_selected = 0;
        return;
    }
    const auto& t = *ticket;
    ImGui::TextWrapped("%s", t.subject.c_str());
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 70.0f);
    if (ImGui::Button(tr.label("Close"), ImVec2(70, 0))) m_selected = 0;
    hintText(std::string(tr.text(t.status.c_str())) + " · " + tr.text(t.priority.c_str()) + " · " + tr.text(t.channel.c_str()) +
             " · " + localDateTime(t.createdAt));
    if (unresolved(t.status) && t.slaDueAt < now)
        errorText(std::string(tr.text("Past its SLA by")) + " " + hoursMinutes(now - t.slaDueAt));
    if (!t.description.empty()) ImGui::TextWrapped("%s", t.description.c_str());
    ImGui::Separator();

    bool first = true;
    for (const Move& m : kMoves) {
        if (!tickets::canTransition(t.status, m.to)) continue;
        if (!first) ImGui::SameLine();
        first = false;
        const char* button = t.status == "resolved" && std::string(m.to) == "open" ? "Reopen" : m.button;
        if (ImGui::Button(tr.label(button))) m_error.attempt([&] { ws.tickets().transition(t.id, m.to); });
    }
    if (t.status == "resolved" || t.status == "closed") {
        ImGui::TextUnformatted(tr.text("Customer satisfaction"));
        for (int stars = 1; stars <= 5; ++stars) {
            ImGui::SameLine();
            const bool chosen = t.satisfaction && *t.satisfaction == stars;
            if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button((std::to_string(stars) + "###stars" + std::to_string(stars)).c_str()))
                m_error.attempt([&] { ws.tickets().rate(t.id, stars); });
            reportLastItem(("rate " + std::to_string(stars)).c_str());
            if (chosen) ImGui::PopStyleColor();
        }
    }
    m_error.showOther({}, tr);
    ImGui::Separator();
    ImGui::TextUnformatted(tr.text("Comments"));
    const auto& comments = m_comments.get(m_selected, ws.changeCount(), [&](std::int64_t id) {
        return std::optional<std::vector<tickets::Comment>>(ws.tickets().comments(id));
    });
    for (const auto& c : *comments) {
        ImGui::TextDisabled("%s %s", localDateTime(c.at).c_str(), c.author.c_str());
        ImGui::TextWrapped("%s", c.body.c_str());
        reportLastItem(c.body.c_str());
    }
    ImGui::SetNextItemWidth(-80);
    const bool enter = ImGui::InputTextWithHint("##comment", tr.text("Write a comment"), &m_comment, ImGuiInputTextFlags_EnterReturnsTrue);
    reportLastItem("comment");
    ImGui::SameLine();
    if ((ImGui::Button(tr.label("Add")) || enter) &&
        m_error.attempt([&] { ws.tickets().comment(t.id, m_comment, ws.settings().get("user", "me")); }))
        m_comment.clear();
}

void ServiceScreen::drawNewForm(Workspace& ws, const Translator& tr) {
    bool save = textField("Subject", m_subject, tr);
    m_formError.showFor("subject", tr);
    save |= textField("Description", m_description, tr, 420);
    if (comboBox(tr.label("Priority"), tr.text(m_priority.c_str()), 280)) {
        for (const char* p : {"low", "normal", "high", "urgent"})
            if (ImGui::Selectable(tr.text(p), m_priority == p)) m_priority = p;
        ImGui::EndCombo();
    }
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    if (save && m_formError.attempt([&] {
            m_selected = ws.tickets().open({.subject = m_subject, .description = m_description, .priority = m_priority});
        })) {
        m_formOpen = false;
        m_subject.clear(), m_description.clear();
        m_status.clear();
    }
    m_formError.showOther({"subject"}, tr);
    ImGui::Separator();
}

} // namespace satchel::ui
