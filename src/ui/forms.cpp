#include "ui/forms.h"

#include "core/common/failure.h"
#include "core/common/text.h"
#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "platform/platform.h"
#include "ui/item_locator.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace satchel::ui {

namespace {
bool g_recordsEditable = true; // one UI thread; set by the App at the start of each frame
} // namespace

void setRecordsEditable(bool editable) { g_recordsEditable = editable; }
bool recordsEditable() { return g_recordsEditable; }

int recordFieldFlags(int flags) { return g_recordsEditable ? flags : flags | ImGuiInputTextFlags_ReadOnly; }

void explainIfReadOnly(const Translator& tr) {
    if (g_recordsEditable || !ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(tr.text(readOnlyReason()));
    reportLastItem(tr.text(readOnlyReason()));
    ImGui::EndTooltip();
}

bool FormError::attempt(const std::function<void()>& save) {
    if (!g_recordsEditable) {
        clear();
        field = "storage";
        reason = readOnlyReason();
        return false;
    }
    try {
        save();
        clear();
        return true;
    } catch (const ValidationError& e) {
        set(e);
    } catch (const std::exception& e) {
        clear();
        field = "storage";
        reason = describeFailure(e);
    }
    return false;
}

void FormError::set(const ValidationError& e) {
    field = e.field();
    reason = e.reason();
    problem = e.problem();
    params = e.params();
}

std::string FormError::shown(const Translator& tr) const {
    return problem ? tr.problem(*problem, params) : std::string(tr.text(reason.c_str()));
}

void FormError::showFor(const char* name, const Translator& tr) const {
    if (field != name) return;
    ImGui::SameLine();
    errorText(shown(tr));
}

void FormError::showBelow(const char* name, const Translator& tr) const {
    if (field == name) errorText(shown(tr));
}

void FormError::showOther(std::initializer_list<const char*> shownFields, const Translator& tr) const {
    if (field.empty()) return;
    for (const char* f : shownFields)
        if (field == f) return;
    errorText(tr.format("Could not save: {0}", {field + " " + shown(tr)}));
}

bool textField(const char* english, std::string& value, const Translator& tr, float width) {
    ImGui::SetNextItemWidth(width);
    const bool enter =
        ImGui::InputText(tr.label(english), &value, recordFieldFlags(ImGuiInputTextFlags_EnterReturnsTrue));
    explainIfReadOnly(tr);
    return enter;
}

std::int64_t dueInDays(const std::string& typed, std::int64_t now) {
    const std::string days = text::trim(typed);
    if (days.size() > 4 || days.find_first_not_of("0123456789") != std::string::npos)
        throw ValidationError("due", Problem::WholeDays);
    return localDay(now).end - 1 + (days.empty() ? 0 : std::stoll(days)) * 86'400'000;
}

bool escapePressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

namespace {
// A screen's shortcuts act on the screen: not while a window is open over it (ImGui 1.86 reports
// keys to everything drawn, modal or not).
bool screenHasKeys() {
    return !ImGui::GetIO().WantTextInput &&
           !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}
} // namespace

bool undoShortcut() {
    return screenHasKeys() && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(platform::letterKey('Z'), false);
}

bool deleteShortcut() { return screenHasKeys() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false); }

bool filterCombo(const char* english, const char* anyText, std::string& value, std::vector<std::string>& choices,
                 const Translator& tr, const std::function<std::vector<std::string>()>& load) {
    bool changed = false;
    if (comboBox(tr.label(english), value.empty() ? anyText : value.c_str(), 130)) {
        if (load && ImGui::IsWindowAppearing()) choices = load();
        if (ImGui::Selectable(anyText, value.empty())) value.clear(), changed = true;
        for (const std::string& c : choices)
            if (ImGui::Selectable(c.c_str(), value == c)) value = c, changed = true;
        ImGui::EndCombo();
    }
    return changed;
}

bool termFilterCombo(const char* english, const char* anyText, std::string& value, const vocab::Vocabulary& vocabulary,
                     const Translator& tr) {
    bool changed = false;
    if (comboBox(tr.label(english), value.empty() ? anyText : tr.term(vocabulary, value), 130)) {
        if (ImGui::Selectable(anyText, value.empty())) value.clear(), changed = true;
        for (const vocab::Term& t : vocabulary.terms())
            if (ImGui::Selectable(tr.termLabel(vocabulary, t.code), value == t.code)) value = t.code, changed = true;
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
    error.set(ValidationError("tag", Problem::Required));
    return false;
}

} // namespace satchel::ui
