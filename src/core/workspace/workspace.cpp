#include "core/workspace/workspace.h"

#include "core/common/pinyin_order.h"
#include "core/db/migrations.h"
#include "core/db/readonly_query.h"
#include "core/db/transaction.h"
#include "core/schema/schema.h"

namespace satchel {

namespace {
constexpr const char* kPinyinTableKey = "pinyin_table";

// Prepares a new connection before anything touches the schema; returns how many migrations ran.
int openAndMigrate(db::Database& db, const std::string& path, const char* vfs, int newDatabasePageSize) {
    if (newDatabasePageSize) {
        if (newDatabasePageSize < 512 || newDatabasePageSize > 65536 ||
            (newDatabasePageSize & (newDatabasePageSize - 1)))
            throw db::DbError(
                "page size must be a power of two from 512 to 65536, not " + std::to_string(newDatabasePageSize), 1);
        // A validated integer, not text: PRAGMA takes no bound parameters.
        db.execScript("PRAGMA page_size = " + std::to_string(newDatabasePageSize));
    }
    if (vfs) {
        // The page store persists at each commit's sync; the journal only needs to support ROLLBACK.
        // Never journal_mode=OFF or synchronous=OFF here: they skip the sync that marks a commit.
        db.execScript("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = FULL");
    } else if (path != ":memory:" && !path.empty()) {
        db.execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    }
    return db::migrate(db, schema::migrations());
}
} // namespace

Workspace::Workspace(const std::string& path, Clock clock, const char* vfs, int newDatabasePageSize)
    : m_db(path, vfs),
      m_clock(clock),
      m_migrated(openAndMigrate(m_db, path, vfs, newDatabasePageSize)),
      m_audit(m_db, clock),
      m_search(m_db),
      m_contacts(m_db, clock, m_audit, m_search, m_names),
      m_companies(m_db, clock, m_audit, m_search, m_names),
      m_tags(m_db, m_audit),
      m_customFields(m_db),
      m_activities(m_db, clock, m_audit, m_search),
      m_pipeline(m_db, clock),
      m_deals(m_db, clock, m_audit, m_search),
      m_orders(m_db, clock, m_audit, m_search, m_names),
      m_tickets(m_db, clock, m_audit, m_search),
      m_campaigns(m_db, clock, m_audit, m_search, m_contacts),
      m_duplicates(m_db, clock, m_audit, m_search, m_contacts),
      m_dashboard(m_db),
      m_settings(m_db),
      m_team(m_db, clock, m_names),
      m_maintenance(m_db) {
    m_names = nameCollationFor(m_settings.get(settings::kLanguageKey, "en"));
    // The pinyin indexes hold the order of the build that wrote them. A build whose table differs
    // (another ICU) rebuilds them first: an index out of its collation's order skips and repeats
    // rows in pages of names.
    if (m_settings.get(kPinyinTableKey) != pinyin::tableFingerprint()) {
        db::Transaction t(m_db);
        m_db.execScript("REINDEX pinyin");
        m_settings.set(kPinyinTableKey, pinyin::tableFingerprint());
        t.commit();
    }
}

std::string Workspace::queryReadonlyJson(std::string_view sql, std::string_view paramsJson) {
    return db::queryReadonlyJson(m_db, sql, paramsJson);
}

void Workspace::setNameCollation(NameCollation collation) {
    if (collation == m_names) return;
    m_names = collation;
    ++m_orderChanges;
}

void Workspace::setReadOnly(bool readOnly) {
    // The value is one of two constants, never input: PRAGMA takes no bound parameters.
    m_db.execScript(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
    m_readOnly = readOnly;
}

} // namespace satchel
