#pragma once
// Deals moving through the pipeline. Every stage move and status change is recorded with its time
// (stage history), which the funnel and sales-cycle analytics read.
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/deals/deal.h"
#include "core/search/search_index.h"

#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::deals {

class DealService {
public:
    DealService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search);

    std::int64_t create(const DealDraft& draft);
    void update(std::int64_t id, const DealDraft& draft); // stage changes go through moveToStage
    std::optional<Deal> get(std::int64_t id) const;
    void moveToStage(std::int64_t id, std::int64_t stageId);
    void markWon(std::int64_t id);
    void markLost(std::int64_t id, const std::string& reason); // a reason is required
    void reopen(std::int64_t id);
    void remove(std::int64_t id); // soft delete, undo with restore
    void restore(std::int64_t id);
    void purge(std::int64_t id);

    std::vector<Deal> openDealsInStage(std::int64_t stageId) const;
    // Deals with `status` (open | won | lost; "" = all), the most recently changed first.
    std::vector<Deal> list(const std::string& status, int limit) const;
    std::vector<Deal> forContact(std::int64_t contactId) const; // every status, newest first
    std::vector<StageChange> history(std::int64_t id) const;    // oldest first
    // Open deals per stage in `currency` (other currencies are not mixed in), pipeline order.
    std::vector<StageSummary> summary(const std::string& currency) const;

private:
    void setStatus(std::int64_t id, const std::string& status, const std::string& lostReason);
    void setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action);
    void recordHistory(std::int64_t dealId, std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                       std::string_view status);
    void reindex(std::int64_t id);

    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    search::SearchIndex& m_search;
};

} // namespace satchel::deals
