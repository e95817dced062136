#pragma once
// Everything that happened with one contact (or company), newest first: activities, deals, orders, tickets and
// the record's own change history from the audit log. Entries carry data, not sentences, so the UI
// words them in the reader's language.
#include <cstdint>
#include <string>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::timeline {

enum class Kind { Activity, Deal, Order, Ticket, History };

// One field of the record as it was and as it became ("" for nothing). Fields are named as stored
// ("phone", "lifecycle"), a link for what it links to ("company", its name as the value), a tag as
// "tag", an extra email or phone as "other_email" / "other_phone".
struct FieldChange {
    std::string field;
    std::string before, after;
    bool operator==(const FieldChange&) const = default;
};

struct Entry {
    std::int64_t at = 0; // UTC ms
    Kind kind = Kind::Activity;
    std::int64_t id = 0;              // the activity, deal, order, ticket or audit entry
    std::string type;                 // activity kind (call, task ...), deal/order/ticket status, audit action
    std::string title;                // subject, deal title, "#12"; for a merge, the merged record's name
    std::string detail;               // amount, outcome, priority ...
    bool done = false;                // a task that was completed
    std::vector<FieldChange> changes; // History: what changed, field by field
};

std::vector<Entry> contactTimeline(Workspace& ws, std::int64_t contactId);
// The same for a company: what is linked to the company itself, and its own history.
std::vector<Entry> companyTimeline(Workspace& ws, std::int64_t companyId);

} // namespace satchel::timeline
