#include "ui/screens/marketing_screen.h"

#include "core/common/money.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>

namespace satchel::ui {

namespace {
// A campaign's channel is free text in the core; these are the ones the form offers, the first by default.
constexpr const char* kChannels[] = {"email", "event", "social", "ads", "phone"};
} // namespace

template std::unique_ptr<Screen> makeScreen<MarketingScreen>();

void MarketingScreen::load(Workspace& ws, std::int64_t changeCount) {
    m_campaigns = ws.campaigns().list();
    m_segments = ws.campaigns().segments();
    if (m_selected) {
        m_results = ws.campaigns().results(m_selected);
        m_members = ws.campaigns().members(m_selected, "", 500);
    }
    m_loadedAtChange = changeCount;
}

bool MarketingScreen::open(ScreenContext& ctx, search::Kind kind, std::int64_t id) {
    if (kind != search::Kind::Campaign) return false;
    showRecord(ctx, id);
    return true;
}

bool MarketingScreen::showRecord(ScreenContext& ctx, std::int64_t id) {
    m_selected = id != 0 && ctx.services.campaigns().get(id) ? id : 0;
    m_added.clear();
    m_loadedAtChange = -1;
    return m_selected == id;
}

void MarketingScreen::draw(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    if (m_loadedAtChange != ctx.changeCount) load(ws, ctx.changeCount);
    screenTitle(tr.text("Marketing"));
    if (ImGui::Button(tr.label("New campaign"))) {
        m_formOpen = true;
        m_formError.clear();
    }
    if (m_formOpen) drawNewForm(ws, tr);
    if (ImGui::BeginChild("campaigns", ImVec2(260, 0), true)) {
        if (m_campaigns.empty()) hintText(tr.text("No campaigns yet. Click \"New campaign\"."));
        for (const auto& c : m_campaigns) {
            ImGui::PushID(static_cast<int>(c.id));
            if (ImGui::Selectable(c.details.name.c_str(), m_selected == c.id)) showRecord(ctx, c.id);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::BeginChild("campaign", ImVec2(0, 0), true)) {
        if (m_selected)
            drawCampaign(ctx);
        else
            hintText(tr.text("Choose a campaign to see its members and results."));
    }
    ImGui::EndChild();
}

void MarketingScreen::drawCampaign(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    const marketing::Campaign* campaign = nullptr;
    for (const auto& c : m_campaigns)
        if (c.id == m_selected) campaign = &c;
    if (!campaign) return;
    const auto& d = campaign->details;
    ImGui::TextUnformatted(d.name.c_str());
    hintText(std::string(tr.text(d.channel.c_str())) + " · " + tr.text("Budget") + " " + formatMoney(d.budget));
    ImGui::Separator();

    // Members by status, as a row of figures.
    std::int64_t members = 0;
    for (const auto& [status, n] : m_results.membersByStatus) members += n;
    for (const vocab::Term& status : vocab::kMemberStatus.terms()) {
        const std::string figure =
            tr.format("{0}: {1}", {tr.term(vocab::kMemberStatus, status.code),
                                   std::to_string(m_results.membersByStatus[std::string(status.code)])});
        ImGui::TextUnformatted(figure.c_str());
        reportLastItem(figure.c_str());
        ImGui::SameLine(0, 24);
    }
    ImGui::NewLine();
    char rate[64];
    std::snprintf(rate, sizeof rate, "%.1f%%", m_results.conversionRate * 100.0);
    std::string results = std::string(tr.text("Members")) + " " + std::to_string(members) + " · " +
                          tr.text("Conversion") + " " + rate + " · " + tr.text("Revenue") + " " +
                          formatMoney(m_results.attributedRevenue);
    if (m_results.roi) {
        std::snprintf(rate, sizeof rate, "%.0f%%", *m_results.roi * 100.0);
        results += std::string(" · ROI ") + rate;
    }
    hintText(results);
    ImGui::Separator();

    const char* preview = tr.text("Choose a segment");
    for (const auto& s : m_segments)
        if (s.id == m_segment) preview = s.name.c_str();
    if (comboBox(tr.label("Segment"), preview, 220)) {
        for (const auto& s : m_segments) {
            ImGui::PushID(static_cast<int>(s.id));
            if (ImGui::Selectable(s.name.c_str(), s.id == m_segment)) m_segment = s.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(m_segment == 0);
    if (ImGui::Button(tr.label("Add members from segment"))) {
        std::int64_t added = 0;
        if (m_error.attempt([&] { added = ws.campaigns().addMembersFromSegment(m_selected, m_segment); }))
            m_added = tr.count(added, "{0} contact added", "{0} contacts added");
    }
    ImGui::EndDisabled();
    if (m_segments.empty())
        hintText(tr.text("Save a filter as a segment on the Contacts screen to add its contacts here."));
    if (!m_added.empty()) hintText(m_added);
    m_error.showOther({}, tr);
    ImGui::Separator();

    if (!ImGui::BeginTable("members", 2, ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.label("Name"));
    ImGui::TableSetupColumn(tr.label("Status"));
    tableHeaders();
    for (const auto& m : m_members) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(m.name.c_str());
        reportLastItem(m.name.c_str());
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(m.contactId));
        if (comboBox("##status", tr.term(vocab::kMemberStatus, m.status), 140)) {
            for (const vocab::Term& s : vocab::kMemberStatus.terms())
                if (ImGui::Selectable(tr.termLabel(vocab::kMemberStatus, s.code), m.status == s.code))
                    ctx.request(requests::SetMemberStatus{m_selected, m.contactId, std::string(s.code)}, m_error);
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void MarketingScreen::drawNewForm(Workspace& ws, const Translator& tr) {
    bool save = textField("Campaign name", m_name, tr);
    m_formError.showFor("name", tr);
    if (m_channel.empty()) m_channel = kChannels[0];
    if (comboBox(tr.label("Channel"), tr.text(m_channel.c_str()), 280)) {
        for (const char* c : kChannels)
            if (ImGui::Selectable(tr.text(c), m_channel == c)) m_channel = c;
        ImGui::EndCombo();
    }
    save |= textField("Budget", m_budget, tr, 160);
    m_formError.showFor("budget", tr);
    save |= ImGui::Button(tr.label("Save"));
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Cancel")) || escapePressed()) m_formOpen = false;
    if (save && m_formError.attempt([&] {
            const std::string currency = ws.settings().defaultCurrency();
            const std::int64_t budget = m_budget.empty() ? 0 : parseMinorUnits(m_budget, currency, "budget");
            m_selected = ws.campaigns().create({.name = m_name, .channel = m_channel, .budget = {budget, currency}});
        })) {
        m_formOpen = false;
        m_name.clear(), m_budget.clear();
    }
    m_formError.showOther({"name", "budget"}, tr);
    ImGui::Separator();
}

} // namespace satchel::ui
