#pragma once
// The contact detail panel: every field editable in place (stored as the person types: see
// ui/pending_edit.h), tags, custom fields, quick actions (log call, add task, new deal, new ticket)
// and the timeline of everything that happened with the contact.
#include "core/contacts/contact.h"
#include "core/custom_fields/custom_field_service.h"
#include "core/timeline/contact_timeline.h"
#include "ui/forms.h"
#include "ui/pending_edit.h"
#include "ui/record_picker.h"
#include "ui/screen.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class ContactDetail {
public:
    // Stores what was typed into the contact shown before, then shows `contactId`.
    void open(Workspace& ws, std::int64_t contactId);
    // Returns false once the user closed the panel (or the contact is gone).
    bool draw(ScreenContext& ctx);
    // Stores what is typed and not yet stored. False when some of it was refused (its reason is
    // shown next to the field).
    bool commitEdits(Workspace& ws);

private:
    enum class Quick { None, Call, Task, Deal, Ticket };

    struct FieldEdit {
        bool edited = false; // the text changed this frame
        bool left = false;   // Enter, or the field was left after a change
    };

    void load(Workspace& ws, bool keepDraft);
    FieldEdit field(const char* english, std::string& value, const Translator& tr, bool multiline = false);
    void drawFields(ScreenContext& ctx);
    void drawQuickActions(ScreenContext& ctx);
    void drawTimeline(const Translator& tr);
    bool save(Workspace& ws);
    bool saveTags(Workspace& ws);
    bool saveCustomField(Workspace& ws, std::size_t index);

    std::int64_t m_id = 0;
    std::int64_t m_loadedAtChange = -1;
    bool m_exists = false;
    contacts::Contact m_stored;
    contacts::ContactDraft m_draft;
    std::string m_tags; // as "a, b"
    RecordPicker m_company{search::Kind::Company};
    std::vector<custom_fields::CustomField> m_fields;
    std::vector<std::string> m_fieldValues;
    // Typed and not yet stored: the contact's own fields, the tags, each custom field.
    PendingEdit m_draftEdit, m_tagsEdit;
    std::vector<PendingEdit> m_fieldEdits;
    FormError m_error;
    std::string m_refocus; // the field to put the cursor back in
    std::vector<timeline::Entry> m_timeline;

    Quick m_quick = Quick::None;
    bool m_focusQuick = false;
    std::string m_quickSubject, m_quickExtra;
    FormError m_quickError;
};

} // namespace satchel::ui
