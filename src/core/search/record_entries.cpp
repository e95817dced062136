#include "core/search/record_entries.h"

#include "core/db/database.h"

#include <array>
#include <string_view>

namespace satchel::search {

namespace {

struct EntrySql {
    Kind kind;
    // Selects (id, title, body) of the record ?1, or of every record when ?1 is NULL.
    std::string_view sql;
};

constexpr std::array<EntrySql, 4> kEntries{{
    {Kind::Ticket, "SELECT id, subject, description FROM tickets WHERE ?1 IS NULL OR id = ?1"},
    {Kind::Campaign, "SELECT id, name, channel || ' ' || goal FROM campaigns WHERE ?1 IS NULL OR id = ?1"},
    {Kind::Product, "SELECT id, name, sku FROM products WHERE ?1 IS NULL OR id = ?1"},
    {Kind::Order, "SELECT o.id, '#' || o.id, coalesce(group_concat(p.name || ' ' || p.sku, ' '), '') "
                  "FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id "
                  "LEFT JOIN products p ON p.id = l.product_id WHERE ?1 IS NULL OR o.id = ?1 GROUP BY o.id"},
}};

// Returns how many entries were written.
int putEntries(db::Database& db, SearchIndex& index, const EntrySql& entry, std::optional<std::int64_t> id) {
    auto stmt = db.prepare(std::string(entry.sql));
    stmt.bind(1, id);
    int written = 0;
    while (stmt.step()) {
        index.put(entry.kind, stmt.columnInt64(0), stmt.columnText(1), stmt.columnText(2));
        ++written;
    }
    return written;
}

} // namespace

void indexRecord(db::Database& db, SearchIndex& index, Kind kind, std::int64_t id) {
    for (const EntrySql& entry : kEntries)
        if (entry.kind == kind && putEntries(db, index, entry, id) == 0) index.remove(kind, id);
}

void indexRecords(db::Database& db, SearchIndex& index) {
    for (const EntrySql& entry : kEntries) putEntries(db, index, entry, std::nullopt);
}

} // namespace satchel::search
