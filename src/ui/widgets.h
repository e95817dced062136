#pragma once
// Small widgets shared by the screens.
#include <optional>
#include <string>

struct ImVec2;

namespace satchel::ui {

// A message in the error colour, wrapped at the edge of the space it is in; findable by tests
// under its text.
void errorText(const std::string& text);
// A section heading; findable by tests under its text.
void headingText(const char* text);
// A screen's title or a record's name, larger than body text: in the title font when it has every
// character of `text`, else in the body font (the title font holds only alphabetic scripts and the
// UI's own words, so a name in Korean stays whole, at body size). Fitted like fittedText.
void titleText(const std::string& text, float width = 0, const char* reportAs = nullptr);
// A screen's title, then a rule under it.
void screenTitle(const char* text);
// Secondary text (hints, empty states, status), wrapped at the edge of the space it is in;
// findable by tests under its text.
void hintText(const std::string& text);
// One line of text in `width` (0: the space left on the line, a table cell's or a panel's): when
// it does not fit it ends in "…", and hovering it shows it whole. Findable under the whole text.
void fittedText(const std::string& text, float width = 0, const char* reportAs = nullptr);
// A selectable (a table row, a calendar entry) whose text is fitted the same way. Its ID is
// "###fit" under the current ID stack: push the record's id first.
bool fittedSelectable(const std::string& text, bool selected, int flags = 0, float height = 0);
// Instead of ImGui::SameLine(): the next item (`width` wide) goes on this line when it fits there,
// else it starts the next line, so a bar of buttons and filters wraps on a narrow window.
void sameLineIfRoom(float width);
// The width of a button labelled `label` (text before "##" and the frame's padding).
float buttonWidth(const char* label);
// `text` shortened with "…" to fit `width`, or as it is when it fits.
std::string fitText(const std::string& text, float width);
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
