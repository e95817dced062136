#include "core/workspace/workspace.h"

#include "core/db/migrations.h"
#include "core/schema/schema.h"

namespace satchel {

Workspace::Workspace(const std::string& path, Clock clock, const char* vfs)
    : m_db(path, vfs), m_contacts(m_db, std::move(clock)) {
    db::migrate(m_db, schema::migrations());
}

} // namespace satchel
