#pragma once
// Activities: my tasks (overdue in red, today, upcoming), a week calendar of calls, emails,
// meetings and tasks, and a form to log a call, email or meeting (or add a task) for a contact.
#include "core/activities/activity.h"
#include "ui/forms.h"
#include "ui/record_picker.h"
#include "ui/screen.h"
#include "ui/screen_load.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

class ActivitiesScreen : public Screen {
public:
    void draw(ScreenContext& ctx) override;

private:
    struct Data {
        std::vector<activities::Activity> overdue, today, upcoming, week;
        std::int64_t weekStart = 0;    // local Monday 00:00 of the week shown
        std::vector<size_t> dayStarts; // where each day of `week` begins, and its end: 8 entries
    };
    ScreenLoad<Data>::Steps steps(Workspace& ws, std::int64_t now) const;
    void drawTasks(ScreenContext& ctx);
    void drawTask(ScreenContext& ctx, const activities::Activity& task, bool overdue);
    void drawWeek(const Translator& tr);
    void drawLogForm(ScreenContext& ctx);

    // Read again after a change, when the week shown changes, and each minute (tasks fall overdue).
    ScreenLoad<Data> m_load;
    int m_weekOffset = 0; // weeks from this one
    FormError m_taskError;

    bool m_formOpen = false;
    std::string m_kind{vocab::activity_kind::kCall}, m_subject, m_outcome, m_dueDays;
    RecordPicker m_contact;
    FormError m_formError;
};

} // namespace satchel::ui
