#pragma once
// Likely duplicates, and merging two records into one.
// Contacts match on the same email (any case), the same normalised phone, or the same name
// (ignoring case and spaces) at the same company. Companies match on the same domain or name.
// A merge moves every activity, deal, order, ticket, campaign membership, tag and custom value of
// the dropped record to the kept one, fills the kept record's empty fields from the dropped one,
// deletes the dropped record and writes an audit entry on both.
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/search/search_index.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::duplicates {

struct DuplicatePair {
    std::int64_t keep = 0;  // the older record (lower id), suggested to keep
    std::int64_t drop = 0;
    std::string reasons;    // "same email, same phone"
};

struct MergeResult {
    std::int64_t activities = 0, deals = 0, orders = 0, tickets = 0, campaigns = 0, contacts = 0;
};

class DuplicateService {
public:
    DuplicateService(db::Database& db, Clock clock);

    std::vector<DuplicatePair> contactPairs(int limit) const;
    std::vector<DuplicatePair> companyPairs(int limit) const;
    MergeResult mergeContacts(std::int64_t keep, std::int64_t drop);
    MergeResult mergeCompanies(std::int64_t keep, std::int64_t drop);

private:
    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog m_audit;
    search::SearchIndex m_search;
};

} // namespace satchel::duplicates
