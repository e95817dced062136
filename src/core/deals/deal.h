#pragma once
#include "core/common/money.h"
#include "core/vocab/crm_vocabularies.h"

#include <cstdint>
#include <optional>
#include <string>

namespace satchel::deals {

struct Stage {
    std::int64_t id = 0;
    std::string name;
    int position = 0;
    int probability = 0; // default win probability, percent
};

struct Deal {
    std::int64_t id = 0;
    std::string title;
    std::optional<std::int64_t> companyId, contactId;
    Money amount;
    std::int64_t stageId = 0;
    std::optional<int> probabilityOverride; // percent; the stage's default when empty
    int probability = 0;                    // effective: the override or the stage default
    std::optional<std::int64_t> expectedClose;
    std::string owner;
    std::string status{vocab::deal_status::kOpen};
    std::string lostReason;
    std::optional<std::int64_t> closedAt;
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
};

// One step in a deal's life: a stage move or a status change, with its time.
struct StageChange {
    std::optional<std::int64_t> fromStageId, toStageId;
    std::string toStatus;
    std::int64_t at = 0;
    std::int64_t id = 0;
    std::int64_t dealId = 0;
};

struct StageSummary {
    Stage stage;
    std::int64_t openDeals = 0;
    std::int64_t totalMinor = 0;    // open deals in this stage, base currency
    std::int64_t weightedMinor = 0; // sum of amount x probability
};

} // namespace satchel::deals
