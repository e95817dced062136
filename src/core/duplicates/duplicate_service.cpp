#include "core/duplicates/duplicate_service.h"

#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace satchel::duplicates {

namespace {

// Each statement yields groups of ids (comma-separated) sharing one key. Grouping keeps this
// O(n log n) at 100,000 contacts where a self-join would not be.
struct Rule {
    const char* reason;
    const char* sql;
};

constexpr Rule kContactRules[] = {
    {"same email", "SELECT group_concat(id) FROM (SELECT id, lower(email) AS k FROM contacts "
                   "WHERE deleted_at IS NULL AND email <> '' ORDER BY id) GROUP BY k HAVING count(*) > 1"},
    {"same phone", "SELECT group_concat(id) FROM (SELECT id, phone AS k FROM contacts "
                   "WHERE deleted_at IS NULL AND length(phone) >= 6 ORDER BY id) GROUP BY k HAVING count(*) > 1"},
    {"same name and company",
     "SELECT group_concat(id) FROM (SELECT id, company_id, lower(replace(name, ' ', '')) AS k FROM contacts "
     "WHERE deleted_at IS NULL AND company_id IS NOT NULL ORDER BY id) GROUP BY company_id, k HAVING count(*) > 1"},
};

constexpr Rule kCompanyRules[] = {
    {"same domain", "SELECT group_concat(id) FROM (SELECT id, domain AS k FROM companies "
                    "WHERE deleted_at IS NULL AND domain <> '' ORDER BY id) GROUP BY k HAVING count(*) > 1"},
    {"same name", "SELECT group_concat(id) FROM (SELECT id, lower(replace(name, ' ', '')) AS k FROM companies "
                  "WHERE deleted_at IS NULL ORDER BY id) GROUP BY k HAVING count(*) > 1"},
};

template <size_t N>
std::vector<DuplicatePair> pairs(db::Database& db, const Rule (&rules)[N], int limit) {
    std::map<std::pair<std::int64_t, std::int64_t>, std::string> found;
    for (const Rule& rule : rules) {
        auto stmt = db.prepare(rule.sql);
        while (stmt.step()) {
            std::vector<std::int64_t> ids;
            std::stringstream in(stmt.columnText(0));
            for (std::string part; std::getline(in, part, ',');) ids.push_back(std::stoll(part));
            std::sort(ids.begin(), ids.end());
            for (size_t i = 1; i < ids.size(); ++i) {
                auto& reasons = found[{ids[0], ids[i]}];
                reasons += (reasons.empty() ? "" : ", ") + std::string(rule.reason);
            }
        }
    }
    std::vector<DuplicatePair> out;
    for (const auto& [key, reasons] : found) {
        if (static_cast<int>(out.size()) >= limit) break;
        out.push_back({key.first, key.second, reasons});
    }
    return out;
}

std::int64_t run(db::Database& db, const char* sql, std::int64_t keep, std::int64_t drop) {
    db.prepare(sql).bindAll(keep, drop).run();
    return db.changes();
}

} // namespace

DuplicateService::DuplicateService(db::Database& db, Clock clock) : m_db(db), m_clock(clock), m_audit(db, clock), m_search(db) {}

std::vector<DuplicatePair> DuplicateService::contactPairs(int limit) const { return pairs(m_db, kContactRules, limit); }
std::vector<DuplicatePair> DuplicateService::companyPairs(int limit) const { return pairs(m_db, kCompanyRules, limit); }

MergeResult DuplicateService::mergeContacts(std::int64_t keep, std::int64_t drop) {
    if (keep == drop) throw ValidationError("merge", "a contact cannot be merged with itself");
    db::Transaction tx(m_db);
    const auto keptBefore = m_audit.snapshot(audit::Entity::Contact, keep);
    const auto dropped = m_audit.snapshot(audit::Entity::Contact, drop);
    if (keptBefore.is_null() || dropped.is_null()) throw ValidationError("merge", "both contacts must exist");
    MergeResult r;
    // Parameters: ?1 = kept id, ?2 = dropped id.
    r.activities = run(m_db, "UPDATE activities SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.deals = run(m_db, "UPDATE deals SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.orders = run(m_db, "UPDATE orders SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.tickets = run(m_db, "UPDATE tickets SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.campaigns = run(m_db,
                      "INSERT OR IGNORE INTO campaign_members (campaign_id, contact_id, status, updated_at) "
                      "SELECT campaign_id, ?1, status, updated_at FROM campaign_members WHERE contact_id = ?2",
                      keep, drop);
    run(m_db, "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?1, tag_id FROM contact_tags WHERE contact_id = ?2",
        keep, drop);
    run(m_db, "UPDATE OR IGNORE contact_channels SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    run(m_db,
        "INSERT OR IGNORE INTO custom_values (field_id, entity_id, value) SELECT v.field_id, ?1, v.value FROM custom_values v "
        "JOIN custom_fields f ON f.id = v.field_id AND f.entity = 'contact' WHERE v.entity_id = ?2",
        keep, drop);
    run(m_db,
        "DELETE FROM custom_values WHERE entity_id = ?2 AND field_id IN "
        "(SELECT id FROM custom_fields WHERE entity = 'contact')",
        keep, drop);
    // The kept record wins; its empty fields take the dropped record's values.
    run(m_db,
        "UPDATE contacts SET "
        "email = CASE WHEN contacts.email = '' THEN d.email ELSE contacts.email END, phone = CASE WHEN contacts.phone = '' THEN d.phone ELSE contacts.phone END, "
        "title = CASE WHEN contacts.title = '' THEN d.title ELSE contacts.title END, address = CASE WHEN contacts.address = '' THEN d.address ELSE contacts.address END, "
        "city = CASE WHEN contacts.city = '' THEN d.city ELSE contacts.city END, country = CASE WHEN contacts.country = '' THEN d.country ELSE contacts.country END, "
        "source = CASE WHEN contacts.source = '' THEN d.source ELSE contacts.source END, owner = CASE WHEN contacts.owner = '' THEN d.owner ELSE contacts.owner END, "
        "notes = CASE WHEN contacts.notes = '' THEN d.notes WHEN d.notes = '' THEN contacts.notes ELSE contacts.notes || char(10) || d.notes END, "
        "company_id = coalesce(contacts.company_id, d.company_id) "
        "FROM (SELECT * FROM contacts WHERE id = ?2) AS d WHERE contacts.id = ?1",
        keep, drop);
    m_db.prepare("DELETE FROM contacts WHERE id = ?").bind(1, drop).run();  // cascades memberships and tags
    m_audit.recordChange(audit::Entity::Contact, keep, keptBefore, "merge");
    m_audit.record(audit::Entity::Contact, keep, "merge",
                   {{"merged_from", drop}, {"name", dropped["name"]}, {"activities", r.activities}, {"deals", r.deals},
                    {"orders", r.orders}, {"tickets", r.tickets}, {"campaigns", r.campaigns}});
    m_audit.record(audit::Entity::Contact, drop, "merged_into", {{"into", keep}});
    m_search.remove(search::Kind::Contact, drop);
    tx.commit();
    return r;
}

MergeResult DuplicateService::mergeCompanies(std::int64_t keep, std::int64_t drop) {
    if (keep == drop) throw ValidationError("merge", "a company cannot be merged with itself");
    db::Transaction tx(m_db);
    const auto keptBefore = m_audit.snapshot(audit::Entity::Company, keep);
    const auto dropped = m_audit.snapshot(audit::Entity::Company, drop);
    if (keptBefore.is_null() || dropped.is_null()) throw ValidationError("merge", "both companies must exist");
    MergeResult r;
    r.contacts = run(m_db, "UPDATE contacts SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.activities = run(m_db, "UPDATE activities SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.deals = run(m_db, "UPDATE deals SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.orders = run(m_db, "UPDATE orders SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.tickets = run(m_db, "UPDATE tickets SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    run(m_db, "INSERT OR IGNORE INTO company_tags (company_id, tag_id) SELECT ?1, tag_id FROM company_tags WHERE company_id = ?2",
        keep, drop);
    run(m_db,
        "UPDATE companies SET domain = CASE WHEN companies.domain = '' THEN d.domain ELSE companies.domain END, "
        "industry = CASE WHEN companies.industry = '' THEN d.industry ELSE companies.industry END, "
        "size_band = CASE WHEN companies.size_band = '' THEN d.size_band ELSE companies.size_band END, "
        "address = CASE WHEN companies.address = '' THEN d.address ELSE companies.address END, city = CASE WHEN companies.city = '' THEN d.city ELSE companies.city END, "
        "country = CASE WHEN companies.country = '' THEN d.country ELSE companies.country END "
        "FROM (SELECT * FROM companies WHERE id = ?2) AS d WHERE companies.id = ?1",
        keep, drop);
    m_db.prepare("DELETE FROM companies WHERE id = ?").bind(1, drop).run();
    m_audit.recordChange(audit::Entity::Company, keep, keptBefore, "merge");
    m_audit.record(audit::Entity::Company, keep, "merge",
                   {{"merged_from", drop}, {"name", dropped["name"]}, {"contacts", r.contacts}, {"deals", r.deals}});
    m_audit.record(audit::Entity::Company, drop, "merged_into", {{"into", keep}});
    m_search.remove(search::Kind::Company, drop);
    tx.commit();
    return r;
}

} // namespace satchel::duplicates
