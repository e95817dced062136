#pragma once
// What a whole database holds and whether it is sound: the figures behind `satchel stats` and the
// checks behind `satchel check` (and, later, Settings and a sync server's health). The CLI and
// the UI never run SQL themselves.
#include <cstdint>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::maintenance {

struct RecordCounts {
    std::int64_t deals = 0; // live (not in the trash)
    std::int64_t orders = 0, tickets = 0, activities = 0;
    std::int64_t databaseBytes = 0; // page count x page size
};

class MaintenanceService {
public:
    explicit MaintenanceService(db::Database& db);

    RecordCounts counts() const;
    // Everything SQLite's integrity and foreign key checks find, in plain words; empty when sound.
    std::vector<std::string> problems() const;

private:
    db::Database& m_db;
};

} // namespace satchel::maintenance
