#include "core/db/transaction.h"

#include "core/db/database.h"

namespace satchel::db {

Transaction::Transaction(Database& db) : m_db(db), m_nested(db.inTransaction()) {
    m_db.execScript(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) return;
    try {
        m_db.execScript(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
    } catch (...) {
        // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); nothing is left to undo.
    }
}

void Transaction::commit() {
    m_db.execScript(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

} // namespace satchel::db
