#include "ui/forms.h"

#include "core/common/failure.h"
#include "core/common/text.h"
#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "platform/platform.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

bool FormError::attempt(const std::function<void()>& save) {
    try {
        save();
        clear();
        return true;
    } catch (const ValidationError& e) {
        field = e.field();
        reason = e.reason();
    } catch (const std::exception& e) {
        field = "storage";
        reason = describeFailure(e);
    }
    return false;
}

void FormError::showFor(const char* name, const Translator& tr) const {
    if (field != name) return;
    ImGui::SameLine();
    errorText(tr.text(reason.c_str()));
}

void FormError::showOther(std::initializer_list<const char*> shownFields, const Translator& tr) const {
    if (field.empty()) return;
    for (const char* f : shownFields)
        if (field == f) return;
    errorText(std::string(tr.text("Could not save:")) + " " + field + " " + tr.text(reason.c_str()));
}

bool textField(const char* english, std::string& value, const Translator& tr, float width) {
    ImGui::SetNextItemWidth(width);
    return ImGui::InputText(tr.label(english), &value, ImGuiInputTextFlags_EnterReturnsTrue);
}

std::int64_t dueInDays(const std::string& typed, std::int64_t now) {
    const std::string days = text::trim(typed);
    if (days.size() > 4 || days.find_first_not_of("0123456789") != std::string::npos)
        throw ValidationError("due", "must be a whole number of days");
    return localDay(now).end - 1 + (days.empty() ? 0 : std::stoll(days)) * 86'400'000;
}

bool escapePressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

bool undoShortcut() {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(platform::letterKey('Z'), false);
}

bool deleteShortcut() {
    return !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false);
}

bool filterCombo(const char* english, const char* anyText, std::string& value, std::vector<std::string>& choices,
                 const Translator& tr, const std::function<std::vector<std::string>()>& load, bool translateChoices) {
    bool changed = false;
    const char* preview = value.empty() ? anyText : (translateChoices ? tr.text(value.c_str()) : value.c_str());
    if (comboBox(tr.label(english), preview, 130)) {
        if (load && ImGui::IsWindowAppearing()) choices = load();
        if (ImGui::Selectable(anyText, value.empty())) value.clear(), changed = true;
        for (const std::string& c : choices)
            if (ImGui::Selectable(translateChoices ? tr.text(c.c_str()) : c.c_str(), value == c)) value = c, changed = true;
        ImGui::EndCombo();
    }
    return changed;
}

bool bulkTagField(std::string& tag, FormError& error, const Translator& tr) {
    ImGui::SetNextItemWidth(110);
    bool submit = ImGui::InputTextWithHint("##bulk-tag", tr.text("tag"), &tag, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    submit |= ImGui::Button(tr.label("Add tag"));
    if (!submit) return false;
    if (!tag.empty()) return true;
    error = {"tag", "is required"};
    return false;
}

} // namespace satchel::ui
