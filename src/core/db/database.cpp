#include "core/db/database.h"

#include "core/db/pinyin_collation.h"

#include <sqlite3.h>

namespace satchel::db {

namespace {
void onRowWritten(void* feed, int op, const char* database, const char* table, sqlite3_int64 rowid) {
    const RowOp rowOp = op == SQLITE_INSERT ? RowOp::Insert : op == SQLITE_DELETE ? RowOp::Delete : RowOp::Update;
    static_cast<ChangeFeed*>(feed)->publish({rowOp, database, table, rowid});
}
} // namespace

Database::Database(const std::string& path, const char* vfs) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        std::string reason = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw DbError("cannot open database '" + path + "': " + reason, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_update_hook(m_db, onRowWritten, &m_feed);
    // Before any statement: the schema's pinyin indexes cannot be written without it.
    if (const int collation = registerPinyinCollation(m_db); collation != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw DbError(std::string("cannot register the pinyin collation: ") + sqlite3_errstr(collation), collation);
    }
    // Foreign keys are enforced on every connection, whatever the compile-time default.
    execScript("PRAGMA foreign_keys = ON");
}

Database::~Database() {
    // close_v2 defers the close until outstanding statements are finalized, so it cannot fail here.
    sqlite3_close_v2(m_db);
}

void Database::execScript(std::string_view sql) {
    std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string reason = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw DbError(reason + " (in: " + text.substr(0, 120) + ")", rc);
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(m_db, sql); }

void Database::execCached(const char* sql) {
    auto& stmt = m_cached[sql];
    if (!stmt) stmt = std::make_unique<Statement>(m_db, sql);
    stmt->reset();
    stmt->run();
}

std::string Database::serialize() const {
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(m_db, "main", &size, 0);
    if (!data) throw DbError(std::string("cannot copy the database: ") + sqlite3_errmsg(m_db), sqlite3_errcode(m_db));
    std::string out(reinterpret_cast<const char*>(data), static_cast<size_t>(size));
    sqlite3_free(data);
    return out;
}

std::int64_t Database::lastInsertRowid() const { return sqlite3_last_insert_rowid(m_db); }

std::int64_t Database::totalChanges() const { return sqlite3_total_changes64(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

} // namespace satchel::db
