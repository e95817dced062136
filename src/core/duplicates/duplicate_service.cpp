#include "core/duplicates/duplicate_service.h"

#include "core/common/validation_error.h"
#include "core/companies/company_columns.h"
#include "core/contacts/contact_columns.h"
#include "core/contacts/contact_service.h"
#include "core/contacts/contact_validation.h"
#include "core/db/change_recorder.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/vocab/crm_vocabularies.h"

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

constexpr Rule kCompanyRules[] = {
    {"same domain", "SELECT group_concat(id) FROM (SELECT id, domain AS k FROM companies "
                    "WHERE deleted_at IS NULL AND domain <> '' ORDER BY id) GROUP BY k HAVING count(*) > 1"},
    {"same name", "SELECT group_concat(id) FROM (SELECT id, lower(replace(name, ' ', '')) AS k FROM companies "
                  "WHERE deleted_at IS NULL ORDER BY id) GROUP BY k HAVING count(*) > 1"},
};

// Every record after the first (lowest id) of a group pairs with that first one; a pair found by
// several rules lists every reason. Pairs come out ordered by (keep, drop).
using Found = std::map<std::pair<std::int64_t, std::int64_t>, std::string>;

void addGroup(Found& found, std::vector<std::int64_t> ids, const char* reason) {
    if (ids.size() < 2) return;
    std::sort(ids.begin(), ids.end());
    for (size_t i = 1; i < ids.size(); ++i) {
        auto& reasons = found[{ids[0], ids[i]}];
        reasons += (reasons.empty() ? "" : ", ") + std::string(reason);
    }
}

std::vector<DuplicatePair> firstPairs(const Found& found, int limit) {
    std::vector<DuplicatePair> out;
    for (const auto& [key, reasons] : found) {
        if (static_cast<int>(out.size()) >= limit) break;
        out.push_back({key.first, key.second, reasons});
    }
    return out;
}

template <size_t N>
std::vector<DuplicatePair> pairs(db::Database& db, const Rule (&rules)[N], int limit) {
    Found found;
    for (const Rule& rule : rules) {
        auto stmt = db.prepare(rule.sql);
        while (stmt.step()) {
            std::vector<std::int64_t> ids;
            std::stringstream in(stmt.columnText(0));
            for (std::string part; std::getline(in, part, ',');) ids.push_back(std::stoll(part));
            addGroup(found, std::move(ids), rule.reason);
        }
    }
    return firstPairs(found, limit);
}

// FNV-1a over the key's bytes, then a 64-bit finaliser (splitmix64) to spread the bits.
std::uint64_t keyHash(const std::string& key) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

// Runs a statement over the kept (?1) and dropped (?2) ids, and any further parameters (?3 ...).
template <typename... More>
std::int64_t run(db::Database& db, const char* sql, std::int64_t keep, std::int64_t drop, const More&... more) {
    db.prepare(sql).bindAll(keep, drop, more...).run();
    return db.changes();
}

void fillEmpty(std::string& kept, const std::string& dropped) {
    if (kept.empty()) kept = dropped;
}

} // namespace

DuplicateService::DuplicateService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                                   contacts::ContactService& contacts)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search), m_contacts(contacts) {}

ContactDuplicateScan::ContactDuplicateScan(db::Database& db) : m_db(db) {
    auto count = m_db.prepare("SELECT count(*) FROM contacts WHERE deleted_at IS NULL");
    count.step();
    m_total = count.columnInt64(0);
}

bool ContactDuplicateScan::step(int rows) {
    if (m_done) return true;
    // The keys of the three rules: the same email (any case), the same phone (6+ characters as
    // normalised), the same name ignoring case and spaces at the same company.
    auto stmt = m_db.prepare("SELECT id, lower(email), phone, company_id, lower(replace(name, ' ', '')) FROM contacts "
                             "WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?");
    stmt.bindAll(m_lastId, rows);
    int read = 0;
    while (stmt.step()) {
        const std::int64_t id = stmt.columnInt64(0);
        if (const std::string email = stmt.columnText(1); !email.empty()) m_byEmail.emplace_back(keyHash(email), id);
        if (const std::string phone = contacts::normalisedPhone(stmt.columnText(2)); phone.size() >= 6)
            m_byPhone.emplace_back(keyHash(phone), id);
        if (!stmt.columnIsNull(3))
            m_byNameAtCompany.emplace_back(keyHash(std::to_string(stmt.columnInt64(3)) + "/" + stmt.columnText(4)), id);
        m_lastId = id;
        ++read;
    }
    m_scanned += read;
    m_done = read < rows;
    return m_done;
}

std::vector<DuplicatePair> ContactDuplicateScan::pairs(int limit) const {
    Found found;
    const auto group = [&found](std::vector<std::pair<std::uint64_t, std::int64_t>> keys, const char* reason) {
        std::sort(keys.begin(), keys.end());
        for (size_t i = 0; i < keys.size();) {
            size_t end = i + 1;
            while (end < keys.size() && keys[end].first == keys[i].first) ++end;
            if (end - i > 1) {
                std::vector<std::int64_t> ids;
                for (size_t k = i; k < end; ++k) ids.push_back(keys[k].second);
                addGroup(found, std::move(ids), reason);
            }
            i = end;
        }
    };
    group(m_byEmail, "same email");
    group(m_byPhone, "same phone");
    group(m_byNameAtCompany, "same name and company");
    return firstPairs(found, limit);
}

std::vector<DuplicatePair> DuplicateService::contactPairs(int limit) const {
    ContactDuplicateScan scan(m_db);
    while (!scan.step(10'000)) {
    }
    return scan.pairs(limit);
}
std::vector<DuplicatePair> DuplicateService::companyPairs(int limit) const { return pairs(m_db, kCompanyRules, limit); }

MergeResult DuplicateService::mergeContacts(std::int64_t keep, std::int64_t drop) {
    if (keep == drop) throw ValidationError("merge", Problem::MergeSelf, {"contact"});
    db::Transaction tx(m_db);
    const db::ChangeRecorder recorder(m_db); // everything below, for undoMerge
    const auto keptBefore = m_audit.snapshot(audit::Entity::Contact, keep);
    const auto dropped = m_audit.snapshot(audit::Entity::Contact, drop);
    if (keptBefore.is_null() || dropped.is_null()) throw ValidationError("merge", Problem::MergeMissing);
    MergeResult r{.keep = keep, .drop = drop};
    // Parameters: ?1 = kept id, ?2 = dropped id.
    r.activities = run(m_db, "UPDATE activities SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.deals = run(m_db, "UPDATE deals SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.orders = run(m_db, "UPDATE orders SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.tickets = run(m_db, "UPDATE tickets SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    r.campaigns = run(m_db,
                      "INSERT OR IGNORE INTO campaign_members (campaign_id, contact_id, status, updated_at) "
                      "SELECT campaign_id, ?1, status, updated_at FROM campaign_members WHERE contact_id = ?2",
                      keep, drop);
    run(m_db,
        "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?1, tag_id FROM contact_tags WHERE contact_id = ?2",
        keep, drop);
    run(m_db, "UPDATE OR IGNORE contact_channels SET contact_id = ?1 WHERE contact_id = ?2", keep, drop);
    run(m_db,
        "INSERT OR IGNORE INTO custom_values (field_id, entity_id, value) SELECT v.field_id, ?1, v.value FROM custom_values v "
        "JOIN custom_fields f ON f.id = v.field_id AND f.entity = ?3 WHERE v.entity_id = ?2",
        keep, drop, vocab::field_entity::kContact);
    run(m_db,
        "DELETE FROM custom_values WHERE entity_id = ?2 AND field_id IN "
        "(SELECT id FROM custom_fields WHERE entity = ?3)",
        keep, drop, vocab::field_entity::kContact);
    // The kept record wins; its empty fields take the dropped record's values, and both notes are kept.
    using contacts::Contact;
    Contact kept = *db::findRow(m_db, contacts::kContactColumns, keep);
    const Contact gone = *db::findRow(m_db, contacts::kContactColumns, drop);
    for (std::string Contact::*field : {&Contact::email, &Contact::phone, &Contact::title, &Contact::address,
                                        &Contact::city, &Contact::country, &Contact::source, &Contact::owner})
        fillEmpty(kept.*field, gone.*field);
    if (kept.notes.empty())
        kept.notes = gone.notes;
    else if (!gone.notes.empty())
        kept.notes += "\n" + gone.notes;
    if (!kept.companyId) kept.companyId = gone.companyId;
    kept.updatedAt = m_clock();
    db::updateRow(m_db, contacts::kContactColumns, kept);
    m_db.prepare("DELETE FROM contacts WHERE id = ?").bind(1, drop).run(); // cascades memberships and tags
    // The dropped record's past now belongs to the kept one, whose timeline shows it. Only the
    // "merged_into" entry stays under the dropped id, for a stale link to say where it went.
    m_audit.moveHistory(audit::Entity::Contact, drop, keep);
    m_audit.recordChange(audit::Entity::Contact, keep, keptBefore, "merge");
    m_audit.record(audit::Entity::Contact, keep, "merge",
                   {{"merged_from", drop},
                    {"name", dropped["name"]},
                    {"activities", r.activities},
                    {"deals", r.deals},
                    {"orders", r.orders},
                    {"tickets", r.tickets},
                    {"campaigns", r.campaigns}});
    m_audit.record(audit::Entity::Contact, drop, "merged_into", {{"into", keep}});
    m_search.remove(search::Kind::Contact, drop);
    r.undo = recorder.undo();
    tx.commit();
    return r;
}

void DuplicateService::undoMerge(const MergeResult& merge) {
    if (merge.undo.empty()) throw ValidationError("merge", Problem::MergeChanged);
    db::Transaction tx(m_db);
    // The audit entries the merge wrote go too, and the dropped record's history returns to it;
    // the undo itself is then recorded on both.
    if (!db::applyUndo(m_db, merge.undo)) throw ValidationError("merge", Problem::MergeChanged);
    const auto restored = m_contacts.get(merge.drop);
    if (!restored) throw ValidationError("merge", Problem::MergeChanged);
    m_audit.record(audit::Entity::Contact, merge.keep, "unmerge", {{"restored", merge.drop}, {"name", restored->name}});
    m_contacts.reindex(merge.keep);
    m_contacts.reindex(merge.drop);
    tx.commit();
}

MergeResult DuplicateService::mergeCompanies(std::int64_t keep, std::int64_t drop) {
    if (keep == drop) throw ValidationError("merge", Problem::MergeSelf, {"company"});
    db::Transaction tx(m_db);
    const auto keptBefore = m_audit.snapshot(audit::Entity::Company, keep);
    const auto dropped = m_audit.snapshot(audit::Entity::Company, drop);
    if (keptBefore.is_null() || dropped.is_null()) throw ValidationError("merge", Problem::MergeMissing);
    MergeResult r;
    r.contacts = run(m_db, "UPDATE contacts SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.activities = run(m_db, "UPDATE activities SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.deals = run(m_db, "UPDATE deals SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.orders = run(m_db, "UPDATE orders SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    r.tickets = run(m_db, "UPDATE tickets SET company_id = ?1 WHERE company_id = ?2", keep, drop);
    run(m_db,
        "INSERT OR IGNORE INTO company_tags (company_id, tag_id) SELECT ?1, tag_id FROM company_tags WHERE company_id = ?2",
        keep, drop);
    // The kept record wins; its empty fields take the dropped record's values.
    using companies::Company;
    Company kept = *db::findRow(m_db, companies::kCompanyColumns, keep);
    const Company gone = *db::findRow(m_db, companies::kCompanyColumns, drop);
    for (std::string Company::*field : {&Company::domain, &Company::industry, &Company::sizeBand, &Company::address,
                                        &Company::city, &Company::country})
        fillEmpty(kept.*field, gone.*field);
    kept.updatedAt = m_clock();
    db::updateRow(m_db, companies::kCompanyColumns, kept);
    m_db.prepare("DELETE FROM companies WHERE id = ?").bind(1, drop).run();
    m_audit.moveHistory(audit::Entity::Company, drop, keep); // as for contacts: the kept record tells it all
    m_audit.recordChange(audit::Entity::Company, keep, keptBefore, "merge");
    m_audit.record(audit::Entity::Company, keep, "merge",
                   {{"merged_from", drop}, {"name", dropped["name"]}, {"contacts", r.contacts}, {"deals", r.deals}});
    m_audit.record(audit::Entity::Company, drop, "merged_into", {{"into", keep}});
    m_search.remove(search::Kind::Company, drop);
    tx.commit();
    return r;
}

} // namespace satchel::duplicates
