#pragma once
// Small widgets shared by the screens.
#include <optional>
#include <string>

namespace satchel::ui {

// A message in the error colour; findable by tests under its text.
void errorText(const std::string& text);
// A section heading; findable by tests under its text.
void headingText(const char* text);
// Secondary text (hints, empty states, status); findable by tests under its text.
void hintText(const std::string& text);
// Text against the right edge of the space left (amounts, so their digits line up), reported to
// tests as `reportAs` (the text itself when null).
void rightAlignedText(const std::string& text, const char* reportAs = nullptr);
// ImGui::BeginTabItem, reported to tests under its label (ImGui 1.86 tabs have no ItemInfo hook).
bool tabItem(const char* label, bool select = false); // select: make it the open tab now
// ImGui::BeginCombo, reported to tests under its label.
bool comboBox(const char* label, const char* preview, float width);
// The header row of the current table, each header reported to tests under its label.
void tableHeaders();
// The sort the user asked for by clicking a header of the current (sortable) table, once, when it
// changed: the column's user ID and the direction.
struct SortRequest {
    unsigned column = 0;
    bool descending = false;
};
std::optional<SortRequest> sortRequest();

} // namespace satchel::ui
