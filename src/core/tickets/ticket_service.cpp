#include "core/tickets/ticket_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/search/record_entries.h"
#include "core/tickets/ticket_columns.h"
#include "core/vocab/crm_vocabularies.h"

namespace satchel::tickets {

namespace {
// "SELECT <every ticket column> FROM tickets WHERE ", built once from the column map.
const std::string& selectWhere() {
    static const std::string sql = kTicketColumns.select() + " WHERE ";
    return sql;
}
} // namespace

bool canTransition(const std::string& from, const std::string& to) {
    for (std::string_view next : vocab::ticket_status::nextStatuses(from))
        if (next == to) return true;
    return false;
}

std::int64_t slaHours(const std::string& priority) {
    if (priority == vocab::ticket_priority::kUrgent) return 4;
    if (priority == vocab::ticket_priority::kHigh) return 8;
    if (priority == vocab::ticket_priority::kLow) return 72;
    return 24;
}

TicketService::TicketService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search) {}

std::int64_t TicketService::open(const TicketDraft& d) {
    const std::string subject = text::trim(d.subject);
    if (subject.empty()) throw ValidationError("subject", Problem::Required);
    if (!text::isValidUtf8(subject) || !text::isValidUtf8(d.description))
        throw ValidationError("subject", Problem::NotUtf8);
    if (!vocab::kTicketChannel.contains(d.channel))
        throw ValidationError("channel", Problem::NotOneOf, {vocab::kTicketChannel.listed()});
    if (!vocab::kTicketPriority.contains(d.priority))
        throw ValidationError("priority", Problem::NotOneOf, {vocab::kTicketPriority.listed()});
    const auto now = m_clock();
    db::Transaction tx(m_db);
    Ticket row;
    row.subject = subject;
    row.description = d.description;
    row.channel = d.channel;
    row.priority = d.priority;
    row.status = vocab::ticket_status::kNew;
    row.assignee = text::trim(d.assignee);
    row.contactId = d.contactId;
    row.companyId = d.companyId;
    row.slaDueAt = now + slaHours(d.priority) * 3'600'000;
    row.createdAt = row.updatedAt = now;
    const auto id = db::insertRow(m_db, kTicketColumns, row);
    m_audit.recordChange(audit::Entity::Ticket, id, nullptr, "insert");
    search::indexRecord(m_db, m_search, search::Kind::Ticket, id);
    tx.commit();
    return id;
}

std::optional<Ticket> TicketService::get(std::int64_t id) const { return db::findRow(m_db, kTicketColumns, id); }

void TicketService::transition(std::int64_t id, const std::string& to) {
    const auto t = get(id);
    if (!t) throw ValidationError("ticket", Problem::NotFound, {"ticket", std::to_string(id)});
    if (!canTransition(t->status, to)) throw ValidationError("status", Problem::Transition, {t->status, to});
    db::Transaction tx(m_db);
    // Resolving stamps the time; reopening clears it (and any rating given for the old resolution).
    m_audit.change(audit::Entity::Ticket, id, [&] {
        m_db.prepare("UPDATE tickets SET status = ?1, updated_at = ?2, "
                     "resolved_at = CASE WHEN ?1 = ?4 THEN ?2 WHEN ?1 = ?5 THEN NULL ELSE resolved_at END, "
                     "satisfaction = CASE WHEN ?1 = ?5 THEN NULL ELSE satisfaction END WHERE id = ?3")
            .bindAll(to, m_clock(), id, vocab::ticket_status::kResolved, vocab::ticket_status::kOpen)
            .run();
    });
    tx.commit();
}

void TicketService::rate(std::int64_t id, int satisfaction) {
    const auto t = get(id);
    if (!t) throw ValidationError("ticket", Problem::NotFound, {"ticket", std::to_string(id)});
    if (!vocab::ticket_status::isDone(t->status)) throw ValidationError("satisfaction", Problem::RateWhenResolved);
    if (satisfaction < 1 || satisfaction > 5) throw ValidationError("satisfaction", Problem::Rating);
    m_audit.change(audit::Entity::Ticket, id, [&] {
        m_db.prepare("UPDATE tickets SET satisfaction = ?, updated_at = ? WHERE id = ?")
            .bindAll(satisfaction, m_clock(), id)
            .run();
    });
}

void TicketService::assign(std::int64_t id, const std::string& assignee) {
    if (!get(id)) throw ValidationError("ticket", Problem::NotFound, {"ticket", std::to_string(id)});
    if (!text::isValidUtf8(assignee)) throw ValidationError("assignee", Problem::NotUtf8);
    m_audit.change(audit::Entity::Ticket, id, [&] {
        m_db.prepare("UPDATE tickets SET assignee = ?, updated_at = ? WHERE id = ?")
            .bindAll(text::trim(assignee), m_clock(), id)
            .run();
    });
}

void TicketService::comment(std::int64_t id, const std::string& body, const std::string& author) {
    if (text::trim(body).empty()) throw ValidationError("comment", Problem::Empty);
    if (!get(id)) throw ValidationError("ticket", Problem::NotFound, {"ticket", std::to_string(id)});
    const Comment row{.body = body, .author = author, .at = m_clock(), .ticketId = id};
    db::insertRow(m_db, kCommentColumns, row);
}

std::vector<Comment> TicketService::comments(std::int64_t id) const {
    auto stmt = m_db.prepare(kCommentColumns.select() + " WHERE ticket_id = ? ORDER BY id");
    stmt.bind(1, id);
    return kCommentColumns.readAll(stmt);
}

std::map<std::string, std::int64_t> TicketService::countByStatus() const {
    std::map<std::string, std::int64_t> out;
    for (const vocab::Term& t : vocab::kTicketStatus.terms()) out[std::string(t.code)] = 0;
    auto stmt = m_db.prepare("SELECT status, count(*) FROM tickets GROUP BY status");
    while (stmt.step()) out[stmt.columnText(0)] = stmt.columnInt64(1);
    return out;
}

std::vector<Ticket> TicketService::overdue(std::int64_t now) const {
    auto stmt = m_db.prepare(selectWhere() + "status IN (" + vocab::ticket_status::unresolvedSqlList() +
                             ") AND sla_due_at < ? ORDER BY sla_due_at, id");
    stmt.bind(1, now);
    return kTicketColumns.readAll(stmt);
}

std::vector<Ticket> TicketService::queue(const std::string& status, int limit) const {
    auto stmt = m_db.prepare(selectWhere() + "(?1 = '' AND status IN (" + vocab::ticket_status::unresolvedSqlList() +
                             ") OR status = ?1) ORDER BY "
                             "CASE WHEN status IN (" +
                             vocab::ticket_status::unresolvedSqlList() +
                             ") THEN sla_due_at ELSE -created_at END, id "
                             "LIMIT ?2");
    stmt.bindAll(status, limit);
    return kTicketColumns.readAll(stmt);
}

std::vector<Ticket> TicketService::forContact(std::int64_t contactId) const {
    auto stmt = m_db.prepare(selectWhere() + "contact_id = ? ORDER BY created_at DESC, id DESC");
    stmt.bind(1, contactId);
    return kTicketColumns.readAll(stmt);
}

std::vector<Ticket> TicketService::forCompany(std::int64_t companyId) const {
    auto stmt = m_db.prepare(selectWhere() + "company_id = ? ORDER BY created_at DESC, id DESC");
    stmt.bind(1, companyId);
    return kTicketColumns.readAll(stmt);
}

} // namespace satchel::tickets
