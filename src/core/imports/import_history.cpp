#include "core/imports/import_history.h"

#include "core/common/validation_error.h"
#include "core/db/change_recorder.h"
#include "core/db/transaction.h"
#include "core/vocab/crm_vocabularies.h"
#include "core/workspace/workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace satchel::imports {

namespace {

constexpr const char* kSelect =
    "SELECT id, target, file_name, encoding, started_at, finished_at, mapping, rows, created, updated, merged, "
    "skipped, rejected, undone_at FROM imports";

ImportRecord readRecord(db::Statement& stmt) {
    ImportRecord r;
    r.id = stmt.columnInt64(0);
    r.target = stmt.columnText(1);
    r.fileName = stmt.columnText(2);
    r.encoding = stmt.columnText(3);
    r.startedAt = stmt.columnInt64(4);
    r.finishedAt = stmt.columnInt64(5);
    r.mapping = stmt.columnText(6);
    r.counts.rows = stmt.columnInt64(7);
    r.counts.create = stmt.columnInt64(8);
    r.counts.update = stmt.columnInt64(9);
    r.counts.merge = stmt.columnInt64(10);
    r.counts.skip = stmt.columnInt64(11);
    r.counts.reject = stmt.columnInt64(12);
    if (!stmt.columnIsNull(13)) r.undoneAt = stmt.columnInt64(13);
    return r;
}

std::string headerSignature(const std::vector<std::string>& header) {
    std::string key;
    for (const auto& h : header) key += headerKey(h) + '\x1f';
    return key;
}

std::string entityOf(const std::string& table) {
    if (table == "contacts") return "contact";
    if (table == "companies") return "company";
    if (table == "tags") return "tag";
    if (table == "users") return "team member";
    return table;
}

std::string nameOf(Workspace& ws, const std::string& table, std::int64_t id) {
    if (table == "contacts")
        if (auto c = ws.contacts().get(id)) return c->name;
    if (table == "companies")
        if (auto c = ws.companies().get(id)) return c->name;
    return {};
}

// The contacts the import created that were touched since: edited (updated_at), given activities,
// deals, orders, tickets or a campaign, or any change the audit log saw (tags, extra emails) that
// a later import did not make (the wizard is modal: while an import writes, nobody else does).
// Undo keeps them unless told to overwrite.
std::vector<std::int64_t> touchedCreations(db::Database& db, std::int64_t first, std::int64_t last,
                                           std::int64_t finishedAt) {
    std::vector<std::int64_t> ids;
    auto stmt = db.prepare(
        "SELECT c.id FROM contacts c WHERE c.id BETWEEN ?1 AND ?2 AND (c.updated_at > ?3 "
        "OR EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = c.id) "
        "OR EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id) "
        "OR EXISTS (SELECT 1 FROM orders o WHERE o.contact_id = c.id) "
        "OR EXISTS (SELECT 1 FROM tickets t WHERE t.contact_id = c.id) "
        "OR EXISTS (SELECT 1 FROM campaign_members m WHERE m.contact_id = c.id) "
        "OR EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = ?4 AND l.entity_id = c.id AND l.at > ?3 "
        "AND NOT EXISTS (SELECT 1 FROM imports i WHERE l.at BETWEEN i.started_at AND i.finished_at))) ORDER BY c.id");
    stmt.bindAll(first, last, finishedAt, audit::entityName(audit::Entity::Contact));
    while (stmt.step()) ids.push_back(stmt.columnInt64(0));
    return ids;
}

struct Stored {
    ImportRecord record;
    std::string undo;
    std::int64_t first = 0, last = 0;
    std::map<std::string, std::vector<std::int64_t>> made; // companies, tags, custom fields, users
};

Stored load(Workspace& ws, std::int64_t id) {
    auto q = ws.database().prepare(
        "SELECT id, target, file_name, encoding, started_at, finished_at, mapping, rows, created, updated, merged, "
        "skipped, rejected, undone_at, undo, coalesce(first_created_id, 0), coalesce(last_created_id, 0), "
        "created_records FROM imports WHERE id = ? AND finished_at > 0");
    q.bind(1, id);
    if (!q.step()) throw ValidationError("import", Problem::NotFound, {"import", std::to_string(id)});
    Stored s{readRecord(q), q.columnBlob(14), q.columnInt64(15), q.columnInt64(16), {}};
    const auto made = nlohmann::json::parse(q.columnText(17), nullptr, false);
    if (made.is_object())
        for (const auto& [table, ids] : made.items())
            if (ids.is_array())
                for (const auto& one : ids)
                    if (one.is_number_integer()) s.made[table].push_back(one.get<std::int64_t>());
    return s;
}

std::vector<UndoConflict> describe(Workspace& ws, const std::vector<db::UndoConflict>& raw,
                                   const std::vector<std::int64_t>& touched) {
    std::vector<UndoConflict> out;
    // A link row (tag, extra email, custom value) is shown as the contact it belongs to.
    const std::pair<const char*, std::size_t> ownerColumn[] = {
        {"contacts", 0}, {"contact_tags", 0}, {"contact_channels", 1}, {"custom_values", 1}};
    for (const auto& c : raw) {
        std::string table = c.table;
        std::int64_t id = c.key;
        for (const auto& [name, column] : ownerColumn)
            if (c.table == name && column < c.integerColumns.size()) {
                table = "contacts";
                id = c.integerColumns[column];
            }
        out.push_back({entityOf(table), id, nameOf(ws, table, id)});
    }
    for (auto id : touched) out.push_back({"contact", id, nameOf(ws, "contacts", id)});
    // One line per record, whatever number of its rows (tags, channels) conflicted.
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return std::tie(a.entity, a.id) < std::tie(b.entity, b.id); });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) { return a.entity == b.entity && a.id == b.id; }),
              out.end());
    return out;
}

} // namespace

std::vector<ImportRecord> listImports(Workspace& ws) {
    auto stmt = ws.database().prepare(std::string(kSelect) + " WHERE finished_at > 0 ORDER BY id DESC");
    std::vector<ImportRecord> out;
    while (stmt.step()) out.push_back(readRecord(stmt));
    return out;
}

std::optional<ImportRecord> findImport(Workspace& ws, std::int64_t id) {
    auto stmt = ws.database().prepare(std::string(kSelect) + " WHERE id = ? AND finished_at > 0");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return readRecord(stmt);
}

namespace {

// The records the import made besides contacts, removed once nothing uses them: a company someone
// logged a call against since, a tag now on another contact, a field with values, a member who
// owns a deal, stay (and are listed). Their own row edited since is a conflict like any other.
void removeMade(Workspace& ws, const Stored& s, bool overwrite, std::vector<UndoConflict>& kept) {
    auto& db = ws.database();
    const auto ids = [&](const char* table) {
        const auto it = s.made.find(table);
        return it == s.made.end() ? std::vector<std::int64_t>{} : it->second;
    };
    const std::string companyEntity(vocab::field_entity::kCompany);
    for (auto id : ids("companies")) {
        auto use = db.prepare(
            "SELECT name, updated_at > ?2, EXISTS (SELECT 1 FROM contacts WHERE company_id = ?1) "
            "OR EXISTS (SELECT 1 FROM activities WHERE company_id = ?1) OR EXISTS (SELECT 1 FROM deals WHERE "
            "company_id = ?1) OR EXISTS (SELECT 1 FROM orders WHERE company_id = ?1) OR EXISTS (SELECT 1 FROM "
            "tickets WHERE company_id = ?1) OR EXISTS (SELECT 1 FROM company_tags WHERE company_id = ?1) OR EXISTS "
            "(SELECT 1 FROM custom_values v JOIN custom_fields f ON f.id = v.field_id WHERE f.entity = ?3 AND "
            "v.entity_id = ?1) FROM companies WHERE id = ?1");
        use.bindAll(id, s.record.finishedAt, companyEntity);
        if (!use.step()) continue; // gone already
        if (use.columnInt64(2) || (use.columnInt64(1) && !overwrite)) {
            kept.push_back({entityOf("companies"), id, use.columnText(0)});
            continue;
        }
        db.prepare("DELETE FROM companies WHERE id = ?").bind(1, id).run();
        ws.search().remove(search::Kind::Company, id);
    }
    const std::pair<const char*, const char*> unused[] = {
        {"tags", "DELETE FROM tags WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE tag_id = ?1) "
                 "AND NOT EXISTS (SELECT 1 FROM company_tags WHERE tag_id = ?1)"},
        {"custom_fields", "DELETE FROM custom_fields WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM custom_values "
                          "WHERE field_id = ?1)"},
        {"users", "DELETE FROM users WHERE id = ?1 AND is_me = 0 AND NOT EXISTS (SELECT 1 FROM contacts c WHERE "
                  "c.owner = users.name) AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.owner = users.name) AND NOT "
                  "EXISTS (SELECT 1 FROM tickets t WHERE t.assignee = users.name)"},
    };
    for (const auto& [table, sql] : unused)
        for (auto id : ids(table)) {
            db.prepare(sql).bind(1, id).run();
            if (db.changes() == 0) {
                auto name = db.prepare(std::string("SELECT name FROM ") + table + " WHERE id = ?");
                name.bind(1, id);
                if (name.step()) kept.push_back({entityOf(table), id, name.columnText(0)});
            }
        }
}

// Undoes the import inside the caller's transaction (committed by undoImport, rolled back by
// undoConflicts, which only wants to know what would be kept).
UndoResult undoWithin(Workspace& ws, const Stored& s, bool overwrite) {
    auto& db = ws.database();
    UndoResult result;
    const auto touched = s.first && !overwrite ? touchedCreations(db, s.first, s.last, s.record.finishedAt)
                                               : std::vector<std::int64_t>{};
    // 1. The contacts that were there before, as they were (with the tags, channels and values the
    // import gave them taken away).
    const auto raw = db::applyUndoKeepingChanges(db, s.undo, overwrite);
    auto restored = db::undoKeys(s.undo, "contacts");
    std::sort(restored.begin(), restored.end());
    restored.erase(std::unique(restored.begin(), restored.end()), restored.end());
    // A company a restored contact was at may have been deleted since: the link goes, not the undo.
    auto unlink = db.prepare("UPDATE contacts SET company_id = NULL WHERE id = ? AND company_id IS NOT NULL AND "
                             "company_id NOT IN (SELECT id FROM companies)");
    for (auto id : restored) {
        unlink.bind(1, id).run();
        unlink.reset();
        ws.contacts().reindex(id);
    }
    result.kept = describe(ws, raw, touched);
    result.restored =
        static_cast<std::int64_t>(restored.size()) -
        std::count_if(result.kept.begin(), result.kept.end(), [&](const UndoConflict& c) {
            return c.entity == entityOf("contacts") && std::binary_search(restored.begin(), restored.end(), c.id);
        });
    // 2. The contacts it created, with what hangs off them (values have no foreign key).
    if (s.first) {
        auto ids = db.prepare("SELECT id FROM contacts WHERE id BETWEEN ? AND ? ORDER BY id");
        ids.bindAll(s.first, s.last);
        auto values = db.prepare(
            "DELETE FROM custom_values WHERE entity_id = ? AND field_id IN (SELECT id FROM custom_fields WHERE entity = ?)");
        auto remove = db.prepare("DELETE FROM contacts WHERE id = ?");
        while (ids.step()) {
            const auto id = ids.columnInt64(0);
            if (std::binary_search(touched.begin(), touched.end(), id)) continue;
            values.bindAll(id, vocab::field_entity::kContact).run();
            values.reset();
            remove.bind(1, id).run();
            remove.reset();
            ws.search().remove(search::Kind::Contact, id);
            ++result.removed;
        }
    }
    // 3. What else it made, when nothing uses it now.
    removeMade(ws, s, overwrite, result.kept);
    return result;
}

} // namespace

std::vector<UndoConflict> undoConflicts(Workspace& ws, std::int64_t importId) {
    const Stored s = load(ws, importId);
    if (s.record.undoneAt) return {};
    db::Transaction tx(ws.database()); // never committed: SQLite itself says what differs
    return undoWithin(ws, s, false).kept;
}

UndoResult undoImport(Workspace& ws, std::int64_t importId, bool overwriteConflicts) {
    const Stored s = load(ws, importId);
    if (s.record.undoneAt) throw ValidationError("import", Problem::ImportUndone);
    auto& db = ws.database();
    db::Transaction tx(db);
    UndoResult result = undoWithin(ws, s, overwriteConflicts);
    db.prepare("UPDATE imports SET undone_at = ? WHERE id = ?").bindAll(ws.now(), importId).run();
    tx.commit();
    return result;
}

std::optional<std::vector<ColumnTarget>> savedMapping(Workspace& ws, const std::string& target,
                                                      const std::vector<std::string>& header) {
    auto stmt = ws.database().prepare("SELECT columns FROM import_mappings WHERE target = ? AND header = ?");
    stmt.bindAll(target, headerSignature(header));
    if (!stmt.step()) return std::nullopt;
    const auto json = nlohmann::json::parse(stmt.columnText(0), nullptr, false);
    if (!json.is_array() || json.size() != header.size()) return std::nullopt;
    std::vector<ColumnTarget> columns;
    for (const auto& one : json) {
        ColumnTarget t;
        if (auto f = contactFieldFromKey(one.value("field", ""))) t.field = *f;
        t.customFieldId = one.value("custom_field_id", std::int64_t{0});
        t.newCustomField = one.value("new_custom_field", "");
        columns.push_back(std::move(t));
    }
    return columns;
}

void saveMapping(Workspace& ws, const std::string& target, const std::vector<std::string>& header,
                 const std::vector<ColumnTarget>& columns) {
    nlohmann::json json = nlohmann::json::array();
    for (std::size_t c = 0; c < header.size(); ++c) {
        const ColumnTarget t = c < columns.size() ? columns[c] : ColumnTarget{};
        nlohmann::json one{{"field", contactFieldInfo(t.field).key}};
        if (t.field == ContactField::Custom) one["custom_field_id"] = t.customFieldId;
        if (t.field == ContactField::NewCustom) one["new_custom_field"] = t.newCustomField;
        json.push_back(std::move(one));
    }
    ws.database()
        .prepare("INSERT OR REPLACE INTO import_mappings (target, header, columns, used_at) VALUES (?, ?, ?, ?)")
        .bindAll(target, headerSignature(header), json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                 ws.now())
        .run();
}

std::int64_t beginImportRecord(Workspace& ws, const std::string& target, const ImportFile& file,
                               const std::string& mappingJson, std::int64_t now) {
    auto& db = ws.database();
    db.prepare("INSERT INTO imports (target, file_name, encoding, started_at, mapping) VALUES (?, ?, ?, ?, ?)")
        .bindAll(target, file.name, std::string(io::encodingName(file.encoding)), now, mappingJson)
        .run();
    return db.lastInsertRowid();
}

void finishImportRecord(Workspace& ws, std::int64_t id, const ImportCounts& counts, std::int64_t firstCreated,
                        std::int64_t lastCreated, const std::map<std::string, std::vector<std::int64_t>>& created,
                        const std::string& undo, std::int64_t now) {
    auto stmt = ws.database().prepare(
        "UPDATE imports SET finished_at = ?, rows = ?, created = ?, updated = ?, merged = ?, skipped = ?, "
        "rejected = ?, first_created_id = ?, last_created_id = ?, undo = ?, created_records = ? WHERE id = ?");
    stmt.bindAll(now, counts.rows, counts.create, counts.update, counts.merge, counts.skip, counts.reject,
                 firstCreated ? std::optional<std::int64_t>(firstCreated) : std::nullopt,
                 lastCreated ? std::optional<std::int64_t>(lastCreated) : std::nullopt);
    stmt.bindBlob(10, undo);
    stmt.bind(11, nlohmann::json(created).dump());
    stmt.bind(12, id);
    stmt.run();
}

} // namespace satchel::imports
