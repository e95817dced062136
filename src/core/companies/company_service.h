#pragma once
// Companies (organisations). Every change is audited and kept in the search index.
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/common/name_collation.h"
#include "core/companies/company.h"
#include "core/search/search_index.h"

#include <optional>
#include <string_view>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::companies {

// "https://www.Example.com/about" -> "example.com"; "ann@example.com" -> "example.com".
std::string normalisedDomain(std::string_view text);
// A normalised domain that can be stored ("example.com": a dot, no space).
bool isDomainShaped(std::string_view domain);

enum class CompanySort { Name, Domain, Industry, City, Created };

struct CompanyQuery {
    std::string search; // the search box text; empty = every live company
    // Filters; empty = any. All must hold.
    std::string tag;
    std::string industry;
    std::string city; // any case
    CompanySort sort = CompanySort::Name;
    bool descending = false;
    int limit = 100;
    int offset = 0;
};

class CompanyService {
public:
    // `names`: the order lists by name follow, owned by the Workspace (it changes with the language).
    CompanyService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                   const NameCollation& names);

    std::int64_t add(const CompanyDraft& draft);
    void update(std::int64_t id, const CompanyDraft& draft);
    std::optional<Company> get(std::int64_t id) const;
    void remove(std::int64_t id); // soft delete (undo with restore)
    void restore(std::int64_t id);
    void removeMany(const std::vector<std::int64_t>& ids); // one transaction
    void restoreMany(const std::vector<std::int64_t>& ids);
    void purge(std::int64_t id); // contacts, deals and orders keep existing, unlinked
    // Live companies by name; `search` filters by the search box text.
    std::vector<Company> list(int limit, int offset = 0, std::string_view search = {}) const;
    std::vector<Company> list(const CompanyQuery& query) const;
    std::int64_t count(std::string_view search = {}) const; // live companies matching the search
    // Those of `ids` that are live companies (not deleted, not merged away), in ascending order.
    std::vector<std::int64_t> liveIds(const std::vector<std::int64_t>& ids) const;
    std::int64_t count(const CompanyQuery& query) const; // live companies passing its search and filters
    std::vector<std::string> industries() const;         // every industry in use, for the filter
    void reindex(std::int64_t id);

private:
    CompanyDraft validated(const CompanyDraft& draft) const;
    void setDeleted(const std::vector<std::int64_t>& ids, std::optional<std::int64_t> when, const char* action);

    db::Database& m_db;
    Clock m_clock;
    audit::AuditLog& m_audit; // shared by every service (Workspace)
    search::SearchIndex& m_search;
    const NameCollation& m_names;
};

} // namespace satchel::companies
