#pragma once
// User preferences kept in the database (so they travel with a backup): language, theme, currency.
#include <string>

namespace satchel::db {
class Database;
}

namespace satchel::settings {

// The reader's language, as the UI writes it ("en", "zh-CN"); the core sorts names by it
// (core/common/name_collation.h).
inline constexpr const char* kLanguageKey = "language";

class SettingsService {
public:
    explicit SettingsService(db::Database& db);
    std::string get(const std::string& key, const std::string& fallback = "") const;
    void set(const std::string& key, const std::string& value);
    // The currency new deals, orders and campaigns start in, and the one totals lead with.
    std::string defaultCurrency() const;
    void setDefaultCurrency(const std::string& code); // ValidationError("currency") unless like USD

private:
    db::Database& m_db;
};

} // namespace satchel::settings
