#include "core/db/transaction.h"

#include "core/db/database.h"

namespace satchel::db {

Transaction::Transaction(Database& db) : m_db(db), m_nested(db.inTransaction()) {
    m_db.execCached(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) return;
    try {
        if (m_nested) {
            m_db.execCached("ROLLBACK TO nested");
            m_db.execCached("RELEASE nested");
        } else {
            m_db.execCached("ROLLBACK");
        }
    } catch (...) {
        // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); nothing is left to undo.
    }
}

void Transaction::commit() {
    m_db.execCached(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

} // namespace satchel::db
