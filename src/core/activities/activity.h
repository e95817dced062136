#pragma once
#include "core/vocab/crm_vocabularies.h"

#include <cstdint>
#include <optional>
#include <string>

namespace satchel::activities {

// kind: call | email | meeting | note | task. One that happened has its time (occurredAt); one
// planned (any kind, a task always) has a due time, and a done time once done. A planned one may
// have a reminder (remindAt: when the app reminds; cleared when dismissed).
struct Activity {
    std::int64_t id = 0;
    std::string kind, subject, body, outcome;
    std::optional<std::int64_t> occurredAt, durationMin, dueAt, doneAt, remindAt;
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
    std::optional<std::int64_t> dueAt;    // planned: tasks, and calls or meetings scheduled ahead
    std::optional<std::int64_t> remindAt; // planned ones only
    std::string priority{vocab::activity_priority::kNormal};
    std::optional<std::int64_t> contactId, companyId, dealId; // at least one
    bool done = false; // a planned one already done (stored with the rest, in one transaction)
};

} // namespace satchel::activities
