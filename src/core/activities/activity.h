#pragma once
#include "core/vocab/crm_vocabularies.h"

#include <cstdint>
#include <optional>
#include <string>

namespace satchel::activities {

// kind: call | email | meeting | note | task. Tasks have a due time, a priority and a done time.
struct Activity {
    std::int64_t id = 0;
    std::string kind, subject, body, outcome;
    std::optional<std::int64_t> occurredAt, durationMin, dueAt, doneAt;
    std::string priority{vocab::activity_priority::kNormal};
    std::optional<std::int64_t> contactId, companyId, dealId;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

struct ActivityDraft {
    std::string kind;
    std::string subject;
    std::string body;
    std::optional<std::int64_t> occurredAt; // calls, emails, meetings, notes: when it happened
    std::optional<std::int64_t> durationMin;
    std::string outcome;
    std::optional<std::int64_t> dueAt; // tasks
    std::string priority{vocab::activity_priority::kNormal};
    std::optional<std::int64_t> contactId, companyId, dealId; // at least one
};

} // namespace satchel::activities
