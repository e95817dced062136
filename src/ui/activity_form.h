#pragma once
// Plans a call, meeting, task or email at a date and time (with its duration and a reminder)
// against a contact, a company and/or a deal; ticked Done, it records one that already happened.
// Opened for a stored activity (a calendar entry, a reminder) it edits that one.
#include "core/activities/activity.h"
#include "ui/forms.h"
#include "ui/record_picker.h"

#include <cstdint>
#include <string>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class ActivityForm {
public:
    // The records a new activity belongs to (0: none), shown already picked.
    struct Links {
        std::int64_t contactId = 0, companyId = 0, dealId = 0;
    };
    // A new call at the next full hour today (the end of today when that is tomorrow).
    void start(Workspace& ws, std::int64_t now, Links links);
    // The stored activity `id`, to change or mark done.
    void edit(Workspace& ws, std::int64_t id);
    bool isOpen() const { return m_open; }
    std::int64_t editing() const { return m_id; }
    void close() { m_open = false; }
    // Draws the form while open. Returns true in the frame it stored what was typed (and closed).
    bool draw(Workspace& ws, const Translator& tr);

private:
    void showLinks(Workspace& ws, Links links);
    void store(Workspace& ws);

    bool m_open = false;
    std::int64_t m_id = 0;                        // the activity edited (0: a new one)
    std::optional<activities::Activity> m_stored; // as it was when opened: what the form does not show stays
    std::string m_kind;
    std::string m_subject, m_date, m_time, m_duration, m_notes;
    int m_reminder = 0;                    // index into the reminder choices
    std::optional<std::int64_t> m_snoozed; // a stored reminder at a time no choice names
    bool m_done = false;
    bool m_focus = false;
    RecordPicker m_contact{search::Kind::Contact}, m_company{search::Kind::Company}, m_deal{search::Kind::Deal};
    FormError m_error;
};

} // namespace satchel::ui
