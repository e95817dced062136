#include "core/db/migrations.h"

#include "core/db/database.h"
#include "core/db/transaction.h"

#include <sqlite3.h>

#include <optional>
#include <string>

namespace satchel::db {

namespace {

bool foreignKeysOn(Database& db) {
    auto stmt = db.prepare("PRAGMA foreign_keys");
    return stmt.step() && stmt.columnInt64(0) != 0;
}

// Foreign keys off for one migration, and back as they were afterwards, whether it commits or fails.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db) : m_db(db), m_wasOn(foreignKeysOn(db)) {
        m_db.execScript("PRAGMA foreign_keys = OFF");
        // Inside a transaction the PRAGMA is silently ignored, and the rebuild's DROP TABLE would
        // then delete or null every row that points at the dropped table.
        if (foreignKeysOn(m_db))
            throw DbError("foreign keys cannot be switched off inside a transaction", SQLITE_MISUSE);
    }
    ~ForeignKeysOff() {
        if (!m_wasOn) return;
        try {
            m_db.execScript("PRAGMA foreign_keys = ON");
        } catch (...) {
            // Outside a transaction this PRAGMA cannot fail; a destructor must not throw regardless.
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
    bool m_wasOn;
};

// SQLite checks nothing when foreign keys come back on, so a rebuild that lost a parent row would
// otherwise leave dangling references behind, found only by `satchel check`.
void requireForeignKeysHold(Database& db) {
    auto check = db.prepare("PRAGMA foreign_key_check");
    if (!check.step()) return;
    const std::string row = check.columnIsNull(1) ? "" : " (rowid " + std::to_string(check.columnInt64(1)) + ")";
    throw DbError("a row of " + check.columnText(0) + row + " points at a missing row of " + check.columnText(2),
                  SQLITE_CONSTRAINT_FOREIGNKEY);
}

void runStep(Database& db, const Migration& m) {
    // Declared before the transaction so foreign keys come back on only after it has ended.
    std::optional<ForeignKeysOff> keysOff;
    if (m.foreignKeysOff) keysOff.emplace(db);
    Transaction tx(db);
    db.execScript(m.sql);
    if (m.apply) m.apply(db);
    if (m.foreignKeysOff) requireForeignKeysHold(db);
    // PRAGMA takes no bound parameters; the number comes from this list, never from input.
    db.execScript("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
}

} // namespace

int schemaVersion(Database& db) {
    auto stmt = db.prepare("PRAGMA user_version");
    stmt.step();
    return static_cast<int>(stmt.columnInt64(0));
}

int migrate(Database& db, std::span<const Migration> migrations) {
    for (size_t i = 0; i < migrations.size(); ++i)
        if (migrations[i].version != static_cast<int>(i) + 1)
            throw DbError("migration list is out of order at '" + std::string(migrations[i].name) + "'", SQLITE_MISUSE);

    const int current = schemaVersion(db);
    const int latest = static_cast<int>(migrations.size());
    if (current > latest)
        throw DbError("this database has schema version " + std::to_string(current) +
                          ", newer than this Satchel understands (" + std::to_string(latest) + ")",
                      SQLITE_MISMATCH);

    int applied = 0;
    for (const Migration& m : migrations) {
        if (m.version <= current) continue;
        try {
            runStep(db, m);
        } catch (const DbError& e) {
            throw DbError("migration " + std::to_string(m.version) + " '" + std::string(m.name) +
                              "' failed: " + e.what(),
                          e.code());
        }
        ++applied;
    }
    return applied;
}

} // namespace satchel::db
