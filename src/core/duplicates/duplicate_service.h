#pragma once
// Likely duplicates, and merging two records into one.
// Contacts match on the same email (any case), the same normalised phone, or the same name
// (ignoring case and spaces) at the same company. Companies match on the same domain or name.
// A merge moves every activity, deal, order, ticket, campaign membership, tag and custom value of
// the dropped record to the kept one, fills the kept record's empty fields from the dropped one,
// deletes the dropped record, files its history under the kept one, and writes an audit entry on
// both (the dropped id keeps only "merged_into": ids are never reused, so it cannot mislead).
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/search/search_index.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}
namespace satchel::contacts {
class ContactService;
}

namespace satchel::duplicates {

struct DuplicatePair {
    std::int64_t keep = 0; // the older record (lower id), suggested to keep
    std::int64_t drop = 0;
    std::string reasons; // "same email, same phone"
};

struct MergeResult {
    std::int64_t activities = 0, deals = 0, orders = 0, tickets = 0, campaigns = 0, contacts = 0;
    std::int64_t keep = 0, drop = 0;
    std::string undo; // a contact merge's changeset that puts everything back (db/change_recorder.h)
};

// Looks for duplicate contacts a slice at a time, so the interface stays responsive at 100,000
// contacts (the whole scan takes ~400 ms there): call step() once per frame until it returns true.
// The same rules and the same result as DuplicateService::contactPairs.
class ContactDuplicateScan {
public:
    explicit ContactDuplicateScan(db::Database& db);
    // Reads up to `rows` more contacts; true once every contact has been read.
    bool step(int rows);
    std::int64_t scanned() const { return m_scanned; }
    std::int64_t total() const { return m_total; } // live contacts when the scan started
    std::vector<DuplicatePair> pairs(int limit) const;

private:
    db::Database& m_db;
    std::int64_t m_lastId = 0, m_scanned = 0, m_total = 0;
    bool m_done = false;
    // (64-bit hash of the key, id) per rule, appended as rows are read and grouped by sorting in
    // pairs(). Flat vectors, not maps of strings: freeing 300,000 map nodes took ~100 ms in wasm.
    // Two different keys sharing a 64-bit hash among 100,000 is a ~1e-9 chance; the pair would be
    // shown for review, never merged by itself.
    std::vector<std::pair<std::uint64_t, std::int64_t>> m_byEmail, m_byPhone, m_byNameAtCompany;
};

class DuplicateService {
public:
    DuplicateService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                     contacts::ContactService& contacts);

    std::vector<DuplicatePair> contactPairs(int limit) const; // a whole ContactDuplicateScan at once
    ContactDuplicateScan contactScan() const { return ContactDuplicateScan(m_db); }
    std::vector<DuplicatePair> companyPairs(int limit) const;
    MergeResult mergeContacts(std::int64_t keep, std::int64_t drop);
    // Takes a contact merge back: the dropped contact returns with its id, links, tags, channels,
    // memberships and history; the kept one gets its fields back. Throws ValidationError
    // ("merge", MergeChanged) and changes nothing when either record changed since the merge.
    void undoMerge(const MergeResult& merge);
    MergeResult mergeCompanies(std::int64_t keep, std::int64_t drop);

private:
    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    search::SearchIndex& m_search;
    contacts::ContactService& m_contacts; // re-indexes the contacts an undo restores
};

} // namespace satchel::duplicates
