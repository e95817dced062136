#include "ui/screens/service_screen.h"

#include "core/common/time_format.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/icons.h"
#include "ui/item_locator.h"
#include "ui/owner_combo.h"
#include "ui/screen_factory.h"
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
// The button a person reads for moving a ticket to each status; which moves a status allows is
// the vocabulary's workflow (nextStatuses).
struct Move {
    std::string_view to;
    const char* button;
};
constexpr Move kMoves[] = {{vocab::ticket_status::kOpen, "Start work"},
                           {vocab::ticket_status::kWaiting, "Wait for customer"},
                           {vocab::ticket_status::kResolved, "Resolve"},
                           {vocab::ticket_status::kClosed, "Close ticket"}};

const char* moveButton(std::string_view from, std::string_view to) {
    // Back to work after it was resolved: the customer reads that as reopening.
    if (from == vocab::ticket_status::kResolved && to == vocab::ticket_status::kOpen) return "Reopen";
    for (const Move& m : kMoves)
        if (m.to == to) return m.button;
    return ""; // a status the table has no button for: nextStatuses and kMoves disagree
}
} // namespace

template std::unique_ptr<Screen> makeScreen<ServiceScreen>();

bool ServiceScreen::open(ScreenContext& ctx, search::Kind kind, std::int64_t id) {
    if (kind != search::Kind::Ticket) return false;
    showRecord(ctx, id);
    return true;
}

bool ServiceScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    m_selected = id != 0 && ctx.services.tickets().get(id) ? id : 0;
    return m_selected == id;
}

void ServiceScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    const std::int64_t now = ctx.now;
    screenTitle(tr.text("Service"));
    if (ImGui::Button(tr.label("New ticket"))) {
        m_formOpen = true;
        m_formError.clear();
        m_assignee = myName(ws);
    }
    if (m_formOpen) drawNewForm(ws, tr);
    const auto steps = [&]() -> ScreenLoad<Data>::Steps {
        return {[&ws, status = m_status](Data& d) {
                    d.status = status;
                    d.queue = ws.tickets().queue(status, 500);
                },
                [&ws](Data& d) { d.counts = ws.tickets().countByStatus(); }};
    };
    if (!m_load.frame(ctx.changeCount, steps, tr)) return;
    const Data& data = m_load.data();
    if (ImGui::BeginTabBar("ticket-status")) {
        if (tabItem(tr.label("Queue"))) {
            m_status.clear();
            ImGui::EndTabItem();
        }
        for (const vocab::Term& term : vocab::kTicketStatus.terms()) {
            const auto n = data.counts.find(std::string(term.code));
            const std::string label = tr.format("{0} ({1})", {tr.term(vocab::kTicketStatus, term.code),
                                                              std::to_string(n == data.counts.end() ? 0 : n->second)}) +
                                      "###" + vocab::kTicketStatus.translationKey(term.code);
            if (tabItem(label.c_str())) {
                m_status = term.code;
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    if (m_status != data.status && !m_load.running()) m_load.reload();
    const bool detail = m_selected != 0;
    if (ImGui::BeginChild("ticket-queue", ImVec2(detail ? ImGui::GetContentRegionAvail().x * 0.5f : 0, 0)))
        drawQueue(now, tr);
    ImGui::EndChild();
    if (detail) {
        ImGui::SameLine();
        if (ImGui::BeginChild("ticket-detail", ImVec2(0, 0), true)) drawTicket(ctx);
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
            if (fittedSelectable(t.subject, m_selected == t.id, ImGuiSelectableFlags_SpanAllColumns)) m_selected = t.id;
            ImGui::TableNextColumn();
            fittedText(tr.term(vocab::kTicketPriority, t.priority));
            ImGui::TableNextColumn();
            fittedText(tr.term(vocab::kTicketStatus, t.status));
            ImGui::TableNextColumn();
            if (!vocab::ticket_status::isUnresolved(t.status)) {
                ImGui::TextDisabled("—");
            } else if (t.slaDueAt < now) {
                errorText(std::string(icons::kOverdue) + " " + tr.text("overdue") + " " +
                          hoursMinutes(now - t.slaDueAt));
            } else {
                const std::string left = hoursMinutes(t.slaDueAt - now) + " " + tr.text("left");
                ImGui::TextUnformatted(left.c_str());
                reportLastItem(left.c_str());
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

void ServiceScreen::drawTicket(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    const std::int64_t now = ctx.now;
    const auto& ticket =
        m_ticket.get(m_selected, ctx.changeCount, [&](std::int64_t id) { return ws.tickets().get(id); });
    if (!ticket) {
        m_selected = 0;
        return;
    }
    const auto& t = *ticket;
    ImGui::TextWrapped("%s", t.subject.c_str());
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 70.0f);
    if (ImGui::Button(tr.label("Close"), ImVec2(70, 0))) m_selected = 0;
    hintText(std::string(tr.term(vocab::kTicketStatus, t.status)) + " · " +
             tr.term(vocab::kTicketPriority, t.priority) + " · " + tr.term(vocab::kTicketChannel, t.channel) + " · " +
             localDateTime(t.createdAt));
    if (vocab::ticket_status::isUnresolved(t.status) && t.slaDueAt < now)
        errorText(std::string(tr.text("Past its SLA by")) + " " + hoursMinutes(now - t.slaDueAt));
    if (t.contactId) {
        const auto& customer =
            m_customer.get(*t.contactId, ctx.changeCount, [&](std::int64_t id) { return ws.contacts().get(id); });
        const std::string line =
            tr.format("Customer: {0}", {customer ? customer->name : "#" + std::to_string(*t.contactId)});
        ImGui::TextUnformatted(line.c_str());
        reportLastItem(line.c_str());
    }
    if (!t.description.empty()) ImGui::TextWrapped("%s", t.description.c_str());
    std::string assignee = t.assignee;
    if (ownerCombo("Assignee", assignee, ws, tr, 220)) m_error.attempt([&] { ws.tickets().assign(t.id, assignee); });
    ImGui::Separator();

    bool first = true;
    for (const std::string_view to : vocab::ticket_status::nextStatuses(t.status)) {
        if (!first) ImGui::SameLine();
        first = false;
        if (ImGui::Button(tr.label(moveButton(t.status, to))))
            ctx.request(requests::MoveTicket{t.id, std::string(to)}, m_error);
    }
    if (vocab::ticket_status::isDone(t.status)) {
        ImGui::TextUnformatted(tr.text("Customer satisfaction"));
        for (int stars = 1; stars <= 5; ++stars) {
            ImGui::SameLine();
            const bool chosen = t.satisfaction && *t.satisfaction == stars;
            if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button((std::to_string(stars) + "###stars" + std::to_string(stars)).c_str()))
                ctx.request(requests::RateTicket{t.id, stars}, m_error);
            reportLastItem(("rate " + std::to_string(stars)).c_str());
            if (chosen) ImGui::PopStyleColor();
        }
    }
    m_error.showOther({}, tr);
    ImGui::Separator();
    ImGui::TextUnformatted(tr.text("Comments"));
    const auto& comments = m_comments.get(m_selected, ctx.changeCount, [&](std::int64_t id) {
        return std::optional<std::vector<tickets::Comment>>(ws.tickets().comments(id));
    });
    for (const auto& c : *comments) {
        ImGui::TextDisabled("%s %s", localDateTime(c.at).c_str(), c.author.c_str());
        ImGui::TextWrapped("%s", c.body.c_str());
        reportLastItem(c.body.c_str());
    }
    ImGui::SetNextItemWidth(-80);
    const bool enter = ImGui::InputTextWithHint("##comment", tr.text("Write a comment"), &m_comment,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    reportLastItem("comment");
    ImGui::SameLine();
    if ((ImGui::Button(tr.label("Add")) || enter) &&
        m_error.attempt([&] { ws.tickets().comment(t.id, m_comment, myName(ws)); }))
        m_comment.clear();
}

void ServiceScreen::drawNewForm(Workspace& ws, const Translator& tr) {
    bool save = textField("Subject", m_subject, tr);
    m_formError.showFor("subject", tr);
    save |= textField("Description", m_description, tr, 420);
    m_newCustomer.draw("Customer", ws.search(), tr);
    if (comboBox(tr.label("Channel"), tr.term(vocab::kTicketChannel, m_channel), 280)) {
        for (const vocab::Term& c : vocab::kTicketChannel.terms())
            if (ImGui::Selectable(tr.termLabel(vocab::kTicketChannel, c.code), m_channel == c.code)) m_channel = c.code;
        ImGui::EndCombo();
    }
    ownerCombo("Assignee", m_assignee, ws, tr, 280);
    if (comboBox(tr.label("Priority"), tr.term(vocab::kTicketPriority, m_priority), 280)) {
        for (const vocab::Term& p : vocab::kTicketPriority.terms())
            if (ImGui::Selectable(tr.termLabel(vocab::kTicketPriority, p.code), m_priority == p.code))
                m_priority = p.code;
        ImGui::EndCombo();
    }
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    if (save && m_formError.attempt([&] {
            // The ticket is also the customer's company's: it shows on the company's page.
            std::optional<std::int64_t> contact, company;
            if (m_newCustomer.picked()) {
                contact = m_newCustomer.picked();
                if (const auto c = ws.contacts().get(*contact)) company = c->companyId;
            }
            m_selected = ws.tickets().open({.subject = m_subject,
                                            .description = m_description,
                                            .contactId = contact,
                                            .companyId = company,
                                            .channel = m_channel,
                                            .priority = m_priority,
                                            .assignee = m_assignee});
        })) {
        m_formOpen = false;
        m_subject.clear(), m_description.clear();
        m_newCustomer.clear();
        m_status.clear();
    }
    m_formError.showOther({"subject"}, tr);
    ImGui::Separator();
}

} // namespace satchel::ui
