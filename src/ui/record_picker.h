#pragma once
// Picks the contact (or company) a record belongs to: type part of a name, choose from the matches.
#include "core/search/search_index.h"
#include "ui/i18n/translator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::ui {

class RecordPicker {
public:
    explicit RecordPicker(search::Kind kind = search::Kind::Contact) : m_kind(kind) {}
    // Draws the field (and the matches while typing). Returns the picked record's id, 0 for none.
    std::int64_t draw(const char* english, const search::SearchIndex& index, const Translator& tr, float width = 280);
    std::int64_t picked() const { return m_id; }
    void clear() { *this = RecordPicker{m_kind}; }
    // Shows `name` as the record already picked (0: none).
    void show(const std::string& name, std::int64_t id) {
        clear();
        m_text = name;
        m_id = id;
    }

private:
    search::Kind m_kind;
    std::string m_text, m_searched;
    std::vector<search::SearchHit> m_hits;
    std::int64_t m_id = 0;
};

} // namespace satchel::ui
