#pragma once
// Activities: what is planned (overdue in red, today, upcoming), a week calendar of calls, emails,
// meetings and tasks (today marked; a click opens an entry; done ones below open ones), and the
// form that plans or edits one (ui/activity_form.h).
#include "core/activities/activity.h"
#include "ui/activity_form.h"
#include "ui/forms.h"
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
    // The activity this screen's form edits ("#/activities/12": a reminder's Open goes here).
    std::int64_t shownRecord() const override { return m_form.isOpen() ? m_form.editing() : 0; }
    bool showRecord(ScreenContext& ctx, std::int64_t id) override;

private:
    struct Data {
        std::vector<activities::Activity> overdue, today, upcoming, week;
        std::int64_t weekStart = 0;    // local Monday 00:00 of the week shown
        std::vector<size_t> dayStarts; // where each day of `week` begins, and its end: 8 entries
    };
    ScreenLoad<Data>::Steps steps(Workspace& ws, std::int64_t now) const;
    void drawTasks(ScreenContext& ctx);
    void drawTask(ScreenContext& ctx, const activities::Activity& task, bool overdue);
    void drawWeek(ScreenContext& ctx);

    // Read again after a change, when the week shown changes, and each minute (tasks fall overdue).
    ScreenLoad<Data> m_load;
    int m_weekOffset = 0; // weeks from this one
    FormError m_taskError;

    ActivityForm m_form;
};

} // namespace satchel::ui
