#include "core/workspace/workspace.h"

#include "core/db/migrations.h"
#include "core/schema/schema.h"

namespace satchel {

Workspace::Workspace(const std::string& path, Clock clock, const char* vfs, int newDatabasePageSize)
    : m_db(path, vfs), m_contacts(m_db, std::move(clock)) {
    if (newDatabasePageSize) {
        if (newDatabasePageSize < 512 || newDatabasePageSize > 65536 || (newDatabasePageSize & (newDatabasePageSize - 1)))
            throw db::DbError("page size must be a power of two from 512 to 65536, not " +
                                  std::to_string(newDatabasePageSize), 1);
        // A validated integer, not text: PRAGMA takes no bound parameters.
        m_db.execScript("PRAGMA page_size = " + std::to_string(newDatabasePageSize));
    }
    if (vfs) {
        // The page store persists at each commit's sync; the journal only needs to support ROLLBACK.
        // Never journal_mode=OFF or synchronous=OFF here: they skip the sync that marks a commit.
        m_db.execScript("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = FULL");
    } else if (path != ":memory:" && !path.empty()) {
        m_db.execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    }
    db::migrate(m_db, schema::migrations());
}

void Workspace::setReadOnly(bool readOnly) {
    // The value is one of two constants, never input: PRAGMA takes no bound parameters.
    m_db.execScript(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
    m_readOnly = readOnly;
}

} // namespace satchel
