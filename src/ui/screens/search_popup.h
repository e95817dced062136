#pragma once
// Global search (Ctrl+K anywhere): results grouped by contacts, companies, deals and notes as you type.
#include "core/search/search_index.h"
#include "ui/screen.h"

#include <string>
#include <vector>

namespace satchel::ui {

class SearchPopup {
public:
    void open() { m_openRequested = true; }
    // Draws the popup when open; the hit the user picks is asked for as requests::OpenRecord.
    void draw(ScreenContext& ctx);

private:
    bool m_openRequested = false;
    bool m_focusInput = false;
    char m_query[256] = {};
    std::string m_searched; // the query m_hits belong to: search runs only when the text changes
    std::vector<search::SearchHit> m_hits;
};

} // namespace satchel::ui
