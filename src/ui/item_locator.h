#pragma once
// Records every item ImGui draws, with its label and rectangle, through Dear ImGui's own
// test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). Browser tests read the last frame's list
// (window.satchel.ui.items()) and click the rectangles with real mouse events. Each item in that
// list also says how many characters of its label the font has no glyph for (`missingGlyphs`,
// counted when the list is read), so tests see text that would show as "?", and whether its text
// was cut off by the edge of what shows it (`clipped`): a column, a panel, the window.
#include <string>
#include <vector>

struct ImGuiContext;

namespace satchel::ui {

struct LocatedItem {
    unsigned id = 0;
    std::string label;                // text before "##" (what a person sees)
    std::string rawLabel;             // the full ImGui label, "##suffix" included
    float x = 0, y = 0, w = 0, h = 0; // layout pixels, clipped to the window showing it
    bool visible = false;             // false when scrolled or clipped out of view
    // Its text runs past the right edge of the region that shows it (a table column, a child
    // window), so part of it is not drawn. Text shortened with "…" (ui/widgets.h fittedText) is not.
    bool clipped = false;
    float x1 = 0, clipX1 = 0; // unclipped right edge, and the visible region's, as the item was added
};

// Reports the item ImGui just drew (text has no ID of its own) under `label`, so tests can find
// what a person reads: error messages, empty states, status lines.
void reportLastItem(const char* label);
// Reports text drawn straight onto a draw list (a chart's labels), with the rectangle it covers.
void reportText(const char* label, float x0, float y0, float x1, float y1);
// Names an item ImGui added without reporting its label (combos, table headers): `id` is the
// widget's ID, taken with ImGui::GetID(label) before drawing it.
void nameItem(unsigned id, const char* label);
// The item `id` shortens its own text with "…" where it does not fit (a table header): not clipped.
void markShortened(unsigned id);

class ItemLocator {
public:
    // Connects this locator to `ctx`'s hooks (stored in the context, so no global is needed).
    void attach(ImGuiContext* ctx);
    // Call after ImGui::Render(): the frame just drawn becomes the one items() reports.
    void endFrame();
    std::string itemsJson() const;

    // Hook entry points (called by ImGui through the test-engine hooks).
    void onItemAdd(ImGuiContext* ctx, float x0, float y0, float x1, float y1, unsigned id);
    // `ownLabel`: ImGui drew this label as the item's text (a button, a selectable), so its width
    // is checked against the visible region too; a label reported by the app names the item only.
    void onItemInfo(unsigned id, const char* label, bool ownLabel);
    void markShortened(unsigned id);

private:
    LocatedItem* recent(unsigned id); // this frame's item `id`, searched from the latest

    // The frame being drawn and the last one; each holds `count` items (entries past it are kept
    // for their strings' memory).
    std::vector<LocatedItem> m_current;
    std::vector<LocatedItem> m_last;
    std::size_t m_currentCount = 0;
    std::size_t m_lastCount = 0;
};

} // namespace satchel::ui
