#include "core/timeline/contact_timeline.h"

#include "core/common/money.h"
#include "core/workspace/workspace.h"

#include <algorithm>

namespace satchel::timeline {

std::vector<Entry> contactTimeline(Workspace& ws, std::int64_t contactId) {
    std::vector<Entry> out;
    for (const auto& a : ws.activities().forContact(contactId)) {
        Entry e{
            a.occurredAt.value_or(a.dueAt.value_or(a.createdAt)), Kind::Activity, a.id, a.kind, a.subject, a.outcome};
        e.done = a.doneAt.has_value();
        out.push_back(std::move(e));
    }
    for (const auto& d : ws.deals().forContact(contactId))
        out.push_back({d.closedAt.value_or(d.createdAt), Kind::Deal, d.id, d.status, d.title, formatMoney(d.amount)});
    for (const auto& o : ws.orders().forContact(contactId))
        out.push_back({o.orderDate, Kind::Order, o.id, o.status, "#" + std::to_string(o.id), formatMoney(o.total)});
    for (const auto& t : ws.tickets().forContact(contactId))
        out.push_back({t.createdAt, Kind::Ticket, t.id, t.status, t.subject, t.priority});
    for (const auto& h : ws.audit().history(audit::Entity::Contact, contactId)) {
        std::string fields;
        if (h.action == "update")
            for (const auto& [field, change] : h.changes.items()) {
                if (field == "updated_at") continue;
                // A link is named for what it links to: company_id reads "company".
                const bool link = field.size() > 3 && field.ends_with("_id");
                fields += (fields.empty() ? "" : ", ") + field.substr(0, link ? field.size() - 3 : field.size());
            }
        out.push_back({h.at, Kind::History, h.id, h.action, fields, ""});
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.at > b.at; });
    return out;
}

} // namespace satchel::timeline
