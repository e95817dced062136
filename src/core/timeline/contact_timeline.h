#pragma once
// Everything that happened with one contact, newest first: activities, deals, orders, tickets and
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

struct Entry {
    std::int64_t at = 0; // UTC ms
    Kind kind = Kind::Activity;
    std::int64_t id = 0; // the activity, deal, order, ticket or audit entry
    std::string type;    // activity kind (call, task ...), deal/order/ticket status, audit action
    std::string title;   // subject, deal title, "#12", changed field names
    std::string detail;  // amount, outcome, priority ...
    bool done = false;   // a task that was completed
};

std::vector<Entry> contactTimeline(Workspace& ws, std::int64_t contactId);

} // namespace satchel::timeline
