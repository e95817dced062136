#include "ui/screens/about_screen.h"

#include "platform/storage.h"
#include "ui/item_locator.h"
#include "ui/screen_factory.h"
#include "ui/storage_actions.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <string>

namespace satchel::ui {

template std::unique_ptr<Screen> makeScreen<AboutScreen>();

namespace {
// A paragraph that wraps to the screen's width; findable by tests under its text.
void paragraph(const char* text) {
    ImGui::TextWrapped("%s", text);
    reportLastItem(text);
}

// One row of the shortcuts table. Keys are named as printed on the keyboard, in every language.
void shortcut(const char* keys, const char* does) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(keys);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(does);
    reportLastItem(does);
}
} // namespace

void AboutScreen::draw(ScreenContext& ctx) {
    const Translator& tr = ctx.tr;
    screenTitle(tr.text("About Satchel"));
    paragraph(tr.text("Satchel keeps your contacts, companies, deals, activities, tickets, campaigns and orders."));
    paragraph(tr.text("It runs entirely in this browser tab: no server, no account, and it works offline."));
    ImGui::Spacing();

    headingText(tr.text("Where your data lives"));
    paragraph(tr.text("In this browser's storage (IndexedDB), on this device only. Nothing is sent anywhere."));
    paragraph(tr.text("Every change is saved as you make it; the status bar says when it is saved."));
    paragraph(tr.text("To keep a copy or move to another browser, use \"Download backup\" in Settings."));
    const platform::StorageStatus& s = platform::storageStatus();
    hintText(tr.text(s.persisted
                         ? "Persistent: the browser will not clear this data to free space."
                         : "Not persistent: the browser may clear this data when space runs low. Keep backups."));
    char size[32];
    hintText(tr.format("Database: {0}", {formatBytes(static_cast<double>(platform::pageStore().fileSize()), size)}));
    ImGui::Spacing();

    headingText(tr.text("Keyboard shortcuts"));
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
        shortcut("Ctrl+K", tr.text("Search contacts, companies, deals and notes"));
        shortcut("Enter", tr.text("Save the form or the field you are typing in"));
        shortcut("Escape", tr.text("Cancel a form, close search"));
        shortcut("Tab, Shift+Tab", tr.text("Move to the next or the previous field"));
        shortcut("Delete", tr.text("Delete the selected rows"));
        shortcut("Ctrl+Z", tr.text("Undo the last delete"));
        shortcut("Ctrl+click, Shift+click", tr.text("Select several rows, or a range of rows"));
        ImGui::EndTable();
    }
    ImGui::Spacing();

    headingText(tr.text("Built with"));
    // Known at compile time: the interface library's version and the compiler's own name for itself.
    hintText(std::string("Dear ImGui ") + IMGUI_VERSION + " · " + __VERSION__ + " · C++" +
             std::to_string(__cplusplus / 100 % 100));
    hintText(tr.text("SQLite, Dear ImGui, WenQuanYi Micro Hei and Font Awesome, from Debian's packages."));
}

} // namespace satchel::ui
