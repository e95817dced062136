#include "core/contacts/contact_name_order.h"

#include "core/db/database.h"

#include <algorithm>
#include <string>

namespace satchel::contacts {

namespace {
// Ranks are 32-bit and the table is indexed by id: beyond this many ids per contact the memory is
// not worth it (ids are normally dense: SQLite assigns them in sequence).
constexpr std::int64_t kMaxIdsPerContact = 8;
constexpr std::int64_t kMinIdsAllowed = 1 << 16;
} // namespace

ContactNameOrder::ContactNameOrder(db::Database& db, const NameCollation& names)
    : m_db(db), m_names(names), m_subscription(db.changeFeed().subscribe([this](const db::RowChange& c) {
          if (c.table == "contacts" && c.database == "main") ++m_writes;
      })) {}

void ContactNameOrder::restart() {
    m_startedAtWrites = m_writes;
    m_startedIn = m_names;
    m_complete = false;
    m_ranked = 0;
    m_lastName.clear();
    m_lastId = 0;
    m_rank.clear();
    auto range = m_db.prepare("SELECT count(*), coalesce(max(id), 0) FROM contacts WHERE deleted_at IS NULL");
    range.step();
    const std::int64_t live = range.columnInt64(0), maxId = range.columnInt64(1);
    m_usable = maxId < std::max(kMinIdsAllowed, live * kMaxIdsPerContact);
    if (m_usable)
        m_rank.assign(static_cast<size_t>(maxId) + 1, 0);
    else
        m_complete = true; // nothing to read: callers sort in SQL
}

bool ContactNameOrder::advance(int rows) {
    const bool current = m_startedAtWrites == m_writes && m_startedIn == m_names;
    if (m_complete && current) return true;
    if (!current) restart();
    if (m_complete) return true;
    // The list's ORDER BY, read from the live-name index, continuing after the last contact read.
    // (The plain bound on the name lets SQLite seek the index; see ContactService::list.)
    const std::string name = collated("name", m_startedIn);
    auto order = m_db.prepare(
        m_ranked == 0 ? "SELECT id, name FROM contacts WHERE deleted_at IS NULL ORDER BY " + name + ", id LIMIT ?3"
                      : "SELECT id, name FROM contacts WHERE deleted_at IS NULL AND " + name + " >= ?1 AND (" + name +
                            ", id) > (?1, ?2) ORDER BY " + name + ", id LIMIT ?3");
    if (m_ranked) order.bindAll(m_lastName, m_lastId);
    order.bind(3, rows);
    int read = 0;
    while (order.step()) {
        ++read;
        m_lastId = order.columnInt64(0);
        if (m_lastId >= 0 && static_cast<size_t>(m_lastId) < m_rank.size())
            m_rank[static_cast<size_t>(m_lastId)] = ++m_ranked;
        if (read == rows) m_lastName = order.columnText(1);
    }
    m_complete = read < rows;
    return m_complete;
}

bool ContactNameOrder::refresh() {
    while (!advance(1 << 30)) {
    }
    return m_usable;
}

bool ContactNameOrder::sort(std::vector<std::int64_t>& ids, bool descending) {
    if (!refresh()) return false;
    const auto rank = [&](std::int64_t id) -> std::uint32_t {
        return id >= 0 && static_cast<size_t>(id) < m_rank.size() ? m_rank[static_cast<size_t>(id)] : 0;
    };
    std::erase_if(ids, [&](std::int64_t id) { return rank(id) == 0; });
    if (descending)
        std::sort(ids.begin(), ids.end(), [&](auto a, auto b) { return rank(a) > rank(b); });
    else
        std::sort(ids.begin(), ids.end(), [&](auto a, auto b) { return rank(a) < rank(b); });
    return true;
}

std::int64_t ContactNameOrder::position(std::int64_t id) {
    if (!refresh() || id < 0 || static_cast<size_t>(id) >= m_rank.size() || !m_rank[static_cast<size_t>(id)]) return -1;
    return m_rank[static_cast<size_t>(id)] - 1;
}

} // namespace satchel::contacts
