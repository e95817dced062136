#include "core/db/change_recorder.h"

#include "core/db/database.h"
#include "core/db/db_error.h"

#include <sqlite3.h>

#include <string_view>

namespace satchel::db {

namespace {
int recordTable(void*, const char* table) { return std::string_view(table).starts_with("search_index") ? 0 : 1; }

// Any conflict (the row is gone, differs, or its key is taken) stops the whole undo.
int abortOnConflict(void*, int, sqlite3_changeset_iter*) { return SQLITE_CHANGESET_ABORT; }

void check(int rc, const char* what) {
    if (rc != SQLITE_OK) throw DbError(std::string(what) + ": " + sqlite3_errstr(rc), rc);
}
} // namespace

ChangeRecorder::ChangeRecorder(Database& db) {
    check(sqlite3session_create(db.handle(), "main", &m_session), "recording changes");
    sqlite3session_table_filter(m_session, recordTable, nullptr);
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

bool applyUndo(Database& db, const std::string& undo) {
    const int rc = sqlite3changeset_apply(db.handle(), static_cast<int>(undo.size()), const_cast<char*>(undo.data()),
                                          nullptr, abortOnConflict, nullptr);
    if (rc == SQLITE_ABORT) return false;
    check(rc, "undoing");
    return true;
}

} // namespace satchel::db
