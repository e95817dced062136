#include "ui/screens/search_popup.h"

#include "core/workspace/workspace.h"
#include "ui/icons.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <optional>

namespace satchel::ui {

namespace {
const char* groupTitle(search::Kind kind) {
    switch (kind) {
    case search::Kind::Contact: return "Contacts";
    case search::Kind::Company: return "Companies";
    case search::Kind::Deal: return "Deals";
    case search::Kind::Note: return "Notes";
    }
    return "";
}
} // namespace

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
    if (!ImGui::BeginPopupModal("###global-search", nullptr, flags)) return;

    ImGui::TextUnformatted(icons::kSearch);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (m_focusInput) {
        ImGui::SetKeyboardFocusHere();
        m_focusInput = false;
    }
    const bool enter =
        ImGui::InputTextWithHint("##global-search-input", tr.text("Search contacts, companies, deals and notes"),
                                 m_query, sizeof m_query, ImGuiInputTextFlags_EnterReturnsTrue);
    if (m_searched != m_query) {
        m_searched = m_query;
        // Each kind has its own best matches, so a thousand matching contacts do not push every
        // company and deal off the list.
        m_hits.clear();
        for (auto kind : {search::Kind::Contact, search::Kind::Company, search::Kind::Deal, search::Kind::Note})
            for (auto& hit : ctx.services.search().search(m_searched, 8, kind)) m_hits.push_back(std::move(hit));
    }
    ImGui::Separator();
    if (ImGui::BeginChild("##results")) {
        if (m_searched.empty())
            hintText(tr.text("Type to search"));
        else if (m_hits.empty())
            hintText(tr.text("No matches"));
        for (auto kind : {search::Kind::Contact, search::Kind::Company, search::Kind::Deal, search::Kind::Note}) {
            bool header = false;
            for (const auto& hit : m_hits) {
                if (hit.kind != kind) continue;
                if (!header) {
                    hintText(tr.text(groupTitle(kind)));
                    header = true;
                }
                ImGui::PushID(static_cast<int>(kind));
                ImGui::PushID(static_cast<int>(hit.id));
                if (ImGui::Selectable(hit.display.c_str())) picked = hit;
                ImGui::PopID();
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();
    if (enter && !m_hits.empty()) picked = m_hits.front();
    if (picked || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    if (picked) ctx.request(requests::OpenRecord{picked->kind, picked->id});
    ImGui::EndPopup();
}

} // namespace satchel::ui
