#include "core/db/change_recorder.h"

#include "core/db/database.h"
#include "core/db/db_error.h"

#include <sqlite3.h>

#include <string_view>

namespace satchel::db {

namespace {
int recordTable(void* context, const char* table) {
    const std::string_view name(table);
    if (name.starts_with("search_index")) return 0;
    for (const auto& skip : *static_cast<const std::vector<std::string>*>(context))
        if (name.starts_with(skip)) return 0;
    return 1;
}

// Any conflict (the row is gone, differs, or its key is taken) stops the whole undo.
int abortOnConflict(void*, int, sqlite3_changeset_iter*) { return SQLITE_CHANGESET_ABORT; }

void check(int rc, const char* what) {
    if (rc != SQLITE_OK) throw DbError(std::string(what) + ": " + sqlite3_errstr(rc), rc);
}
} // namespace

ChangeRecorder::ChangeRecorder(Database& db, std::initializer_list<std::string_view> skip)
    : m_skip(skip.begin(), skip.end()) {
    check(sqlite3session_create(db.handle(), "main", &m_session), "recording changes");
    sqlite3session_table_filter(m_session, recordTable, &m_skip);
    check(sqlite3session_attach(m_session, nullptr), "recording changes");
}

ChangeRecorder::~ChangeRecorder() { sqlite3session_delete(m_session); }

std::string ChangeRecorder::undo() const {
    int size = 0, inverseSize = 0;
    void *changes = nullptr, *inverse = nullptr;
    check(sqlite3session_changeset(m_session, &size, &changes), "reading the recorded changes");
    const int rc = sqlite3changeset_invert(size, changes, &inverseSize, &inverse);
    sqlite3_free(changes);
    check(rc, "reversing the recorded changes");
    std::string out(static_cast<const char*>(inverse), static_cast<std::size_t>(inverseSize));
    sqlite3_free(inverse);
    return out;
}

void ChangeRecorder::pause() { sqlite3session_enable(m_session, 0); }
void ChangeRecorder::resume() { sqlite3session_enable(m_session, 1); }

namespace {

std::int64_t integerKey(sqlite3_changeset_iter* it, bool useNew) {
    const char* table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    unsigned char* pk = nullptr;
    int pkColumns = 0;
    sqlite3changeset_pk(it, &pk, &pkColumns);
    for (int c = 0; c < pkColumns; ++c) {
        if (!pk[c]) continue;
        sqlite3_value* v = nullptr;
        const bool fromNew = useNew && op == SQLITE_INSERT;
        if ((fromNew ? sqlite3changeset_new(it, c, &v) : sqlite3changeset_old(it, c, &v)) == SQLITE_OK && v &&
            sqlite3_value_type(v) == SQLITE_INTEGER)
            return sqlite3_value_int64(v);
        return 0;
    }
    return 0;
}

struct KeepChanges {
    bool overwrite;
    std::vector<UndoConflict> conflicts;
};

int keepOrOverwrite(void* context, int kind, sqlite3_changeset_iter* it) {
    auto& state = *static_cast<KeepChanges*>(context);
    // Foreign keys are checked at the end: the caller mends what a restored row points at.
    if (kind == SQLITE_CHANGESET_FOREIGN_KEY) return SQLITE_CHANGESET_OMIT;
    const char* table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    if (kind == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE) return SQLITE_CHANGESET_OMIT; // gone already
    UndoConflict conflict{table ? table : "", integerKey(it, true), {}};
    for (int c = 0; c < columns; ++c) {
        sqlite3_value* v = nullptr;
        const int rc = op == SQLITE_INSERT ? sqlite3changeset_new(it, c, &v) : sqlite3changeset_old(it, c, &v);
        conflict.integerColumns.push_back(
            rc == SQLITE_OK && v && sqlite3_value_type(v) == SQLITE_INTEGER ? sqlite3_value_int64(v) : 0);
    }
    state.conflicts.push_back(std::move(conflict));
    // REPLACE is only allowed for DATA and CONFLICT; a row that is gone stays gone.
    if (state.overwrite && (kind == SQLITE_CHANGESET_DATA || kind == SQLITE_CHANGESET_CONFLICT))
        return SQLITE_CHANGESET_REPLACE;
    return SQLITE_CHANGESET_OMIT;
}

} // namespace

std::vector<UndoConflict> applyUndoKeepingChanges(Database& db, const std::string& undo, bool overwrite) {
    KeepChanges state{overwrite, {}};
    if (undo.empty()) return {};
    check(sqlite3changeset_apply(db.handle(), static_cast<int>(undo.size()), const_cast<char*>(undo.data()), nullptr,
                                 keepOrOverwrite, &state),
          "undoing");
    return std::move(state.conflicts);
}

std::vector<std::int64_t> undoKeys(const std::string& undo, std::string_view table) {
    std::vector<std::int64_t> keys;
    if (undo.empty()) return keys;
    sqlite3_changeset_iter* it = nullptr;
    check(sqlite3changeset_start(&it, static_cast<int>(undo.size()), const_cast<char*>(undo.data())),
          "reading an undo");
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* name = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &columns, &op, &indirect);
        if (name && table == name) keys.push_back(integerKey(it, true));
    }
    sqlite3changeset_finalize(it);
    return keys;
}

bool applyUndo(Database& db, const std::string& undo) {
    const int rc = sqlite3changeset_apply(db.handle(), static_cast<int>(undo.size()), const_cast<char*>(undo.data()),
                                          nullptr, abortOnConflict, nullptr);
    if (rc == SQLITE_ABORT) return false;
    check(rc, "undoing");
    return true;
}

} // namespace satchel::db
