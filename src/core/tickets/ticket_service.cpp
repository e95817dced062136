#include "core/tickets/ticket_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

namespace satchel::tickets {

namespace {
constexpr const char* kSelect =
    "SELECT id, subject, description, channel, priority, status, contact_id, company_id, sla_due_at, satisfaction, "
    "resolved_at, created_at FROM tickets WHERE ";

Ticket read(const db::Statement& s) {
    Ticket t;
    t.id = s.columnInt64(0);
    t.subject = s.columnText(1);
    t.description = s.columnText(2);
    t.channel = s.columnText(3);
    t.priority = s.columnText(4);
    t.status = s.columnText(5);
    t.contactId = s.columnOptionalInt64(6);
    t.companyId = s.columnOptionalInt64(7);
    t.slaDueAt = s.columnInt64(8);
    if (!s.columnIsNull(9)) t.satisfaction = static_cast<int>(s.columnInt64(9));
    t.resolvedAt = s.columnOptionalInt64(10);
    t.createdAt = s.columnInt64(11);
    return t;
}
} // namespace

bool canTransition(const std::string& from, const std::string& to) {
    static const std::map<std::string, std::vector<std::string>> allowed{
        {"new", {"open", "closed"}},
        {"open", {"waiting", "resolved"}},
        {"waiting", {"open", "resolved"}},
        {"resolved", {"open", "closed"}},
        {"closed", {}},
    };
    auto it = allowed.find(from);
    if (it == allowed.end()) return false;
    for (const auto& s : it->second)
        if (s == to) return true;
    return false;
}

std::int64_t slaHours(const std::string& priority) {
    if (priority == "urgent") return 4;
    if (priority == "high") return 8;
    if (priority == "low") return 72;
    return 24;
}

TicketService::TicketService(db::Database& db, Clock clock) : m_db(db), m_clock(clock), m_audit(db, clock) {}

std::int64_t TicketService::open(const TicketDraft& d) {
    const std::string subject = text::trim(d.subject);
    if (subject.empty()) throw ValidationError("subject", "is required");
    if (!text::isValidUtf8(subject) || !text::isValidUtf8(d.description)) throw ValidationError("subject", "is not valid UTF-8 text");
    if (d.channel != "email" && d.channel != "phone" && d.channel != "chat" && d.channel != "web")
        throw ValidationError("channel", "must be email, phone, chat or web");
    if (d.priority != "low" && d.priority != "normal" && d.priority != "high" && d.priority != "urgent")
        throw ValidationError("priority", "must be low, normal, high or urgent");
    const auto now = m_clock();
    db::Transaction tx(m_db);
    m_db.prepare(
            "INSERT INTO tickets (subject, description, contact_id, company_id, channel, priority, sla_due_at, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(subject, d.description, d.contactId, d.companyId, d.channel, d.priority,
                 now + slaHours(d.priority) * 3'600'000, now, now)
        .run();
    const auto id = m_db.lastInsertRowid();
    m_audit.recordChange(audit::Entity::Ticket, id, nullptr, "insert");
    tx.commit();
    return id;
}

std::optional<Ticket> TicketService::get(std::int64_t id) const {
    auto stmt = m_db.prepare(std::string(kSelect) + "id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return read(stmt);
}

void TicketService::transition(std::int64_t id, const std::string& to) {
    const auto t = get(id);
    if (!t) throw ValidationError("ticket", "no ticket with id " + std::to_string(id));
    if (!canTransition(t->status, to))
        throw ValidationError("status", "a " + t->status + " ticket cannot become " + to);
    db::Transaction tx(m_db);
    // Resolving stamps the time; reopening clears it (and any rating given for the old resolution).
    m_audit.change(audit::Entity::Ticket, id, [&] {
        m_db.prepare(
                "UPDATE tickets SET status = ?1, updated_at = ?2, "
                "resolved_at = CASE WHEN ?1 = 'resolved' THEN ?2 WHEN ?1 = 'open' THEN NULL ELSE resolved_at END, "
                "satisfaction = CASE WHEN ?1 = 'open' THEN NULL ELSE satisfaction END WHERE id = ?3")
            .bindAll(to, m_clock(), id)
            .run();
    });
    tx.commit();
}

void TicketService::rate(std::int64_t id, int satisfaction) {
    const auto t = get(id);
    if (!t) throw ValidationError("ticket", "no ticket with id " + std::to_string(id));
    if (t->status != "resolved" && t->status != "closed")
        throw ValidationError("satisfaction", "is given when the ticket is resolved");
    if (satisfaction < 1 || satisfaction > 5) throw ValidationError("satisfaction", "must be from 1 to 5");
    m_audit.change(audit::Entity::Ticket, id, [&] {
        m_db.prepare("UPDATE tickets SET satisfaction = ?, updated_at = ? WHERE id = ?").bindAll(satisfaction, m_clock(), id).run();
    });
}

void TicketService::comment(std::int64_t id, const std::string& body, const std::string& author) {
    if (text::trim(body).empty()) throw ValidationError("comment", "is empty");
    if (!get(id)) throw ValidationError("ticket", "no ticket with id " + std::to_string(id));
    m_db.prepare("INSERT INTO ticket_comments (ticket_id, body, author, created_at) VALUES (?, ?, ?, ?)")
        .bindAll(id, body, author, m_clock())
        .run();
}

std::vector<Comment> TicketService::comments(std::int64_t id) const {
    auto stmt = m_db.prepare("SELECT body, author, created_at FROM ticket_comments WHERE ticket_id = ? ORDER BY id");
    stmt.bind(1, id);
    std::vector<Comment> out;
    while (stmt.step()) out.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnInt64(2)});
    return out;
}

std::map<std::string, std::int64_t> TicketService::countByStatus() const {
    std::map<std::string, std::int64_t> out{{"new", 0}, {"open", 0}, {"waiting", 0}, {"resolved", 0}, {"closed", 0}};
    auto stmt = m_db.prepare("SELECT status, count(*) FROM tickets GROUP BY status");
    while (stmt.step()) out[stmt.columnText(0)] = stmt.columnInt64(1);
    return out;
}

std::vector<Ticket> TicketService::overdue(std::int64_t now) const {
    auto stmt = m_db.prepare(std::string(kSelect) +
                             "status IN ('new', 'open', 'waiting') AND sla_due_at < ? ORDER BY sla_due_at, id");
    stmt.bind(1, now);
    std::vector<Ticket> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

std::vector<Ticket> TicketService::queue(const std::string& status, int limit) const {
    auto stmt = m_db.prepare(std::string(kSelect) +
                             "(?1 = '' AND status IN ('new', 'open', 'waiting') OR status = ?1) ORDER BY "
                             "CASE WHEN status IN ('new', 'open', 'waiting') THEN sla_due_at ELSE -created_at END, id "
                             "LIMIT ?2");
    stmt.bindAll(status, limit);
    std::vector<Ticket> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

std::vector<Ticket> TicketService::forContact(std::int64_t contactId) const {
    auto stmt = m_db.prepare(std::string(kSelect) + "contact_id = ? ORDER BY created_at DESC, id DESC");
    stmt.bind(1, contactId);
    std::vector<Ticket> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

} // namespace satchel::tickets
