#pragma once
// Reminders of planned activities whose time has come, above every screen: Open (the activity in
// Activities), Done, Snooze 10 minutes, Dismiss. Each also shows once as a browser notification
// when the person allowed them, so a call is not missed while the tab is in the background.
#include "core/activities/activity.h"
#include "ui/forms.h"
#include "ui/screen.h"

#include <cstdint>
#include <set>
#include <vector>

namespace satchel::ui {

class Reminders {
public:
    void draw(ScreenContext& ctx);

private:
    std::vector<activities::Activity> m_due;
    std::int64_t m_readAtChange = -1, m_readAtMinute = -1;
    // Shown as a browser notification in this tab: each activity once per reminder time, so a
    // snoozed reminder notifies again when it comes back.
    std::set<std::pair<std::int64_t, std::int64_t>> m_notified;
    FormError m_error;
};

} // namespace satchel::ui
