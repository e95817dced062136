#include "ui/owner_combo.h"

#include "core/workspace/workspace.h"
#include "ui/forms.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace satchel::ui {

bool ownerCombo(const char* english, std::string& owner, Workspace& ws, const Translator& tr, float width,
                const char* prompt) {
    const std::string preview = prompt ? prompt : owner.empty() ? std::string(tr.text("Nobody")) : owner;
    // Its own ID: a screen may also have a filter menu of the same name.
    const std::string label = std::string(tr.text(english)) + "###owner-" + english;
    if (!recordsEditable()) {
        // A read-only tab shows the owner and says why it cannot change it.
        ImGui::BeginDisabled();
        if (comboBox(label.c_str(), preview.c_str(), width)) ImGui::EndCombo();
        ImGui::EndDisabled();
        explainIfReadOnly(tr);
        return false;
    }
    if (!comboBox(label.c_str(), preview.c_str(), width)) return false;
    bool changed = false;
    if (ImGui::Selectable(tr.text("Nobody"), !prompt && owner.empty()) && (prompt || !owner.empty())) {
        owner.clear();
        changed = true;
    }
    const auto members = ws.team().members();
    for (const auto& m : members) {
        const std::string name = m.me ? tr.format("{0} (me)", {m.name}) : m.name;
        ImGui::PushID(static_cast<int>(m.id));
        if (ImGui::Selectable(name.c_str(), !prompt && owner == m.name) && (prompt || owner != m.name)) {
            owner = m.name;
            changed = true;
        }
        ImGui::PopID();
    }
    if (members.empty()) ImGui::TextDisabled("%s", tr.text("Add the team in Settings."));
    ImGui::EndCombo();
    return changed;
}

std::string myName(Workspace& ws) {
    const auto me = ws.team().me();
    return me ? me->name : std::string();
}

} // namespace satchel::ui
