#include "core/exports/contact_export.h"

#include "core/common/text.h"
#include "core/io/csv.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"

#include <unordered_map>

namespace satchel::exports {

namespace {

// What every contact in the book has beside its row, read once per export (a query per contact
// would be 400,000 queries at 100,000 contacts).
struct Extras {
    std::unordered_map<std::int64_t, std::pair<std::string, std::string>> companies; // name, domain
    std::unordered_map<std::int64_t, std::vector<std::string>> tags;
    std::unordered_map<std::int64_t, std::vector<contacts::Channel>> channels;
    std::vector<std::int64_t> fieldIds;
    std::unordered_map<std::int64_t, std::vector<std::string>> custom;
};

Extras readExtras(Workspace& ws) {
    Extras x;
    auto& db = ws.database();
    auto companies = db.prepare("SELECT id, name, domain FROM companies");
    while (companies.step()) x.companies[companies.columnInt64(0)] = {companies.columnText(1), companies.columnText(2)};
    auto tags = db.prepare("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                           "ORDER BY ct.contact_id, t.name");
    while (tags.step()) x.tags[tags.columnInt64(0)].push_back(tags.columnText(1));
    auto channels = db.prepare("SELECT id, kind, value, label, contact_id FROM contact_channels ORDER BY id");
    while (channels.step())
        x.channels[channels.columnInt64(4)].push_back({channels.columnInt64(0), channels.columnText(1),
                                                       channels.columnText(2), channels.columnText(3),
                                                       channels.columnInt64(4)});
    for (const auto& f : ws.customFields().fields(std::string(vocab::field_entity::kContact)))
        x.fieldIds.push_back(f.id);
    auto values = db.prepare("SELECT v.field_id, v.entity_id, v.value FROM custom_values v JOIN custom_fields f ON "
                             "f.id = v.field_id WHERE f.entity = ?");
    values.bind(1, vocab::field_entity::kContact);
    while (values.step()) {
        const auto field = values.columnInt64(0);
        for (std::size_t i = 0; i < x.fieldIds.size(); ++i)
            if (x.fieldIds[i] == field) {
                auto& row = x.custom[values.columnInt64(1)];
                row.resize(x.fieldIds.size());
                row[i] = values.columnText(2);
            }
    }
    return x;
}

// A channel's label as a vCard type when it is one ("Mobile" -> cell), else nothing.
std::vector<std::string> vcardTypes(const std::string& label, bool phone) {
    const std::string l = text::lowerAscii(label);
    if (l.find("work") != std::string::npos || l.find("office") != std::string::npos) return {"work"};
    if (l.find("home") != std::string::npos) return {"home"};
    if (phone && (l.find("mobile") != std::string::npos || l.find("cell") != std::string::npos)) return {"cell"};
    if (phone && l.find("fax") != std::string::npos) return {"fax"};
    return {};
}

} // namespace

std::vector<std::string> customFieldNames(Workspace& ws) {
    std::vector<std::string> names;
    for (const auto& f : ws.customFields().fields(std::string(vocab::field_entity::kContact))) names.push_back(f.name);
    return names;
}

std::vector<ContactRecord> contactRecords(Workspace& ws, contacts::ContactQuery query) {
    const Extras x = readExtras(ws);
    std::vector<ContactRecord> out;
    query.limit = 2000;
    query.offset = 0;
    query.withTotal = false;
    query.after.reset();
    for (;;) {
        auto page = ws.contacts().list(query);
        for (auto& c : page.rows) {
            ContactRecord r;
            if (c.companyId)
                if (auto it = x.companies.find(*c.companyId); it != x.companies.end())
                    std::tie(r.company, r.companyDomain) = it->second;
            if (auto it = x.tags.find(c.id); it != x.tags.end()) r.tags = it->second;
            if (auto it = x.channels.find(c.id); it != x.channels.end()) r.channels = it->second;
            r.custom.resize(x.fieldIds.size());
            if (auto it = x.custom.find(c.id); it != x.custom.end()) r.custom = it->second;
            r.contact = std::move(c);
            out.push_back(std::move(r));
        }
        if (!page.next) break;
        query.after = page.next;
    }
    return out;
}

std::string contactsCsv(Workspace& ws, const contacts::ContactQuery& query) {
    std::string out = "\xEF\xBB\xBF";
    std::vector<std::string> header{"Satchel ID", "Name",    "Email",  "Phone",        "Job title",   "Address",
                                    "City",       "Country", "Source", "Owner",        "Lifecycle",   "Notes",
                                    "Company",    "Website", "Tags",   "Other emails", "Other phones"};
    for (auto& name : customFieldNames(ws)) header.push_back(name);
    io::appendCsvRecord(out, header);
    std::vector<std::string> fields;
    for (const auto& r : contactRecords(ws, query)) {
        const auto& c = r.contact;
        std::vector<std::string> emails, phones;
        for (const auto& ch : r.channels)
            (ch.kind == vocab::channel_kind::kEmail ? emails : phones).push_back(ch.value);
        fields = {std::to_string(c.id),
                  c.name,
                  c.email,
                  c.phone,
                  c.title,
                  c.address,
                  c.city,
                  c.country,
                  c.source,
                  c.owner,
                  c.lifecycle,
                  c.notes,
                  r.company,
                  r.companyDomain,
                  text::joinList(r.tags),
                  text::joinList(emails),
                  text::joinList(phones)};
        fields.insert(fields.end(), r.custom.begin(), r.custom.end());
        io::appendCsvRecord(out, fields);
    }
    return out;
}

io::VCard toVCard(const ContactRecord& r) {
    const auto& c = r.contact;
    io::VCard card;
    card.formattedName = c.name;
    card.organization = r.company;
    card.title = c.title;
    card.note = c.notes;
    if (!c.email.empty()) card.emails.push_back({c.email, {}, true});
    if (!c.phone.empty()) card.phones.push_back({c.phone, {}, true});
    for (const auto& ch : r.channels) {
        const bool phone = ch.kind == vocab::channel_kind::kPhone;
        (phone ? card.phones : card.emails).push_back({ch.value, vcardTypes(ch.label, phone), false});
    }
    if (!c.address.empty() || !c.city.empty() || !c.country.empty()) {
        io::VCardAddress a;
        a.street = c.address;
        a.locality = c.city;
        a.country = c.country;
        card.addresses.push_back(std::move(a));
    }
    if (!r.companyDomain.empty()) card.urls.push_back({"https://" + r.companyDomain, {"work"}, false});
    card.categories = r.tags;
    card.uid = "urn:satchel:contact:" + std::to_string(c.id);
    return card;
}

std::string contactsVCard(Workspace& ws, const contacts::ContactQuery& query, io::VCardVersion version) {
    std::vector<io::VCard> cards;
    for (const auto& r : contactRecords(ws, query)) cards.push_back(toVCard(r));
    return io::writeVCards(cards, version);
}

} // namespace satchel::exports
