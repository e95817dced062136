#pragma once
// Customer service tickets. Status moves only along the workflow:
//   new -> open | closed;  open -> waiting | resolved;  waiting -> open | resolved;
//   resolved -> open (reopen) | closed;  closed is final.
// The SLA due time follows from the priority: urgent 4 h, high 8 h, normal 24 h, low 72 h.
#include "core/audit/audit_log.h"
#include "core/search/search_index.h"
#include "core/vocab/crm_vocabularies.h"

#include "core/common/clock.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::tickets {

struct Ticket {
    std::int64_t id = 0;
    std::string subject, description, channel, priority, status;
    std::optional<std::int64_t> contactId, companyId;
    std::int64_t slaDueAt = 0;
    std::optional<int> satisfaction;
    std::optional<std::int64_t> resolvedAt;
    std::string assignee; // a team member's name ("" while nobody has it)
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

struct TicketDraft {
    std::string subject;
    std::string description;
    std::optional<std::int64_t> contactId, companyId;
    std::string channel{vocab::ticket_channel::kEmail};
    std::string priority{vocab::ticket_priority::kNormal};
    std::string assignee;
};

struct Comment {
    std::string body, author;
    std::int64_t at = 0;
    std::int64_t id = 0;
    std::int64_t ticketId = 0;
};

bool canTransition(const std::string& from, const std::string& to);
std::int64_t slaHours(const std::string& priority);

class TicketService {
public:
    TicketService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search);

    std::int64_t open(const TicketDraft& draft);
    std::optional<Ticket> get(std::int64_t id) const;
    // Throws ValidationError naming both states when the workflow does not allow the move.
    void transition(std::int64_t id, const std::string& to);
    // Satisfaction 1..5, given once the ticket is resolved (or closed).
    void rate(std::int64_t id, int satisfaction);
    void assign(std::int64_t id, const std::string& assignee); // "" for nobody
    void comment(std::int64_t id, const std::string& body, const std::string& author);
    std::vector<Comment> comments(std::int64_t id) const;

    std::map<std::string, std::int64_t> countByStatus() const;
    std::vector<Ticket> overdue(std::int64_t now) const; // unresolved past their SLA
    // The queue: tickets in `status` ("" = every unresolved one), the nearest SLA first for
    // unresolved tickets, the newest first otherwise.
    std::vector<Ticket> queue(const std::string& status, int limit) const;
    std::vector<Ticket> forContact(std::int64_t contactId) const; // newest first
    std::vector<Ticket> forCompany(std::int64_t companyId) const; // newest first

private:
    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit;      // shared by every service (Workspace)
    search::SearchIndex& m_search; // likewise
};

} // namespace satchel::tickets
