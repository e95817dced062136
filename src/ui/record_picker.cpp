#include "ui/record_picker.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

std::int64_t RecordPicker::draw(const char* english, const search::SearchIndex& index, const Translator& tr,
                                float width) {
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint(tr.label(english), tr.text("Type a name"), &m_text)) m_id = 0;
    if (m_id == 0 && m_text != m_searched) {
        m_hits = index.search(m_text, 6, m_kind);
        m_searched = m_text;
    }
    if (m_id == 0 && !m_text.empty()) {
        ImGui::Indent();
        for (const auto& hit : m_hits) {
            ImGui::PushID(static_cast<int>(hit.id));
            if (ImGui::Selectable(hit.display.c_str())) {
                m_id = hit.id;
                m_text = hit.display;
            }
            ImGui::PopID();
        }
        if (m_hits.empty()) ImGui::TextDisabled("%s", tr.text("No matches"));
        ImGui::Unindent();
    }
    return m_id;
}

} // namespace satchel::ui
