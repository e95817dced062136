#pragma once
// Picks the contact a record belongs to: type part of a name, choose from the matches.
#include "core/search/search_index.h"
#include "ui/i18n/translator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::ui {

class ContactPicker {
public:
    // Draws the field (and the matches while typing). Returns the picked contact id, 0 for none.
    std::int64_t draw(const char* english, const search::SearchIndex& index, const Translator& tr);
    std::int64_t picked() const { return m_id; }
    void clear() { *this = ContactPicker{}; }

private:
    std::string m_text, m_searched;
    std::vector<search::SearchHit> m_hits;
    std::int64_t m_id = 0;
};

} // namespace satchel::ui
