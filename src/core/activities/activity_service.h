#pragma once
// Calls, emails, meetings, notes and tasks, each linked to a contact, a company and/or a deal.
#include "core/activities/activity.h"
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/search/search_index.h"

#include <initializer_list>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::activities {

class ActivityService {
public:
    ActivityService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search);

    // Logs what happened, or plans it: with a due time (a task always has one) it is planned, open
    // until completed.
    std::int64_t log(const ActivityDraft& draft);
    // Done follows the draft (a time it was already done at is kept).
    void update(std::int64_t id, const ActivityDraft& draft);
    void complete(std::int64_t id); // marks a planned activity done now
    void reopen(std::int64_t id);
    std::optional<Activity> get(std::int64_t id) const;

    // Reminders whose time has come (open activities only), the earliest first.
    std::vector<Activity> remindersDue(std::int64_t now) const;
    void snoozeReminder(std::int64_t id, std::int64_t until);
    void dismissReminder(std::int64_t id);

    // Open planned activities (tasks, scheduled calls, meetings), soonest first. "Today" is the
    // local calendar day containing `now`.
    std::vector<Activity> overdueTasks(std::int64_t now) const;            // due before now
    std::vector<Activity> dueToday(std::int64_t now) const;                // due from now until the end of today
    std::vector<Activity> upcomingTasks(std::int64_t now, int days) const; // after today, within `days`
    // Activities happening (or tasks due) in [from, to), in time order: the week view.
    std::vector<Activity> between(std::int64_t from, std::int64_t to) const;
    // Everything linked to a record, newest first.
    std::vector<Activity> forContact(std::int64_t contactId) const;
    std::vector<Activity> forCompany(std::int64_t companyId) const;
    std::vector<Activity> forDeal(std::int64_t dealId) const;

private:
    void setDone(std::int64_t id, std::optional<std::int64_t> when);
    void setReminder(std::int64_t id, std::optional<std::int64_t> at);
    std::vector<Activity> query(const std::string& where, std::initializer_list<std::int64_t> params) const;
    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    search::SearchIndex& m_search;
};

} // namespace satchel::activities
