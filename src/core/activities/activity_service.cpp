#include "core/activities/activity_service.h"

#include "core/activities/activity_columns.h"
#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/time_format.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/vocab/crm_vocabularies.h"

namespace satchel::activities {

namespace {
// "SELECT <every activity column> FROM activities WHERE ", built once from the column map.
const std::string& selectWhere() {
    static const std::string sql = kActivityColumns.select() + " WHERE ";
    return sql;
}

bool isKind(const std::string& k) { return vocab::kActivityKind.contains(k); }
} // namespace

ActivityService::ActivityService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search) {}

namespace {
// What a person gives, checked; a copy with the subject trimmed.
ActivityDraft checked(const ActivityDraft& in) {
    ActivityDraft d = in;
    if (!isKind(d.kind)) throw ValidationError("kind", Problem::NotOneOf, {vocab::kActivityKind.listed()});
    d.subject = text::trim(d.subject);
    if (!text::isValidUtf8(d.subject) || !text::isValidUtf8(d.body)) throw ValidationError("subject", Problem::NotUtf8);
    if (d.subject.empty() && d.kind != vocab::activity_kind::kNote) throw ValidationError("subject", Problem::Required);
    if (d.kind == vocab::activity_kind::kNote && text::trim(d.body).empty() && d.subject.empty())
        throw ValidationError("body", Problem::NoteNeedsText);
    if (d.kind == vocab::activity_kind::kTask && !d.dueAt) throw ValidationError("due", Problem::TaskNeedsDue);
    requireSaneTime("due", d.dueAt);
    requireSaneTime("time", d.occurredAt);
    requireSaneTime("reminder", d.remindAt);
    if (d.durationMin && *d.durationMin < 0) throw ValidationError("duration", Problem::Negative);
    if (!vocab::kActivityPriority.contains(d.priority))
        throw ValidationError("priority", Problem::NotOneOf, {vocab::kActivityPriority.listed()});
    if (!d.contactId && !d.companyId && !d.dealId) throw ValidationError("link", Problem::NeedsLink);
    if (!d.dueAt) d.remindAt.reset(); // only what is planned is reminded of
    return d;
}

void applyDraft(Activity& row, const ActivityDraft& d, std::int64_t now) {
    row.kind = d.kind;
    row.subject = d.subject;
    row.body = d.body;
    row.outcome = d.outcome;
    // A planned activity is placed by its due time; anything else happened when logged unless told otherwise.
    row.occurredAt = d.dueAt ? d.occurredAt : std::optional(d.occurredAt.value_or(now));
    row.durationMin = d.durationMin;
    row.dueAt = d.dueAt;
    row.remindAt = d.remindAt;
    row.priority = d.priority;
    row.contactId = d.contactId;
    row.companyId = d.companyId;
    row.dealId = d.dealId;
}
} // namespace

std::int64_t ActivityService::log(const ActivityDraft& draft) {
    const ActivityDraft d = checked(draft);
    const auto now = m_clock();
    db::Transaction tx(m_db);
    Activity row;
    applyDraft(row, d, now);
    if (d.dueAt && d.done) row.doneAt = now;
    row.createdAt = row.updatedAt = now;
    const auto id = db::insertRow(m_db, kActivityColumns, row);
    m_audit.recordChange(audit::Entity::Activity, id, nullptr, "insert");
    if (d.kind == vocab::activity_kind::kNote)
        m_search.put(search::Kind::Note, id, d.subject.empty() ? d.body.substr(0, 80) : d.subject, d.body);
    tx.commit();
    return id;
}

void ActivityService::update(std::int64_t id, const ActivityDraft& draft) {
    const ActivityDraft d = checked(draft);
    const auto stored = get(id);
    if (!stored) throw ValidationError("activity", Problem::NotFound, {"activity", std::to_string(id)});
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Activity, id, [&] {
        Activity row = *stored;
        applyDraft(row, d, stored->occurredAt.value_or(stored->createdAt));
        // Done stays done at the time it was done; what happened (no due time) has no done time.
        row.doneAt = d.dueAt && d.done ? std::optional(stored->doneAt.value_or(m_clock())) : std::nullopt;
        row.updatedAt = m_clock();
        db::updateRow(m_db, kActivityColumns, row);
    });
    if (d.kind == vocab::activity_kind::kNote)
        m_search.put(search::Kind::Note, id, d.subject.empty() ? d.body.substr(0, 80) : d.subject, d.body);
    else
        m_search.remove(search::Kind::Note, id);
    tx.commit();
}

void ActivityService::complete(std::int64_t id) { setDone(id, m_clock()); }

void ActivityService::reopen(std::int64_t id) { setDone(id, std::nullopt); }

void ActivityService::setDone(std::int64_t id, std::optional<std::int64_t> when) {
    const auto planned = get(id);
    if (!planned || !planned->dueAt)
        throw ValidationError("activity", Problem::NotFound, {"planned activity", std::to_string(id)});
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Activity, id, [&] {
        m_db.prepare("UPDATE activities SET done_at = ?, updated_at = ? WHERE id = ?")
            .bindAll(when, m_clock(), id)
            .run();
    });
    tx.commit();
}

// A reminder's time is not something the person wrote about the activity: it changes without an
// audit entry, so the timeline does not fill with "reminder snoozed".
void ActivityService::setReminder(std::int64_t id, std::optional<std::int64_t> at) {
    m_db.prepare("UPDATE activities SET remind_at = ? WHERE id = ?").bindAll(at, id).run();
}

void ActivityService::snoozeReminder(std::int64_t id, std::int64_t until) {
    requireSaneTime("reminder", std::optional(until));
    setReminder(id, until);
}

void ActivityService::dismissReminder(std::int64_t id) { setReminder(id, std::nullopt); }

std::vector<Activity> ActivityService::remindersDue(std::int64_t now) const {
    return query("remind_at IS NOT NULL AND done_at IS NULL AND remind_at <= ?1 ORDER BY remind_at, id LIMIT 20",
                 {now});
}

std::optional<Activity> ActivityService::get(std::int64_t id) const {
    auto r = query("id = ?1", {id});
    if (r.empty()) return std::nullopt;
    return r.front();
}

std::vector<Activity> ActivityService::query(const std::string& where,
                                             std::initializer_list<std::int64_t> params) const {
    auto stmt = m_db.prepare(selectWhere() + where);
    int i = 1;
    for (auto p : params) stmt.bind(i++, p);
    return kActivityColumns.readAll(stmt);
}

namespace {
// Open planned activities, written as the partial index activities_open_due is, so SQLite uses it.
const std::string& openTasks() {
    static const std::string where = "due_at IS NOT NULL AND done_at IS NULL ";
    return where;
}
} // namespace

std::vector<Activity> ActivityService::overdueTasks(std::int64_t now) const {
    return query(openTasks() + "AND due_at < ?1 ORDER BY due_at, id", {now});
}

std::vector<Activity> ActivityService::dueToday(std::int64_t now) const {
    return query(openTasks() + "AND due_at >= ?1 AND due_at < ?2 ORDER BY due_at, id", {now, localDay(now).end});
}

std::vector<Activity> ActivityService::upcomingTasks(std::int64_t now, int days) const {
    const auto tomorrow = localDay(now).end;
    return query(openTasks() + "AND due_at >= ?1 AND due_at < ?2 ORDER BY due_at, id",
                 {tomorrow, tomorrow + static_cast<std::int64_t>(days) * 86'400'000});
}

std::vector<Activity> ActivityService::between(std::int64_t from, std::int64_t to) const {
    return query("coalesce(occurred_at, due_at) >= ?1 AND coalesce(occurred_at, due_at) < ?2 "
                 "ORDER BY coalesce(occurred_at, due_at), id",
                 {from, to});
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
