// Settings: the team, the pipeline stage editor and the custom field editor (the rest of the
// screen is in settings_screen.cpp).
#include "ui/screens/settings_screen.h"

#include "core/common/text.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

void SettingsScreen::drawStages(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Pipeline stages"));
    if (m_stagesAtChange != ctx.changeCount) {
        m_stages = ws.pipeline().stages();
        m_stagesAtChange = ctx.changeCount;
    }
    for (size_t i = 0; i < m_stages.size(); ++i) {
        auto& s = m_stages[i];
        ImGui::PushID(static_cast<int>(s.id));
        ImGui::SetNextItemWidth(200);
        ImGui::InputText("##name", &s.name);
        reportLastItem(("stage name " + std::to_string(i + 1)).c_str());
        const bool nameDone = ImGui::IsItemDeactivatedAfterEdit();
        ImGui::SameLine();
        ImGui::SetNextItemWidth(100);
        ImGui::InputInt("%##probability", &s.probability, 5);
        const bool probabilityDone =
            ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive());
        if (nameDone || probabilityDone) ctx.request(requests::UpdateStage{s.id, s.name, s.probability}, m_stageError);
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (ImGui::ArrowButton("##up", ImGuiDir_Up))
            ctx.request(requests::MoveStage{s.id, static_cast<int>(i) - 1}, m_stageError);
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == m_stages.size());
        if (ImGui::ArrowButton("##down", ImGuiDir_Down))
            ctx.request(requests::MoveStage{s.id, static_cast<int>(i) + 1}, m_stageError);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("Remove"))) ctx.request(requests::RemoveStage{s.id}, m_stageError);
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(200);
    const bool enter = ImGui::InputTextWithHint("##new-stage", tr.text("New stage name"), &m_newStage,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    reportLastItem("new stage");
    ImGui::SameLine();
    if ((ImGui::Button(tr.label("Add stage")) || enter) &&
        m_stageError.attempt([&] { ws.pipeline().addStage(m_newStage, 50); }))
        m_newStage.clear();
    m_stageError.showOther({}, tr);
    ImGui::Spacing();
}

void SettingsScreen::drawTeam(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Team"));
    if (m_teamAtChange != ctx.changeCount && !ImGui::IsAnyItemActive()) {
        m_team = ws.team().members();
        m_teamAtChange = ctx.changeCount;
    }
    if (m_team.empty()) hintText(tr.text("Add the people who own contacts and deals; then pick which one is you."));
    ImGui::PushID("team"); // member ids and stage ids are both small numbers
    for (size_t i = 0; i < m_team.size(); ++i) {
        auto& m = m_team[i];
        ImGui::PushID(static_cast<int>(m.id));
        ImGui::SetNextItemWidth(200);
        ImGui::InputText("##name", &m.name, recordFieldFlags(0));
        reportLastItem(("member name " + std::to_string(i + 1)).c_str());
        bool done = ImGui::IsItemDeactivatedAfterEdit();
        ImGui::SameLine();
        ImGui::SetNextItemWidth(200);
        ImGui::InputTextWithHint("##email", tr.text("Email"), &m.email, recordFieldFlags(0));
        done |= ImGui::IsItemDeactivatedAfterEdit();
        if (done && !m_teamError.attempt([&] { ws.team().update(m.id, m.name, m.email); })) m_teamAtChange = -1;
        ImGui::SameLine();
        if (ImGui::RadioButton(tr.label("This is me"), m.me) && !m.me)
            m_teamError.attempt([&] { ws.team().setMe(m.id); });
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("Remove"))) m_teamError.attempt([&] { ws.team().remove(m.id); });
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::SetNextItemWidth(200);
    bool add = ImGui::InputTextWithHint("##new-member", tr.text("Name"), &m_newMember,
                                        recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
    reportLastItem("new member");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(200);
    add |= ImGui::InputTextWithHint("##new-member-email", tr.text("Email"), &m_newMemberEmail,
                                    recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
    ImGui::SameLine();
    add |= ImGui::Button(tr.label("Add person"));
    if (add && m_teamError.attempt([&] {
            const auto id = ws.team().add(m_newMember, m_newMemberEmail);
            if (!ws.team().me()) ws.team().setMe(id); // the first one in is the person using Satchel
        }))
        m_newMember.clear(), m_newMemberEmail.clear();
    m_teamError.showOther({}, tr);
    ImGui::Spacing();
}

void SettingsScreen::drawCustomFields(ScreenContext& ctx) {
    Workspace& ws = ctx.services;
    const Translator& tr = ctx.tr;
    headingText(tr.text("Custom fields"));
    if (m_fieldsAtChange != ctx.changeCount) {
        m_fields.clear();
        for (const vocab::Term& e : vocab::kFieldEntity.terms())
            for (auto& f : ws.customFields().fields(std::string(e.code))) m_fields.push_back(std::move(f));
        m_fieldsAtChange = ctx.changeCount;
    }
    if (m_fields.empty()) hintText(tr.text("No custom fields yet. Add one to record what your business tracks."));
    for (const auto& f : m_fields) {
        std::string line = std::string(tr.term(vocab::kFieldEntity, f.entity)) + " · " + f.name + " · " +
                           tr.term(vocab::kFieldKind, f.kind);
        std::string choices;
        for (const auto& choice : f.choices)
            choices = choices.empty() ? choice : tr.format("{0}, {1}", {choices, choice});
        if (!choices.empty()) line = tr.format("{0}: {1}", {line, choices});
        ImGui::BulletText("%s", line.c_str());
        reportLastItem(line.c_str());
    }
    if (comboBox(tr.label("Record"), tr.term(vocab::kFieldEntity, m_fieldEntity), 120)) {
        for (const vocab::Term& e : vocab::kFieldEntity.terms())
            if (ImGui::Selectable(tr.termLabel(vocab::kFieldEntity, e.code), m_fieldEntity == e.code))
                m_fieldEntity = e.code;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(160);
    ImGui::InputTextWithHint("##field-name", tr.text("Field name"), &m_fieldName);
    reportLastItem("field name");
    ImGui::SameLine();
    if (comboBox(tr.label("Kind"), tr.term(vocab::kFieldKind, m_fieldKind), 110)) {
        for (const vocab::Term& k : vocab::kFieldKind.terms())
            if (ImGui::Selectable(tr.termLabel(vocab::kFieldKind, k.code), m_fieldKind == k.code)) m_fieldKind = k.code;
        ImGui::EndCombo();
    }
    const bool choice = m_fieldKind == vocab::field_kind::kChoice;
    if (choice) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(200);
        ImGui::InputTextWithHint("##choices", tr.text("Choices, comma separated"), &m_fieldChoices);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Add field"))) {
        const std::vector<std::string> choices = text::splitList(m_fieldChoices);
        if (m_fieldError.attempt([&] {
                ws.customFields().define(m_fieldEntity, m_fieldName, m_fieldKind,
                                         choice ? choices : std::vector<std::string>{});
            }))
            m_fieldName.clear(), m_fieldChoices.clear();
    }
    m_fieldError.showOther({}, tr);
    ImGui::Spacing();
}

} // namespace satchel::ui
