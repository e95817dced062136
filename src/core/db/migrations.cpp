#include "core/db/migrations.h"

#include "core/db/database.h"
#include "core/db/transaction.h"

#include <sqlite3.h>

#include <string>

namespace satchel::db {

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
        Transaction tx(db);
        try {
            db.execScript(m.sql);
        } catch (const DbError& e) {
            throw DbError("migration " + std::to_string(m.version) + " '" + std::string(m.name) +
                              "' failed: " + e.what(),
                          e.code());
        }
        // PRAGMA takes no bound parameters; the number comes from this list, never from input.
        db.execScript("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace satchel::db
