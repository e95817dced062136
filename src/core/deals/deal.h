#pragma once
#include "core/common/money.h"
#include "core/vocab/crm_vocabularies.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace satchel::deals {

struct Stage {
    std::int64_t id = 0;
    std::string name;
    int position = 0;
    int probability = 0; // default win probability, percent
    // Removed from the pipeline: closed deals still name it in their history, new ones never enter it.
    std::optional<std::int64_t> removedAt;
};

struct Deal {
    std::int64_t id = 0;
    std::string title;
    std::optional<std::int64_t> companyId, contactId;
    Money amount;
    std::int64_t stageId = 0;
    std::optional<int> probabilityOverride; // percent; the stage's default when empty
    int probability = 0; // effective: 100 when won, 0 when lost, else the override or the stage default
    std::optional<std::int64_t> expectedClose;
    std::string owner;
    std::string status{vocab::deal_status::kOpen};
    std::string lostReason;
    std::optional<std::int64_t> closedAt;
    std::string notes;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::optional<std::int64_t> deletedAt; // set while in the trash
};

struct DealDraft {
    std::string title;
    Money amount;
    std::optional<std::int64_t> stageId; // the first stage when empty
    std::optional<std::int64_t> companyId, contactId;
    std::optional<int> probabilityOverride;
    std::optional<std::int64_t> expectedClose;
    std::string owner;
    std::string notes;
};

// A product on a deal. While a deal has products its amount is their total, in their currency.
struct DealProduct {
    std::int64_t id = 0;
    std::int64_t dealId = 0;
    std::int64_t productId = 0;
    std::int64_t quantity = 1;
    std::int64_t unitPriceMinor = 0; // the product's price when it was added
    std::string productName;         // read with the line, for display
};

// One step in a deal's life: a stage move or a status change, with its time.
struct StageChange {
    std::optional<std::int64_t> fromStageId, toStageId;
    std::string toStatus;
    std::int64_t at = 0;
    std::int64_t id = 0;
    std::int64_t dealId = 0;
};

// Open deals in one currency. Amounts in different currencies are never added together.
struct CurrencyTotal {
    std::string currency;
    std::int64_t deals = 0;
    std::int64_t totalMinor = 0;
    std::int64_t weightedMinor = 0; // sum of amount x probability
};

struct StageSummary {
    Stage stage;
    std::int64_t openDeals = 0;        // in every currency
    std::vector<CurrencyTotal> totals; // one per currency held; the default currency first
};

// The pipeline's totals per currency, added up over its stages: `defaultCurrency` first, then in
// the order they first appear.
std::vector<CurrencyTotal> pipelineTotals(const std::vector<StageSummary>& stages, const std::string& defaultCurrency);

} // namespace satchel::deals
