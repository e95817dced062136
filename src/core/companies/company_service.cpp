#include "core/companies/company_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/companies/company_columns.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/search/search_text.h"

#include <algorithm>
#include <cctype>

namespace satchel::companies {

namespace {
// "SELECT <every company column> FROM companies", built once from the column map.
const std::string& selectSql() {
    static const std::string sql = kCompanyColumns.select();
    return sql;
}

// What a person edits, copied from a validated draft onto the stored row.
void applyDraft(Company& c, const CompanyDraft& d) {
    c.name = d.name;
    c.domain = d.domain;
    c.industry = d.industry;
    c.sizeBand = d.sizeBand;
    c.address = d.address;
    c.city = d.city;
    c.country = d.country;
    c.notes = d.notes;
}
} // namespace

std::string normalisedDomain(std::string_view text) {
    std::string s = text::trim(text);
    if (auto scheme = s.find("://"); scheme != std::string::npos) s = s.substr(scheme + 3);
    if (auto at = s.rfind('@'); at != std::string::npos) s = s.substr(at + 1);
    if (auto slash = s.find_first_of("/?#"); slash != std::string::npos) s = s.substr(0, slash);
    if (auto colon = s.find(':'); colon != std::string::npos) s = s.substr(0, colon);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (s.rfind("www.", 0) == 0) s = s.substr(4);
    return s;
}

bool isDomainShaped(std::string_view domain) {
    return domain.find('.') != std::string_view::npos && domain.find(' ') == std::string_view::npos;
}

CompanyService::CompanyService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                               const NameCollation& names)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search), m_names(names) {}

CompanyDraft CompanyService::validated(const CompanyDraft& d) const {
    CompanyDraft out = d;
    for (std::string* f : {&out.name, &out.industry, &out.sizeBand, &out.address, &out.city, &out.country}) {
        if (!text::isValidUtf8(*f)) throw ValidationError("company", Problem::NotUtf8);
        *f = text::trim(*f);
    }
    if (!text::isValidUtf8(out.notes)) throw ValidationError("notes", Problem::NotUtf8);
    if (out.name.empty()) throw ValidationError("name", Problem::Required);
    out.domain = normalisedDomain(d.domain);
    if (!out.domain.empty() && !isDomainShaped(out.domain)) throw ValidationError("domain", Problem::DomainShape);
    return out;
}

void CompanyService::reindex(std::int64_t id) {
    const auto c = get(id);
    if (!c || c->deletedAt) {
        m_search.remove(search::Kind::Company, id);
        return;
    }
    m_search.put(search::Kind::Company, id, c->name, c->domain + " " + c->industry + " " + c->city + " " + c->country);
}

std::int64_t CompanyService::add(const CompanyDraft& draft) {
    const CompanyDraft d = validated(draft);
    const auto now = m_clock();
    db::Transaction tx(m_db);
    Company row;
    applyDraft(row, d);
    row.createdAt = row.updatedAt = now;
    const auto id = db::insertRow(m_db, kCompanyColumns, row);
    m_audit.recordChange(audit::Entity::Company, id, nullptr, "insert");
    reindex(id);
    tx.commit();
    return id;
}

void CompanyService::update(std::int64_t id, const CompanyDraft& draft) {
    const CompanyDraft d = validated(draft);
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Company, id, [&] {
        // Every column the update writes comes from the draft, the id and the time: no read needed.
        Company row;
        row.id = id;
        applyDraft(row, d);
        row.updatedAt = m_clock();
        db::updateRow(m_db, kCompanyColumns, row);
    });
    reindex(id);
    tx.commit();
}

std::optional<Company> CompanyService::get(std::int64_t id) const { return db::findRow(m_db, kCompanyColumns, id); }

void CompanyService::setDeleted(const std::vector<std::int64_t>& ids, std::optional<std::int64_t> when,
                                const char* action) {
    db::Transaction tx(m_db);
    for (const auto id : ids) {
        m_audit.change(
            audit::Entity::Company, id,
            [&] {
                m_db.prepare("UPDATE companies SET deleted_at = ?, updated_at = ? WHERE id = ?")
                    .bindAll(when, m_clock(), id)
                    .run();
            },
            action);
        reindex(id);
    }
    tx.commit();
}

void CompanyService::remove(std::int64_t id) { removeMany({id}); }
void CompanyService::restore(std::int64_t id) { restoreMany({id}); }
void CompanyService::removeMany(const std::vector<std::int64_t>& ids) { setDeleted(ids, m_clock(), "delete"); }
void CompanyService::restoreMany(const std::vector<std::int64_t>& ids) { setDeleted(ids, std::nullopt, "restore"); }

void CompanyService::purge(std::int64_t id) {
    db::Transaction tx(m_db);
    const auto before = m_audit.existing(audit::Entity::Company, id);
    m_db.prepare("DELETE FROM companies WHERE id = ?").bind(1, id).run();
    m_audit.record(audit::Entity::Company, id, "purge", {{"name", before["name"]}});
    m_search.remove(search::Kind::Company, id);
    tx.commit();
}

std::vector<Company> CompanyService::list(int limit, int offset, std::string_view searchText) const {
    CompanyQuery q;
    q.search = std::string(searchText);
    q.limit = limit;
    q.offset = offset;
    return list(q);
}

namespace {
// The WHERE clause for live companies passing the query's search and filters, and what to bind to
// its placeholders in order. Fixed fragments only; every value is bound.
std::string companyWhere(const CompanyQuery& q, std::vector<std::string>& params) {
    std::string where = " WHERE deleted_at IS NULL";
    if (std::string expr = search::matchExpression(q.search); !expr.empty()) {
        where += " AND id IN (" + search::matchingIdsSql(search::Kind::Company) + ")";
        params.push_back(std::move(expr));
    }
    if (!q.tag.empty()) {
        where +=
            " AND id IN (SELECT ct.company_id FROM company_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)";
        params.push_back(q.tag);
    }
    if (!q.industry.empty()) {
        where += " AND industry = ?";
        params.push_back(q.industry);
    }
    if (!q.city.empty()) {
        where += " AND city = ? COLLATE NOCASE";
        params.push_back(q.city);
    }
    return where;
}
// Names follow the reader's language; each collation has its index (schema migrations 2, 9).
std::string companySortKey(CompanySort sort, NameCollation names) {
    switch (sort) {
    case CompanySort::Name: return collated("name", names);
    case CompanySort::Domain: return "domain COLLATE NOCASE";
    case CompanySort::Industry: return "industry COLLATE NOCASE";
    case CompanySort::City: return "city COLLATE NOCASE";
    case CompanySort::Created: return "created_at";
    }
    return companySortKey(CompanySort::Name, names);
}
} // namespace

std::vector<Company> CompanyService::list(const CompanyQuery& q) const {
    std::vector<std::string> params;
    const std::string where = companyWhere(q, params);
    const char* dir = q.descending ? " DESC" : "";
    auto stmt = m_db.prepare(selectSql() + where + " ORDER BY " + companySortKey(q.sort, m_names) + dir + ", id" + dir +
                             " LIMIT ? OFFSET ?");
    int i = 1;
    for (const auto& p : params) stmt.bind(i++, p);
    stmt.bind(i, q.limit);
    stmt.bind(i + 1, q.offset);
    return kCompanyColumns.readAll(stmt);
}

std::int64_t CompanyService::count(const CompanyQuery& q) const {
    std::vector<std::string> params;
    auto stmt = m_db.prepare("SELECT count(*) FROM companies" + companyWhere(q, params));
    int i = 1;
    for (const auto& p : params) stmt.bind(i++, p);
    stmt.step();
    return stmt.columnInt64(0);
}

std::int64_t CompanyService::count(std::string_view searchText) const {
    CompanyQuery q;
    q.search = std::string(searchText);
    return count(q);
}

std::vector<std::string> CompanyService::industries() const {
    auto stmt = m_db.prepare(
        "SELECT DISTINCT industry FROM companies WHERE deleted_at IS NULL AND industry <> '' ORDER BY industry COLLATE NOCASE");
    std::vector<std::string> out;
    while (stmt.step()) out.push_back(stmt.columnText(0));
    return out;
}

std::vector<std::int64_t> CompanyService::liveIds(const std::vector<std::int64_t>& ids) const {
    return db::liveKeys(m_db, kCompanyColumns, ids);
}

} // namespace satchel::companies
