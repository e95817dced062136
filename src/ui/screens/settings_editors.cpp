// Settings: the pipeline stage editor and the custom field editor (the rest of the screen is in
// settings_screen.cpp).
#include "ui/screens/settings_screen.h"

#include "core/common/text.h"
#include "core/workspace/workspace.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

void SettingsScreen::drawStages(Workspace& ws, const Translator& tr) {
    headingText(tr.text("Pipeline stages"));
    if (m_stagesAtChange != ws.changeCount()) {
        m_stages = ws.pipeline().stages();
        m_stagesAtChange = ws.changeCount();
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
        const bool probabilityDone = ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive());
        if (nameDone || probabilityDone)
            m_stageError.attempt([&] { ws.pipeline().updateStage(s.id, s.name, s.probability); });
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (ImGui::ArrowButton("##up", ImGuiDir_Up)) m_stageError.attempt([&] { ws.pipeline().moveStage(s.id, static_cast<int>(i) - 1); });
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == m_stages.size());
        if (ImGui::ArrowButton("##down", ImGuiDir_Down)) m_stageError.attempt([&] { ws.pipeline().moveStage(s.id, static_cast<int>(i) + 1); });
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("Remove"))) m_stageError.attempt([&] { ws.pipeline().removeStage(s.id); });
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(200);
    const bool enter = ImGui::InputTextWithHint("##new-stage", tr.text("New stage name"), &m_newStage, ImGuiInputTextFlags_EnterReturnsTrue);
    reportLastItem("new stage");
    ImGui::SameLine();
    if ((ImGui::Button(tr.label("Add stage")) || enter) &&
        m_stageError.attempt([&] { ws.pipeline().addStage(m_newStage, 50); }))
        m_newStage.clear();
    m_stageError.showOther({}, tr);
    ImGui::Spacing();
}

void SettingsScreen::drawCustomFields(Workspace& ws, const Translator& tr) {
    headingText(tr.text("Custom fields"));
    static constexpr const char* kEntities[] = {"contact", "company", "deal"};
    if (m_fieldsAtChange != ws.changeCount()) {
        m_fields.clear();
        for (const char* e : kEntities)
            for (auto& f : ws.customFields().fields(e)) m_fields.push_back(std::move(f));
        m_fieldsAtChange = ws.changeCount();
    }
    if (m_fields.empty()) hintText(tr.text("No custom fields yet. Add one to record what your business tracks."));
    for (const auto& f : m_fields) {
        std::string line = std::string(tr.text(f.entity.c_str())) + " · " + f.name + " · " + tr.text(f.kind.c_str());
        for (size_t i = 0; i < f.choices.size(); ++i) line += (i ? ", " : ": ") + f.choices[i];
        ImGui::BulletText("%s", line.c_str());
        reportLastItem(line.c_str());
    }
    if (comboBox(tr.label("Record"), tr.text(m_fieldEntity.c_str()), 120)) {
        for (const char* e : kEntities)
            if (ImGui::Selectable(tr.text(e), m_fieldEntity == e)) m_fieldEntity = e;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(160);
    ImGui::InputTextWithHint("##field-name", tr.text("Field name"), &m_fieldName);
    reportLastItem("field name");
    ImGui::SameLine();
    if (comboBox(tr.label("Kind"), tr.text(m_fieldKind.c_str()), 110)) {
        for (const char* k : {"text", "number", "date", "choice"})
            if (ImGui::Selectable(tr.text(k), m_fieldKind == k)) m_fieldKind = k;
        ImGui::EndCombo();
    }
    if (m_fieldKind == "choice") {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(200);
        ImGui::InputTextWithHint("##choices", tr.text("Choices, comma separated"), &m_fieldChoices);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("Add field"))) {
        const std::vector<std::string> choices = text::splitList(m_fieldChoices);
        if (m_fieldError.attempt([&] {
                ws.customFields().define(m_fieldEntity, m_fieldName, m_fieldKind, m_fieldKind == "choice" ? choices : std::vector<std::string>{});
            }))
            m_fieldName.clear(), m_fieldChoices.clear();
    }
    m_fieldError.showOther({}, tr);
    ImGui::Spacing();
}

} // namespace satchel::ui
