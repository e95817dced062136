#include "core/timeline/contact_timeline.h"

#include "core/common/money.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace satchel::timeline {

namespace {

std::string shown(const nlohmann::ordered_json& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

// A history entry as data the UI can word: "merge" with the merged record's name, tags added and
// removed, or each field that changed with its value before and after.
Entry historyEntry(Workspace& ws, const audit::AuditEntry& h) {
    Entry e{h.at, Kind::History, h.id, h.action, "", ""};
    if ((h.action == "merge" && h.changes.contains("merged_from")) || h.action == "unmerge") {
        e.title = shown(h.changes.value("name", nlohmann::ordered_json()));
        return e;
    }
    if (h.action == "tags") {
        for (const auto& name : h.changes.value("added", nlohmann::ordered_json::array()))
            e.changes.push_back({"tag", "", shown(name)});
        for (const auto& name : h.changes.value("removed", nlohmann::ordered_json::array()))
            e.changes.push_back({"tag", shown(name), ""});
        return e;
    }
    // A creation lists every field and a deletion its time: they read as what happened, not as fields.
    if ((h.action != "update" && h.action != "merge") || !h.changes.is_object()) return e;
    for (const auto& [field, change] : h.changes.items()) {
        if (field == "updated_at" || !change.is_array() || change.size() != 2) continue;
        FieldChange c{field, shown(change[0]), shown(change[1])};
        if (field == "company_id") {
            // A link reads as what it links to, by the name it has now.
            c.field = "company";
            for (std::string* value : {&c.before, &c.after}) {
                if (value->empty()) continue;
                const auto company = ws.companies().get(std::stoll(*value));
                *value = company ? company->name : "#" + *value;
            }
        }
        e.changes.push_back(std::move(c));
    }
    return e;
}

} // namespace

namespace {
// One record's timeline from what is linked to it and its own history, newest first.
template <typename Activities, typename Deals, typename Orders, typename Tickets>
std::vector<Entry> timelineOf(Workspace& ws, audit::Entity entity, std::int64_t id, const Activities& activities,
                              const Deals& deals, const Orders& orders, const Tickets& tickets) {
    std::vector<Entry> out;
    for (const auto& a : activities) {
        Entry e{
            a.occurredAt.value_or(a.dueAt.value_or(a.createdAt)), Kind::Activity, a.id, a.kind, a.subject, a.outcome};
        e.done = a.doneAt.has_value();
        out.push_back(std::move(e));
    }
    for (const auto& d : deals)
        out.push_back({d.closedAt.value_or(d.createdAt), Kind::Deal, d.id, d.status, d.title, formatMoney(d.amount)});
    for (const auto& o : orders)
        out.push_back({o.orderDate, Kind::Order, o.id, o.status, "#" + std::to_string(o.id), formatMoney(o.total)});
    for (const auto& t : tickets) out.push_back({t.createdAt, Kind::Ticket, t.id, t.status, t.subject, t.priority});
    for (const auto& h : ws.audit().history(entity, id)) out.push_back(historyEntry(ws, h));
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.at > b.at; });
    return out;
}
} // namespace

std::vector<Entry> contactTimeline(Workspace& ws, std::int64_t contactId) {
    return timelineOf(ws, audit::Entity::Contact, contactId, ws.activities().forContact(contactId),
                      ws.deals().forContact(contactId), ws.orders().forContact(contactId),
                      ws.tickets().forContact(contactId));
}

std::vector<Entry> companyTimeline(Workspace& ws, std::int64_t companyId) {
    return timelineOf(ws, audit::Entity::Company, companyId, ws.activities().forCompany(companyId),
                      ws.deals().forCompany(companyId), ws.orders().forCompany(companyId),
                      ws.tickets().forCompany(companyId));
}

} // namespace satchel::timeline
