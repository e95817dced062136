#pragma once
// What every form does the same way: run a save, keep the reason it was refused, and show that
// reason next to the field it names (or under the form when no field shown matches).
#include "core/common/validation_error.h"
#include "core/vocab/vocabulary.h"
#include "ui/i18n/translator.h"

#include <cstdint>
#include <exception>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace satchel::ui {

struct FormError {
    std::string field;              // which field the last save rejected ("" when it succeeded)
    std::string reason;             // why, in plain English (a storage failure has only this)
    std::optional<Problem> problem; // why, as a code the translator shows in the user's language
    std::vector<std::string> params;

    // Runs `save`. On ValidationError or a storage failure keeps the reason and returns false;
    // what the user typed stays in the form, so nothing is lost.
    bool attempt(const std::function<void()>& save);
    void clear() { field.clear(), reason.clear(), problem.reset(), params.clear(); }
    // Keeps what a ValidationError says.
    void set(const ValidationError& e);
    // The reason in the current language.
    std::string shown(const Translator& tr) const;
    // On the current line, after the field's widget, when the error is about `name`.
    void showFor(const char* name, const Translator& tr) const;
    // On a line of its own, under the field's widget, when the error is about `name`.
    void showBelow(const char* name, const Translator& tr) const;
    // Under the form, when the error names none of the fields the form shows.
    void showOther(std::initializer_list<const char*> shownFields, const Translator& tr) const;
};

// A filter menu: "Any ..." first, then the choices. Returns true when the choice changed. `load`,
// when given, refreshes `choices` as the menu opens (tag and owner lists are read then, not after
// every data change).
bool filterCombo(const char* english, const char* anyText, std::string& value, std::vector<std::string>& choices,
                 const Translator& tr, const std::function<std::vector<std::string>()>& load = {});
// A filter menu over a vocabulary's terms, in their order: `value` is a code ("" for any).
bool termFilterCombo(const char* english, const char* anyText, std::string& value, const vocab::Vocabulary& vocabulary,
                     const Translator& tr);
// The bulk bar's "tag" field and "Add tag" button: true when a tag was submitted (Enter or the
// button); an empty one sets `error` instead.
bool bulkTagField(std::string& tag, FormError& error, const Translator& tr);

// A text field whose label is translated; Enter returns true (to save).
bool textField(const char* english, std::string& value, const Translator& tr, float width = 280.0f);

// Whether this tab may change records. In a read-only tab (Satchel is open in another) the App
// sets it false each frame: fields that edit records show their value but take no typing and say
// why on hover, and FormError::attempt refuses with that reason before trying. Search and filter
// fields stay editable: reading is what a read-only tab is for.
void setRecordsEditable(bool editable);
bool recordsEditable();
// The flags for a field that edits a record: `flags`, plus read-only while records are not editable.
int recordFieldFlags(int flags);
// Call right after a record's field: while records are not editable, hovering it says why.
void explainIfReadOnly(const Translator& tr);
// The due time of a task "due in N days" typed by the user: the end of that local day. Empty means
// today. Throws ValidationError("due", ...) for anything but a whole number.
std::int64_t dueInDays(const std::string& typed, std::int64_t now);
// Escape pressed this frame (cancels a form).
bool escapePressed();
// Ctrl+Z / the Delete key pressed this frame while no text field has the keyboard (the keys
// belong to the field while one is being typed in).
bool undoShortcut();
bool deleteShortcut();

} // namespace satchel::ui
