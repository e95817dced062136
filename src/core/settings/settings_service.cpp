#include "core/settings/settings_service.h"

#include "core/db/database.h"

namespace satchel::settings {

SettingsService::SettingsService(db::Database& db) : m_db(db) {}

std::string SettingsService::get(const std::string& key, const std::string& fallback) const {
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    stmt.bind(1, key);
    return stmt.step() ? stmt.columnText(0) : fallback;
}

void SettingsService::set(const std::string& key, const std::string& value) {
    m_db.prepare(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bindAll(key, value)
        .run();
}

} // namespace satchel::settings
