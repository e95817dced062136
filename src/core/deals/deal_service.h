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
    void reopen(std::int64_t id);                              // into the first stage when its own was removed

    void remove(std::int64_t id); // soft delete, undo with restore
    // Back from the trash; an open deal whose stage was removed meanwhile goes to the first stage.
    void restore(std::int64_t id);
    void purge(std::int64_t id);

    std::vector<Deal> openDealsInStage(std::int64_t stageId) const;
    // Deals with `status` (open | won | lost; "" = all), the most recently changed first.
    std::vector<Deal> list(const std::string& status, int limit) const;
    std::vector<Deal> forContact(std::int64_t contactId) const; // every status, newest first
    std::vector<Deal> forCompany(std::int64_t companyId) const; // likewise
    std::vector<StageChange> history(std::int64_t id) const;    // oldest first
    // Open deals per stage, totalled per currency (`defaultCurrency` first), pipeline order.
    std::vector<StageSummary> summary(const std::string& defaultCurrency) const;

    // Products on a deal, in the order added. While a deal has any, its amount is their total:
    // each is priced in the deal's currency (ValidationError otherwise).
    std::vector<DealProduct> products(std::int64_t dealId) const;
    std::int64_t addProduct(std::int64_t dealId, std::int64_t productId, std::int64_t quantity);
    void setProductQuantity(std::int64_t lineId, std::int64_t quantity);
    void removeProduct(std::int64_t lineId);

private:
    void setStatus(std::int64_t id, const std::string& status, const std::string& lostReason);
    void setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action);
    void recordHistory(std::int64_t dealId, std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                       std::string_view status);
    void reindex(std::int64_t id);
    std::int64_t firstStage() const;
    bool stageRemoved(std::int64_t stageId) const;
    // Moves an open deal out of a removed stage into the first one (reopen, restore).
    void leaveRemovedStage(std::int64_t id);
    // The deal's amount becomes its products' total (when it has products).
    void totalProducts(std::int64_t dealId);

    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    search::SearchIndex& m_search;
};

} // namespace satchel::deals
