#pragma once
// RAII access to one SQLite connection. Non-copyable; destructors never throw.
// Contract: every statement is prepared and values are bound, never spliced into SQL text.
#include "core/db/change_feed.h"
#include "core/db/db_error.h"
#include "core/db/statement.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace satchel::db {

class Database {
public:
    // Opens (creating if needed) the database at `path`; ":memory:" gives a private in-memory one.
    // `vfs` selects a SQLite VFS by name (nullptr: the default one).
    explicit Database(const std::string& path, const char* vfs = nullptr);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs SQL text that takes no parameters (schema scripts, PRAGMAs). Never pass user text here.
    void execScript(std::string_view sql);
    // One statement with no parameters, compiled once per connection (transaction control, which
    // runs several times per imported row).
    void execCached(const char* sql);
    Statement prepare(std::string_view sql);

    // The whole database as one standalone SQLite file (a consistent snapshot; call between transactions).
    std::string serialize() const;

    std::int64_t lastInsertRowid() const;
    // Rows inserted, updated or deleted through this connection since it opened: a cheap way to
    // tell whether cached query results may be stale.
    std::int64_t totalChanges() const;
    int changes() const;
    bool inTransaction() const;
    sqlite3* handle() const noexcept { return m_db; }
    // Every row written on this connection. The Database owns the connection's one update hook;
    // nothing else may call sqlite3_update_hook on it.
    ChangeFeed& changeFeed() noexcept { return m_feed; }

private:
    std::unordered_map<std::string_view, std::unique_ptr<Statement>> m_cached; // by the literal's text
    sqlite3* m_db = nullptr;
    ChangeFeed m_feed;
};

} // namespace satchel::db
