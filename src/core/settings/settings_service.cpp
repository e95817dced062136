#include "core/settings/settings_service.h"

#include "core/common/money.h"
#include "core/common/text.h"
#include "core/common/validation_error.h"

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

namespace {
constexpr const char* kCurrencyKey = "currency";
}

std::string SettingsService::defaultCurrency() const { return get(kCurrencyKey, "USD"); }

void SettingsService::setDefaultCurrency(const std::string& code) {
    const std::string c = text::trim(code);
    if (!isValidCurrency(c)) throw ValidationError("currency", Problem::Currency);
    set(kCurrencyKey, c);
}

} // namespace satchel::settings
