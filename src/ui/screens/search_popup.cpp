#include "ui/screens/search_popup.h"

#include "core/workspace/workspace.h"
#include "ui/icons.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace satchel::ui {

namespace {
const char* groupTitle(search::Kind kind) {
    switch (kind) {
    case search::Kind::Contact: return "Contacts";
    case search::Kind::Company: return "Companies";
    case search::Kind::Deal: return "Deals";
    case search::Kind::Note: return "Notes";
    case search::Kind::Ticket: return "Tickets";
    case search::Kind::Campaign: return "Campaigns";
    case search::Kind::Product: return "Products";
    case search::Kind::Order: return "Orders";
    }
    return "";
}
// The kinds searched, in the order their groups are shown. "#1042" is an order's number, as the
// Orders screen writes it: only orders are searched, so phones and titles holding 1042 stay out.
std::vector<search::Kind> kindsFor(std::string_view typed) {
    using search::Kind;
    const bool orderNumber = typed.size() > 1 && typed.front() == '#' &&
                             std::all_of(typed.begin() + 1, typed.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (orderNumber) return {Kind::Order};
    return {Kind::Contact, Kind::Company, Kind::Deal,     Kind::Ticket,
            Kind::Product, Kind::Order,   Kind::Campaign, Kind::Note};
}
} // namespace

int SearchPopup::onHistoryKey(ImGuiInputTextCallbackData* data) {
    auto& self = *static_cast<SearchPopup*>(data->UserData);
    if (self.m_hits.empty()) return 0;
    const int last = static_cast<int>(self.m_hits.size()) - 1;
    const int step = data->EventKey == ImGuiKey_UpArrow ? -1 : 1;
    self.m_highlight = std::clamp(self.m_highlight + step, 0, last);
    self.m_scrollToHighlight = true;
    return 0;
}

void SearchPopup::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    if (m_openRequested) {
        ImGui::OpenPopup("###global-search");
        m_openRequested = false;
        m_focusInput = true;
        m_query[0] = '\0';
        m_searched.clear();
        m_hits.clear();
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + 80), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(560, 420));
    std::optional<search::SearchHit> picked;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings;
    // Opaque: the screen under it must not show through the results.
    ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_PopupBg);
    background.w = 1.0f;
    ImGui::PushStyleColor(ImGuiCol_PopupBg, background);
    const bool shown = ImGui::BeginPopupModal("###global-search", nullptr, flags);
    ImGui::PopStyleColor();
    if (!shown) return;

    ImGui::TextUnformatted(icons::kSearch);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (m_focusInput) {
        ImGui::SetKeyboardFocusHere();
        m_focusInput = false;
    }
    // CallbackHistory also keeps Up and Down in the field instead of moving keyboard navigation.
    const bool enter = ImGui::InputTextWithHint(
        "##global-search-input", tr.text("Search contacts, companies, deals, tickets, orders and more"), m_query,
        sizeof m_query, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory,
        &SearchPopup::onHistoryKey, this);
    if (m_searched != m_query) {
        m_searched = m_query;
        m_highlight = 0;
        // Each kind has its own best matches, so a thousand matching contacts do not push every
        // company and deal off the list.
        m_hits.clear();
        for (auto kind : kindsFor(m_searched))
            for (auto& hit : ctx.services.search().search(m_searched, 8, kind)) m_hits.push_back(std::move(hit));
    }
    ImGui::Separator();
    if (ImGui::BeginChild("##results")) {
        if (m_searched.empty())
            hintText(tr.text("Type to search"));
        else if (m_hits.empty())
            hintText(tr.text("No matches"));
        // m_hits is filled kind by kind, so one pass shows the groups and its index is the order shown.
        for (int i = 0; i < static_cast<int>(m_hits.size()); ++i) {
            const auto& hit = m_hits[static_cast<std::size_t>(i)];
            if (i == 0 || m_hits[static_cast<std::size_t>(i) - 1].kind != hit.kind)
                hintText(tr.text(groupTitle(hit.kind)));
            ImGui::PushID(static_cast<int>(hit.kind));
            ImGui::PushID(static_cast<int>(hit.id));
            if (ImGui::Selectable(hit.display.c_str(), i == m_highlight)) picked = hit;
            if (i == m_highlight && m_scrollToHighlight) {
                ImGui::SetScrollHereY();
                m_scrollToHighlight = false;
            }
            ImGui::PopID();
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (enter && !m_hits.empty())
        picked = m_hits[static_cast<std::size_t>(std::min<int>(m_highlight, static_cast<int>(m_hits.size()) - 1))];
    if (picked || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    if (picked) ctx.request(requests::OpenRecord{picked->kind, picked->id});
    ImGui::EndPopup();
}

} // namespace satchel::ui
