#include "core/contacts/contact_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/contacts/contact_columns.h"
#include "core/contacts/contact_name_order.h"
#include "core/contacts/contact_validation.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/search/search_text.h"
#include "core/vocab/crm_vocabularies.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <variant>

namespace satchel::contacts {

namespace {

// The contact columns as "c.id, c.name, ...", and a contact by id: built once from the column map.
const std::string& selectList() {
    static const std::string list = kContactColumns.selectList("c");
    return list;
}
const std::string& byIdSql() {
    static const std::string sql = "SELECT " + selectList() + " FROM contacts c WHERE c.id = ?";
    return sql;
}

// The SQL expression a sort orders by: fixed fragments chosen by enum, never input. Names follow
// the reader's language; each collation has its index over live contacts (schema migrations 3, 9).
std::string sortExpression(ContactSort sort, NameCollation names) {
    switch (sort) {
    case ContactSort::Name: return collated("c.name", names);
    case ContactSort::Email: return "c.email COLLATE NOCASE";
    case ContactSort::City: return "c.city COLLATE NOCASE";
    case ContactSort::Owner: return "c.owner COLLATE NOCASE";
    case ContactSort::Lifecycle: return "c.lifecycle";
    case ContactSort::Created: return "c.created_at";
    case ContactSort::Updated: return "c.updated_at";
    }
    return sortExpression(ContactSort::Name, names);
}

bool isNumericSort(ContactSort sort) { return sort == ContactSort::Created || sort == ContactSort::Updated; }

using Param = std::variant<std::int64_t, std::string>;

// WHERE clause for a filter, with its parameters in order. A full-text search is written as
// "c.id IN m" and its match expression returned in `match`: the caller defines m (matchesCte).
std::string whereClause(const ContactQuery& q, NameCollation names, std::vector<Param>& params, std::string& match) {
    std::string where = q.trash ? "c.deleted_at IS NOT NULL" : "c.deleted_at IS NULL";
    const ContactFilter& f = q.filter;
    if (!f.owner.empty()) {
        where += " AND c.owner = ?";
        params.emplace_back(f.owner);
    }
    if (!f.city.empty()) {
        where += " AND c.city = ? COLLATE NOCASE";
        params.emplace_back(f.city);
    }
    if (!f.lifecycle.empty()) {
        where += " AND c.lifecycle = ?";
        params.emplace_back(f.lifecycle);
    }
    if (f.companyId) {
        where += " AND c.company_id = ?";
        params.emplace_back(*f.companyId);
    }
    if (f.dealStageId) {
        where += " AND c.id IN (SELECT contact_id FROM deals WHERE stage_id = ? AND status = ? AND deleted_at IS NULL)";
        params.emplace_back(*f.dealStageId);
        params.emplace_back(std::string(vocab::deal_status::kOpen));
    }
    if (!f.tag.empty()) {
        where +=
            " AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)";
        params.emplace_back(f.tag);
    }
    if (f.customFieldId) {
        where += " AND c.id IN (SELECT entity_id FROM custom_values WHERE field_id = ? AND value = ?)";
        params.emplace_back(*f.customFieldId);
        params.emplace_back(f.customValue);
    }
    const std::string typed = text::trim(f.search);
    if (typed.size() == 1 && std::isalnum(static_cast<unsigned char>(typed[0]))) {
        // One letter or digit: names starting with it, read from the name index. As a full-text
        // prefix it matches a large part of every word in the book, which at 100,000 contacts took
        // 140-190 ms per keystroke in the browser; this is a range read of the index. In pinyin
        // order the letter also finds Han names by their initial, as a Chinese phone's contacts do.
        const std::string name = collated("c.name", names);
        where += " AND " + name + " >= ? AND " + name + " < ?";
        NameRange range = namesStartingWith(names, typed[0]);
        params.emplace_back(std::move(range.from));
        params.emplace_back(std::move(range.to));
    } else if (std::string expr = search::matchExpression(f.search); !expr.empty()) {
        where += " AND c.id IN m";
        match = std::move(expr);
    }
    return where;
}

// The contacts a full-text search matches, read once per statement and shared by the page and its
// count (at 100,000 contacts the index read is most of a search keystroke's cost).
const std::string& matchesCte() {
    static const std::string cte =
        "WITH m(id) AS MATERIALIZED (" + search::matchingIdsSql(search::Kind::Contact) + ") ";
    return cte;
}

void bindParams(db::Statement& stmt, const std::vector<Param>& params, int first = 1) {
    int i = first;
    for (const Param& p : params) std::visit([&](const auto& v) { stmt.bind(i++, v); }, p);
}

} // namespace

ContactCursor cursorAfter(const Contact& last, ContactSort sort) {
    ContactCursor next;
    next.id = last.id;
    switch (sort) {
    case ContactSort::Name: next.textKey = last.name; break;
    case ContactSort::Email: next.textKey = last.email; break;
    case ContactSort::City: next.textKey = last.city; break;
    case ContactSort::Owner: next.textKey = last.owner; break;
    case ContactSort::Lifecycle: next.textKey = last.lifecycle; break;
    case ContactSort::Created: next.numberKey = last.createdAt; break;
    case ContactSort::Updated: next.numberKey = last.updatedAt; break;
    }
    return next;
}

ContactService::ContactService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                               const NameCollation& names)
    : m_db(db),
      m_clock(clock),
      m_audit(audit),
      m_search(search),
      m_names(names),
      m_nameOrder(std::make_unique<ContactNameOrder>(db, names)) {}

ContactService::~ContactService() = default;

void ContactService::reindex(std::int64_t id) {
    const auto c = get(id);
    if (!c || c->deletedAt) {
        m_search.remove(search::Kind::Contact, id);
        return;
    }
    index(*c, channels(id));
}

void ContactService::index(const Contact& c, const std::vector<Channel>& channels) {
    std::string more = " " + search::phoneIndexText(c.phone);
    for (const Channel& ch : channels) {
        more += " " + ch.value;
        if (ch.kind == vocab::channel_kind::kPhone) more += " " + search::phoneIndexText(ch.value);
    }
    m_search.put(search::Kind::Contact, c.id, c.name,
                 c.email + " " + c.phone + more + " " + c.title + " " + c.city + " " + c.country + " " + c.notes);
}

void ContactService::write(std::int64_t id, const ContactDraft& d, std::int64_t now) {
    // Every column the update writes comes from the draft, the id and the time: no read needed.
    Contact row;
    row.id = id;
    applyDraft(row, d);
    row.updatedAt = now;
    db::updateRow(m_db, kContactColumns, row);
}

std::int64_t ContactService::add(const ContactDraft& draft) {
    const ContactDraft clean = validated(draft);
    const std::int64_t now = m_clock();
    db::Transaction tx(m_db);
    Contact row;
    applyDraft(row, clean);
    row.createdAt = row.updatedAt = now;
    const std::int64_t id = db::insertRow(m_db, kContactColumns, row);
    m_audit.recordChange(audit::Entity::Contact, id, nullptr, "insert");
    reindex(id);
    tx.commit();
    return id;
}

void ContactService::update(std::int64_t id, const ContactDraft& draft) {
    const ContactDraft clean = validated(draft);
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Contact, id, [&] { write(id, clean, m_clock()); });
    reindex(id);
    tx.commit();
}

std::optional<Contact> ContactService::get(std::int64_t id) const {
    auto stmt = m_db.prepare(byIdSql());
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return kContactColumns.read(stmt);
}

void ContactService::setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action) {
    m_audit.change(
        audit::Entity::Contact, id,
        [&] {
            m_db.prepare("UPDATE contacts SET deleted_at = ?, updated_at = ? WHERE id = ?")
                .bindAll(when, m_clock(), id)
                .run();
        },
        action);
    reindex(id);
}

std::vector<std::int64_t> ContactService::liveIds(const std::vector<std::int64_t>& ids) const {
    return db::liveKeys(m_db, kContactColumns, ids);
}

void ContactService::remove(std::int64_t id) { removeMany({id}); }
void ContactService::restore(std::int64_t id) { restoreMany({id}); }

void ContactService::removeMany(const std::vector<std::int64_t>& ids) {
    db::Transaction tx(m_db);
    const auto now = m_clock();
    for (auto id : ids) setDeleted(id, now, "delete");
    tx.commit();
}

void ContactService::restoreMany(const std::vector<std::int64_t>& ids) {
    db::Transaction tx(m_db);
    for (auto id : ids) setDeleted(id, std::nullopt, "restore");
    tx.commit();
}

void ContactService::purge(std::int64_t id) {
    db::Transaction tx(m_db);
    const auto before = m_audit.existing(audit::Entity::Contact, id);
    m_db.prepare("DELETE FROM custom_values WHERE entity_id = ? AND field_id IN "
                 "(SELECT id FROM custom_fields WHERE entity = ?)")
        .bindAll(id, vocab::field_entity::kContact)
        .run();
    m_db.prepare("DELETE FROM contacts WHERE id = ?").bind(1, id).run();
    m_audit.record(audit::Entity::Contact, id, "purge", {{"name", before["name"]}});
    m_search.remove(search::Kind::Contact, id);
    tx.commit();
}

std::int64_t ContactService::addChannel(std::int64_t contactId, const std::string& kind, const std::string& raw,
                                        const std::string& label) {
    if (!vocab::kChannelKind.contains(kind))
        throw ValidationError("kind", Problem::NotOneOf, {vocab::kChannelKind.listed()});
    if (!get(contactId)) throw ValidationError("contact", Problem::NotFound, {"contact", std::to_string(contactId)});
    // The same rules as the contact's own fields, so a second email is held to the first one's standard.
    ContactDraft probe;
    probe.name = "-";
    (kind == vocab::channel_kind::kEmail ? probe.email : probe.phone) = raw;
    const ContactDraft clean = validated(probe);
    const std::string value = kind == vocab::channel_kind::kEmail ? clean.email : clean.phone;
    if (value.empty()) throw ValidationError(kind, Problem::Empty);
    db::Transaction tx(m_db);
    const Channel channel{.kind = kind, .value = value, .label = text::trim(label), .contactId = contactId};
    const auto id = db::insertRow(m_db, kChannelColumns, channel);
    // "other_email": the timeline says an extra email was added, not that the email changed.
    m_audit.record(audit::Entity::Contact, contactId, "update", {{"other_" + kind, {nullptr, value}}});
    reindex(contactId);
    tx.commit();
    return id;
}

void ContactService::removeChannel(std::int64_t channelId) {
    const auto channel = db::findRow(m_db, kChannelColumns, channelId);
    if (!channel) throw ValidationError("channel", Problem::NoSuchChannel);
    const auto contactId = channel->contactId;
    const std::string& kind = channel->kind;
    const std::string& value = channel->value;
    db::Transaction tx(m_db);
    m_db.prepare("DELETE FROM contact_channels WHERE id = ?").bind(1, channelId).run();
    m_audit.record(audit::Entity::Contact, contactId, "update", {{"other_" + kind, {value, nullptr}}});
    reindex(contactId);
    tx.commit();
}

std::vector<Channel> ContactService::channels(std::int64_t contactId) const {
    auto stmt = m_db.prepare(kChannelColumns.select() + " WHERE contact_id = ? ORDER BY kind, id");
    stmt.bind(1, contactId);
    return kChannelColumns.readAll(stmt);
}

void ContactService::setOwner(const std::vector<std::int64_t>& ids, const std::string& owner) {
    db::Transaction tx(m_db);
    for (auto id : ids)
        m_audit.change(audit::Entity::Contact, id, [&] {
            m_db.prepare("UPDATE contacts SET owner = ?, updated_at = ? WHERE id = ?")
                .bindAll(owner, m_clock(), id)
                .run();
        });
    tx.commit();
}

std::optional<ContactPage> ContactService::listInNameOrder(const ContactQuery& q, const std::string& match) const {
    std::vector<std::int64_t> ids;
    auto matching = m_db.prepare(search::matchingIdsSql(search::Kind::Contact));
    matching.bind(1, match);
    while (matching.step()) ids.push_back(matching.columnInt64(0));
    if (!m_nameOrder->sort(ids, q.descending)) return std::nullopt;
    std::size_t from = static_cast<std::size_t>(std::max(q.offset, 0));
    if (q.after) {
        // The rows past the cursor's contact in this order.
        const std::int64_t at = m_nameOrder->position(q.after->id);
        if (at < 0) return std::nullopt; // gone since: let SQL continue from the cursor's name
        const auto past = std::partition_point(ids.begin(), ids.end(), [&](std::int64_t id) {
            const std::int64_t p = m_nameOrder->position(id);
            return q.descending ? p >= at : p <= at;
        });
        from = static_cast<std::size_t>(past - ids.begin());
    }
    ContactPage page;
    if (q.withTotal) page.total = static_cast<std::int64_t>(ids.size());
    auto row = m_db.prepare(byIdSql());
    for (std::size_t i = from; i < ids.size() && page.rows.size() < static_cast<std::size_t>(std::max(q.limit, 0));
         ++i) {
        row.reset();
        row.bind(1, ids[i]);
        if (row.step()) page.rows.push_back(kContactColumns.read(row));
    }
    if (static_cast<int>(page.rows.size()) == q.limit) page.next = cursorAfter(page.rows.back(), q.sort);
    return page;
}

ContactPage ContactService::list(const ContactQuery& q) const {
    std::vector<Param> params;
    std::string match;
    const std::string where = whereClause(q, m_names, params, match);
    // Searching by text alone, in name order (typing in the search box): matches are put in order
    // in memory instead of by reading every matching row.
    if (!match.empty() && params.empty() && !q.trash && q.sort == ContactSort::Name)
        if (auto page = listInNameOrder(q, match)) return std::move(*page);
    // No filter at all: the total is the number of live contacts, counted once per change.
    const bool everyone = match.empty() && params.empty() && !q.trash;
    const std::string with = match.empty() ? std::string() : matchesCte();
    std::vector<Param> pageParams;
    if (!match.empty()) pageParams.emplace_back(match);
    ContactPage page;
    // The total rides along with the page, as a column computed once, so the filter runs once.
    std::string sql = with + "SELECT " + selectList();
    // Only live contacts are in the search index, so with no other filter the matches are the total.
    const bool searchOnly = !match.empty() && params.empty() && !q.trash;
    if (q.withTotal && searchOnly) {
        sql += ", (SELECT count(*) FROM m)";
    } else if (q.withTotal && everyone) {
        page.total = count();
    } else if (q.withTotal) {
        sql += ", (SELECT count(*) FROM contacts c WHERE " + where + ")";
        pageParams.insert(pageParams.end(), params.begin(), params.end());
    }
    sql += " FROM contacts c WHERE " + where;
    pageParams.insert(pageParams.end(), params.begin(), params.end());
    const std::string key = sortExpression(q.sort, m_names);
    const char* dir = q.descending ? " DESC" : "";
    if (q.after) {
        // Rows after the cursor in this order: (key, id) past the cursor's. SQLite does not seek an
        // index from a row value that carries a COLLATE, so the plain bound on the key comes first
        // (measured at 100,000 contacts: a scan of 3.2 ms becomes a seek of 0.04 ms).
        const char* op = q.descending ? " <" : " >";
        sql += std::string(" AND ") + key + op + "= ? AND (" + key + ", c.id)" + op + " (?, ?)";
        const Param k = isNumericSort(q.sort) ? Param(q.after->numberKey) : Param(q.after->textKey);
        pageParams.push_back(k);
        pageParams.push_back(k);
        pageParams.emplace_back(q.after->id);
    }
    sql += " ORDER BY " + key + dir + ", c.id" + dir + " LIMIT ? OFFSET ?";
    auto stmt = m_db.prepare(sql);
    bindParams(stmt, pageParams);
    stmt.bind(static_cast<int>(pageParams.size()) + 1, q.limit);
    stmt.bind(static_cast<int>(pageParams.size()) + 2, q.after ? 0 : q.offset);
    const bool totalInRows = q.withTotal && !everyone;
    while (stmt.step()) {
        page.rows.push_back(kContactColumns.read(stmt));
        if (totalInRows) page.total = stmt.columnInt64(stmt.columnCount() - 1);
    }
    if (totalInRows && page.rows.empty()) {
        // No row to carry the total (an empty result, or a page past the end): count on its own.
        auto count = m_db.prepare(with + "SELECT count(*) FROM contacts c WHERE " + where);
        if (!match.empty()) count.bind(1, match);
        bindParams(count, params, match.empty() ? 1 : 2);
        count.step();
        page.total = count.columnInt64(0);
    }
    if (static_cast<int>(page.rows.size()) == q.limit) {
        page.next = cursorAfter(page.rows.back(), q.sort);
    }
    return page;
}

std::vector<Contact> ContactService::listBlock(const ContactQuery& query, std::int64_t offset, int limit,
                                               const Contact* after) const {
    ContactQuery q = query;
    q.limit = limit;
    q.withTotal = false;
    q.after.reset();
    if (after)
        q.after = cursorAfter(*after, q.sort);
    else
        q.offset = static_cast<int>(offset);
    return list(q).rows;
}

std::vector<Contact> ContactService::list(int limit, int offset) const {
    ContactQuery q;
    q.limit = limit;
    q.offset = offset;
    return list(q).rows;
}

bool ContactService::readAheadSearchOrder(int rows) const { return m_nameOrder->advance(rows); }

std::vector<std::string> ContactService::owners() const {
    auto stmt =
        m_db.prepare("SELECT DISTINCT owner FROM contacts WHERE deleted_at IS NULL AND owner <> '' ORDER BY owner");
    std::vector<std::string> out;
    while (stmt.step()) out.push_back(stmt.columnText(0));
    return out;
}

std::int64_t ContactService::count() const {
    if (m_liveCountAt != m_nameOrder->writes()) {
        auto stmt = m_db.prepare("SELECT count(*) FROM contacts WHERE deleted_at IS NULL");
        stmt.step();
        m_liveCount = stmt.columnInt64(0);
        m_liveCountAt = m_nameOrder->writes();
    }
    return m_liveCount;
}

} // namespace satchel::contacts
