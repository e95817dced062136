#include "core/activities/activity_service.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

namespace satchel::activities {

namespace {
constexpr const char* kSelect =
    "SELECT id, kind, subject, body, outcome, occurred_at, duration_min, due_at, done_at, priority, contact_id, "
    "company_id, deal_id, created_at FROM activities WHERE ";

Activity read(const db::Statement& s) {
    Activity a;
    a.id = s.columnInt64(0);
    a.kind = s.columnText(1);
    a.subject = s.columnText(2);
    a.body = s.columnText(3);
    a.outcome = s.columnText(4);
    a.occurredAt = s.columnOptionalInt64(5);
    a.durationMin = s.columnOptionalInt64(6);
    a.dueAt = s.columnOptionalInt64(7);
    a.doneAt = s.columnOptionalInt64(8);
    a.priority = s.columnText(9);
    a.contactId = s.columnOptionalInt64(10);
    a.companyId = s.columnOptionalInt64(11);
    a.dealId = s.columnOptionalInt64(12);
    a.createdAt = s.columnInt64(13);
    return a;
}

bool isKind(const std::string& k) { return k == "call" || k == "email" || k == "meeting" || k == "note" || k == "task"; }
} // namespace

ActivityService::ActivityService(db::Database& db, Clock clock)
    : m_db(db), m_clock(clock), m_audit(db, clock), m_search(db) {}

std::int64_t ActivityService::log(const ActivityDraft& d) {
    if (!isKind(d.kind)) throw ValidationError("kind", "must be call, email, meeting, note or task");
    const std::string subject = text::trim(d.subject);
    if (!text::isValidUtf8(subject) || !text::isValidUtf8(d.body)) throw ValidationError("subject", "is not valid UTF-8 text");
    if (subject.empty() && d.kind != "note") throw ValidationError("subject", "is required");
    if (d.kind == "note" && text::trim(d.body).empty() && subject.empty()) throw ValidationError("body", "a note needs some text");
    if (d.kind == "task" && !d.dueAt) throw ValidationError("due", "a task needs a due time");
    requireSaneTime("due", d.dueAt);
    requireSaneTime("time", d.occurredAt);
    if (d.durationMin && *d.durationMin < 0) throw ValidationError("duration", "cannot be negative");
    if (d.priority != "low" && d.priority != "normal" && d.priority != "high")
        throw ValidationError("priority", "must be low, normal or high");
    if (!d.contactId && !d.companyId && !d.dealId)
        throw ValidationError("link", "an activity belongs to a contact, a company or a deal");
    const auto now = m_clock();
    db::Transaction tx(m_db);
    m_db.prepare(
            "INSERT INTO activities (kind, subject, body, occurred_at, duration_min, outcome, due_at, priority, "
            "contact_id, company_id, deal_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(d.kind, subject, d.body, d.kind == "task" ? d.occurredAt : std::optional(d.occurredAt.value_or(now)),
                 d.durationMin, d.outcome, d.dueAt, d.priority, d.contactId, d.companyId, d.dealId, now, now)
        .run();
    const auto id = m_db.lastInsertRowid();
    m_audit.recordChange(audit::Entity::Activity, id, nullptr, "insert");
    if (d.kind == "note") m_search.put(search::Kind::Note, id, subject.empty() ? d.body.substr(0, 80) : subject, d.body);
    tx.commit();
    return id;
}

void ActivityService::complete(std::int64_t taskId) {
    setDone(taskId, m_clock());
}

void ActivityService::reopen(std::int64_t taskId) {
    setDone(taskId, std::nullopt);
}

void ActivityService::setDone(std::int64_t taskId, std::optional<std::int64_t> when) {
    const auto task = get(taskId);
    if (!task || task->kind != "task") throw ValidationError("task", "no task with id " + std::to_string(taskId));
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Activity, taskId, [&] {
        m_db.prepare("UPDATE activities SET done_at = ?, updated_at = ? WHERE id = ?").bindAll(when, m_clock(), taskId).run();
    });
    tx.commit();
}

std::optional<Activity> ActivityService::get(std::int64_t id) const {
    auto r = query("id = ?1", {id});
    if (r.empty()) return std::nullopt;
    return r.front();
}

std::vector<Activity> ActivityService::query(const char* where, std::initializer_list<std::int64_t> params) const {
    auto stmt = m_db.prepare(std::string(kSelect) + where);
    int i = 1;
    for (auto p : params) stmt.bind(i++, p);
    std::vector<Activity> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

std::vector<Activity> ActivityService::overdueTasks(std::int64_t now) const {
    return query("kind = 'task' AND done_at IS NULL AND due_at < ?1 ORDER BY due_at, id", {now});
}

std::vector<Activity> ActivityService::dueToday(std::int64_t now) const {
    return query("kind = 'task' AND done_at IS NULL AND due_at >= ?1 AND due_at < ?2 ORDER BY due_at, id", {now, localDay(now).end});
}

std::vector<Activity> ActivityService::upcomingTasks(std::int64_t now, int days) const {
    const auto tomorrow = localDay(now).end;
    return query("kind = 'task' AND done_at IS NULL AND due_at >= ?1 AND due_at < ?2 ORDER BY due_at, id",
                 {tomorrow, tomorrow + static_cast<std::int64_t>(days) * 86'400'000});
}

std::vector<Activity> ActivityService::between(std::int64_t from, std::int64_t to) const {
    return query("coalesce(occurred_at, due_at) >= ?1 AND coalesce(occurred_at, due_at) < ?2 "
                 "ORDER BY coalesce(occurred_at, due_at), id", {from, to});
}

std::vector<Activity> ActivityService::forContact(std::int64_t id) const {
    return query("contact_id = ?1 ORDER BY coalesce(occurred_at, due_at, created_at) DESC, id DESC", {id});
}
std::vector<Activity> ActivityService::forCompany(std::int64_t id) const {
    return query("company_id = ?1 ORDER BY coalesce(occurred_at, due_at, created_at) DESC, id DESC", {id});
}
std::vector<Activity> ActivityService::forDeal(std::int64_t id) const {
    return query("deal_id = ?1 ORDER BY coalesce(occurred_at, due_at, created_at) DESC, id DESC", {id});
}

} // namespace satchel::activities
