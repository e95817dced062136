#pragma once
// One open Satchel database and the services over it. The app, the CLI and the tests each hold
// one; the UI reaches domain data only through the services here.
#include "core/common/clock.h"
#include "core/contacts/contact_service.h"
#include "core/db/database.h"

#include <string>

namespace satchel {

class Workspace {
public:
    // Opens `path` (":memory:" for a scratch database) and brings its schema up to date.
    // A file on disk uses WAL; a database on a page-store VFS (`vfs`) keeps its journal in memory.
    // `newDatabasePageSize` (512..65536, a power of two; 0 = SQLite's default 4096) applies only when
    // the database is created; an existing database keeps its page size.
    explicit Workspace(const std::string& path, Clock clock = systemNowMs, const char* vfs = nullptr,
                       int newDatabasePageSize = 0);

    db::Database& database() { return m_db; }

    // Read-only: every write is refused by SQLite itself (PRAGMA query_only), e.g. while another
    // browser tab owns the database.
    void setReadOnly(bool readOnly);
    bool readOnly() const { return m_readOnly; }
    // The whole database as a SQLite file, for "Download backup".
    std::string backup() const { return m_db.serialize(); }
    contacts::ContactService& contacts() { return m_contacts; }

private:
    db::Database m_db;
    bool m_readOnly = false;
    contacts::ContactService m_contacts;
};

} // namespace satchel
