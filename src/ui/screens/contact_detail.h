#pragma once
// The contact detail panel: every field editable in place (saved when the field is left or Enter
// is pressed; Escape puts the stored value back), tags, custom fields, quick actions (log call,
// add task, new deal, new ticket) and the timeline of everything that happened with the contact.
#include "core/contacts/contact.h"
#include "core/custom_fields/custom_field_service.h"
#include "core/timeline/contact_timeline.h"
#include "ui/forms.h"
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
    void open(std::int64_t contactId);
    // Returns false once the user closed the panel (or the contact is gone).
    bool draw(ScreenContext& ctx);

private:
    enum class Quick { None, Call, Task, Deal, Ticket };

    void load(Workspace& ws, bool keepDraft);
    bool field(const char* english, std::string& value, const Translator& tr, bool multiline = false);
    void drawFields(ScreenContext& ctx);
    void drawQuickActions(ScreenContext& ctx);
    void drawTimeline(const Translator& tr);
    bool save(Workspace& ws);

    std::int64_t m_id = 0;
    std::int64_t m_loadedAtChange = -1;
    bool m_exists = false;
    contacts::Contact m_stored;
    contacts::ContactDraft m_draft;
    std::string m_tags; // as "a, b"
    RecordPicker m_company{search::Kind::Company};
    std::vector<custom_fields::CustomField> m_fields;
    std::vector<std::string> m_fieldValues;
    FormError m_error;
    std::string m_refocus; // the field to put the cursor back in
    std::vector<timeline::Entry> m_timeline;

    Quick m_quick = Quick::None;
    bool m_focusQuick = false;
    std::string m_quickSubject, m_quickExtra;
    FormError m_quickError;
};

} // namespace satchel::ui
