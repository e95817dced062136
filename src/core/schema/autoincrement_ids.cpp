#include "core/schema/autoincrement_ids.h"

#include "core/audit/audit_log.h"
#include "core/db/database.h"
#include "core/schema/create_table_sql.h"

#include <string>
#include <vector>

namespace satchel::schema {

namespace {

struct IdTable {
    std::string name, idColumn, sql;
};

// Ordinary tables of the main schema whose one key column is an INTEGER PRIMARY KEY (the rowid).
// Not the FTS5 search index (virtual) or its shadow tables, which SQLite manages; not WITHOUT
// ROWID tables (settings, link tables), which have no rowid to reuse; not SQLite's own tables.
std::vector<IdTable> tablesWithIntegerIds(db::Database& db) {
    auto tables = db.prepare("SELECT l.name, s.sql FROM pragma_table_list AS l JOIN sqlite_schema AS s "
                             "ON s.type = 'table' AND s.name = l.name WHERE l.schema = 'main' AND l.type = 'table' "
                             "AND l.wr = 0 AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY l.name");
    std::vector<IdTable> out;
    while (tables.step()) {
        const std::string name = tables.columnText(0);
        auto key = db.prepare("SELECT name, upper(type) FROM pragma_table_info(?) WHERE pk > 0");
        key.bind(1, name);
        if (!key.step() || key.columnText(1) != "INTEGER") continue;
        IdTable t{name, key.columnText(0), tables.columnText(1)};
        if (key.step()) continue; // a composite key: no rowid alias
        out.push_back(std::move(t));
    }
    return out;
}

// Creates `newName` from `createNew`, copies every row in one pass, drops `table` and gives the
// new table its name: the order SQLite documents, which leaves other tables' REFERENCES untouched.
void rebuild(db::Database& db, const std::string& table, const std::string& newName, const std::string& createNew) {
    // Indexes and triggers go with the dropped table; their text is kept to make them again. The
    // indexes behind UNIQUE constraints (no text) come back with the table itself.
    std::vector<std::string> dependents;
    auto saved = db.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                            "AND sql IS NOT NULL ORDER BY rowid");
    saved.bind(1, table);
    while (saved.step()) dependents.push_back(saved.columnText(0));

    std::string columns;
    auto info = db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    info.bind(1, table);
    while (info.step()) columns += (columns.empty() ? "" : ", ") + quoteIdentifier(info.columnText(0));

    // Names cannot be bound; these come from the schema itself, quoted.
    const std::string from = quoteIdentifier(table), to = quoteIdentifier(newName);
    db.prepare(createNew).run();
    db.prepare("INSERT INTO " + to + " (" + columns + ") SELECT " + columns + " FROM " + from).run();
    db.prepare("DROP TABLE " + from).run();
    db.prepare("ALTER TABLE " + to + " RENAME TO " + from).run();
    // Built after the copy: one sort per index instead of an index insert per row.
    for (const std::string& sql : dependents) db.prepare(sql).run();
}

// The copy starts the sequence at the largest id still in the table. A record deleted before this
// migration (the highest contact, merged away or purged) left no row, but its history is still in
// the audit log under its id: the sequence starts past that too, so no new record inherits it.
void retireAuditedIds(db::Database& db, const std::string& table) {
    for (const audit::Entity e : audit::kEntities) {
        if (table != audit::tableName(e)) continue;
        auto last = db.prepare("SELECT max(entity_id) FROM audit_log WHERE entity = ?");
        last.bind(1, audit::entityName(e));
        if (!last.step() || last.columnIsNull(0)) return;
        const std::int64_t id = last.columnInt64(0);
        db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1").bindAll(table, id).run();
        if (db.changes() == 0)
            db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)").bindAll(table, id).run();
        return;
    }
}

} // namespace

void makeIdsAutoincrement(db::Database& db) {
    for (const IdTable& t : tablesWithIntegerIds(db)) {
        const std::string newName = "new_" + t.name;
        const auto createNew = withAutoincrement(t.sql, t.idColumn, newName);
        if (!createNew) continue; // already AUTOINCREMENT
        rebuild(db, t.name, newName, *createNew);
        retireAuditedIds(db, t.name);
    }
}

} // namespace satchel::schema
