#pragma once
// Activities: my tasks (overdue in red, today, upcoming), a week calendar of calls, emails,
// meetings and tasks, and a form to log a call, email or meeting (or add a task) for a contact.
#include "core/activities/activity.h"
#include "ui/contact_picker.h"
#include "ui/forms.h"
#include "ui/i18n/translator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class ActivitiesScreen {
public:
    void draw(Workspace& ws, const Translator& tr);

private:
    void load(Workspace& ws, std::int64_t now);
    void drawTasks(Workspace& ws, const Translator& tr);
    void drawTaskGroup(Workspace& ws, const char* title, const std::vector<activities::Activity>& tasks, bool overdue,
                       const Translator& tr);
    void drawWeek(const Translator& tr);
    void drawLogForm(Workspace& ws, const Translator& tr);

    std::int64_t m_loadedAtChange = -1, m_loadedAt = 0;
    std::vector<activities::Activity> m_overdue, m_today, m_upcoming, m_week;
    int m_weekOffset = 0;          // weeks from this one
    std::int64_t m_weekStart = 0;  // local Monday 00:00 of the week shown
    FormError m_taskError;

    bool m_formOpen = false;
    std::string m_kind = "call", m_subject, m_outcome, m_dueDays;
    ContactPicker m_contact;
    FormError m_formError;
};

} // namespace satchel::ui
