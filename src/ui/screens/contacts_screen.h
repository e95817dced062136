#pragma once
// The Contacts screen: a filter bar, the table of contacts (only the rows on screen are drawn,
// fetched a block at a time, so 100,000 contacts scroll smoothly), multi-select with bulk
// actions (tag, owner, delete with undo), the "New contact" form and the detail panel.
#include "core/common/row_cache.h"
#include "core/contacts/contact.h"
#include "core/contacts/contact_query.h"
#include "ui/forms.h"
#include "ui/row_selection.h"
#include "ui/screen.h"
#include "ui/screens/contact_detail.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class ContactsScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;
    // A contact (or a note, shown on the timeline of the contact it is about) from global search:
    // its detail panel, and the list narrowed to its name.
    bool open(ScreenContext& ctx, search::Kind kind, std::int64_t id) override;
    bool commitEdits(Workspace& ws) override { return m_detail.commitEdits(ws); }
    std::int64_t shownRecord() const override { return m_openId; }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    struct NewForm {
        bool open = false;
        bool focusFirstField = false;
        std::string name, email, phone;
        FormError error;
    };

    bool reveal(Workspace& ws, std::int64_t contactId);
    void reload(Workspace& ws, std::int64_t changeCount);
    void drawHeader(ScreenContext& ctx);
    void drawFilterBar(Workspace& ws, const Translator& tr);
    void drawNewForm(Workspace& ws, const Translator& tr);
    void drawBulkBar(Workspace& ws, const Translator& tr);
    void drawUndoBar(Workspace& ws, const Translator& tr);
    void drawTable(Workspace& ws, const Translator& tr);
    void drawColumnChooser(Workspace& ws, const Translator& tr);
    void loadColumns(Workspace& ws);
    // Read for the rows in view, and kept until the data changes.
    const std::string& companyName(Workspace& ws, std::int64_t companyId);
    const std::string& tagsText(Workspace& ws, std::int64_t contactId);
    void deleteSelected(Workspace& ws);
    void undoDelete(Workspace& ws);

    // The list: which contacts, in what order; rows come from the cache.
    contacts::ContactQuery m_query;
    RowCache<contacts::Contact> m_rows{100, 24};
    std::int64_t m_loadedAtChange = -1;
    bool m_queryChanged = true;
    std::string m_search, m_city;
    std::vector<std::string> m_tags, m_owners; // the filter menus' choices, read as a menu opens

    RowSelection m_selected;
    std::int64_t m_openId = 0; // the contact in the detail panel
    bool m_scrollToTop = false;

    std::string m_bulkTag, m_bulkOwner;
    FormError m_bulkError;
    std::vector<std::int64_t> m_lastDeleted; // what Undo restores
    std::string m_segmentName;
    FormError m_segmentError;

    NewForm m_form;
    ContactDetail m_detail;
    std::array<bool, 9> m_shown{}; // per column of the table (contacts_screen.cpp's kColumnInfo)
    bool m_columnsLoaded = false;
    std::unordered_map<std::int64_t, std::string> m_companyNames, m_tagsText;
};

} // namespace satchel::ui
