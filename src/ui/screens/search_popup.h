#pragma once
// Global search (Ctrl+K anywhere): results grouped by contacts, companies, deals and notes as you type.
#include "core/search/search_index.h"
#include "ui/screen.h"

#include <string>
#include <vector>

struct ImGuiInputTextCallbackData;

namespace satchel::ui {

class SearchPopup {
public:
    void open() { m_openRequested = true; }
    // Draws the popup when open; the hit the user picks is asked for as requests::OpenRecord.
    void draw(ScreenContext& ctx);

private:
    // Up and Down in the search field move the highlighted result; Enter opens it.
    static int onHistoryKey(ImGuiInputTextCallbackData* data);

    bool m_openRequested = false;
    bool m_focusInput = false;
    char m_query[256] = {};
    std::string m_searched; // the query m_hits belong to: search runs only when the text changes
    std::vector<search::SearchHit> m_hits;
    int m_highlight = 0; // index into m_hits
    bool m_scrollToHighlight = false;
};

} // namespace satchel::ui
