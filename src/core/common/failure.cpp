#include "core/common/failure.h"

#include "core/db/db_error.h"

#include <sqlite3.h>

namespace satchel {

const char* readOnlyReason() {
    return "this tab is read-only because Satchel is open in another tab; use Take over to edit here";
}

std::string describeFailure(const std::exception& e) {
    if (const auto* db = dynamic_cast<const db::DbError*>(&e)) {
        switch (db->code() & 0xff) {
        case SQLITE_READONLY: return readOnlyReason();
        case SQLITE_FULL: return "the database is full: it has reached the most this browser tab can hold";
        default: break;
        }
    }
    return e.what();
}

} // namespace satchel
