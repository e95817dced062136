#pragma once
// User preferences kept in the database (so they travel with a backup): language, theme, currency.
#include <string>

namespace satchel::db {
class Database;
}

namespace satchel::settings {

class SettingsService {
public:
    explicit SettingsService(db::Database& db);
    std::string get(const std::string& key, const std::string& fallback = "") const;
    void set(const std::string& key, const std::string& value);

private:
    db::Database& m_db;
};

} // namespace satchel::settings
