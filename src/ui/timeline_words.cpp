#include "ui/timeline_words.h"

#include "core/vocab/crm_vocabularies.h"
#include "ui/icons.h"

#include <string_view>

namespace satchel::ui {

namespace {

// The name a person knows each recorded field by (the detail panel's labels).
struct FieldName {
    std::string_view field;
    const char* english;
};
constexpr FieldName kFieldNames[] = {
    {"name", N_("Name")},
    {"email", N_("Email")},
    {"phone", N_("Phone")},
    {"title", N_("Title")},
    {"address", N_("Address")},
    {"city", N_("City")},
    {"country", N_("Country")},
    {"source", N_("Source")},
    {"owner", N_("Owner")},
    {"lifecycle", N_("Lifecycle")},
    {"notes", N_("Notes")},
    {"company", N_("Company")},
    {"other_email", N_("Other email")},
    {"other_phone", N_("Other phone")},
    {"assignee", N_("Assignee")},
};

std::string fieldName(const std::string& field, const Translator& tr) {
    for (const FieldName& f : kFieldNames)
        if (f.field == field) return tr.text(f.english);
    return field; // a field added later and not named here yet: its stored name beats nothing
}

std::string valueOf(const timeline::FieldChange& c, const std::string& value, const Translator& tr) {
    if (c.field == "lifecycle" && !value.empty()) return tr.term(vocab::kLifecycle, value);
    return value;
}

std::string changeSentence(const timeline::FieldChange& c, const Translator& tr) {
    if (c.field == "tag")
        return c.before.empty() ? tr.format("Tag “{0}” added", {c.after}) : tr.format("Tag “{0}” removed", {c.before});
    const std::string field = fieldName(c.field, tr);
    const std::string before = valueOf(c, c.before, tr), after = valueOf(c, c.after, tr);
    if (c.field.starts_with("other_"))
        return c.before.empty() ? tr.format("{0} added: {1}", {field, after})
                                : tr.format("{0} removed: {1}", {field, before});
    if (c.before.empty()) return tr.format("{0} set to “{1}”", {field, after});
    if (c.after.empty()) return tr.format("{0} cleared (was “{1}”)", {field, before});
    return tr.format("{0} changed from “{1}” to “{2}”", {field, before, after});
}

std::vector<TimelineLine> historyLines(const timeline::Entry& e, const Translator& tr) {
    std::vector<TimelineLine> lines;
    for (const auto& c : e.changes) lines.push_back({changeSentence(c, tr), ""});
    if (!lines.empty()) return lines;
    if (e.type == "insert") return {{tr.text("Created"), ""}};
    if (e.type == "delete") return {{tr.text("Deleted"), ""}};
    if (e.type == "restore") return {{tr.text("Restored"), ""}};
    if (e.type == "merge" && !e.title.empty()) return {{tr.format("Merged with {0}", {e.title}), ""}};
    if (e.type == "unmerge") return {{tr.format("Merge with {0} undone", {e.title}), ""}};
    return {}; // an update that changed nothing a person sees (only its time)
}

} // namespace

std::vector<TimelineLine> timelineLines(const timeline::Entry& e, const Translator& tr) {
    std::string text;
    switch (e.kind) {
    case timeline::Kind::History: return historyLines(e, tr);
    case timeline::Kind::Activity:
        text = tr.term(vocab::kActivityKind, e.type);
        if (!e.title.empty()) text = tr.format("{0}: {1}", {text, e.title});
        if (!e.detail.empty()) text += " — " + e.detail; // the outcome, as written
        if (e.done) text += std::string(" ") + icons::kSaved;
        return {{text, ""}};
    case timeline::Kind::Deal:
        return {{tr.format("Deal “{0}”: {1}", {e.title, tr.term(vocab::kDealStatus, e.type)}), e.detail}};
    case timeline::Kind::Order:
        return {{tr.format("Order {0}: {1}", {e.title, tr.term(vocab::kOrderStatus, e.type)}), e.detail}};
    case timeline::Kind::Ticket:
        return {{tr.format("Ticket “{0}”: {1}, {2} priority",
                           {e.title, tr.term(vocab::kTicketStatus, e.type), tr.term(vocab::kTicketPriority, e.detail)}),
                 ""}};
    }
    return {};
}

} // namespace satchel::ui
