#include "ui/screen_registry.h"

namespace satchel::ui {

// Every screen, in navigation order: adding one is its own files and one line here. A screen is
// named by its class alone (`class X` declares it; no header needed) and its .cpp instantiates
// makeScreen<X>. The table stays at namespace scope: in an unnamed namespace or a function,
// `class X` would declare a different, local class.
// Icons are Font Awesome 4.7 code points in UTF-8 (the font's whole range is in the atlas).
const ScreenEntry kScreens[] = {
    {"dashboard", "\xef\x83\xa4", "Dashboard", makeScreen<class DashboardScreen>},    // U+F0E4 tachometer
    {"contacts", "\xef\x83\x80", "Contacts", makeScreen<class ContactsScreen>},       // U+F0C0 users
    {"companies", "\xef\x86\xad", "Companies", makeScreen<class CompaniesScreen>},    // U+F1AD building
    {"pipeline", "\xef\x82\xb0", "Pipeline", makeScreen<class PipelineScreen>},       // U+F0B0 funnel
    {"activities", "\xef\x81\xb3", "Activities", makeScreen<class ActivitiesScreen>}, // U+F073 calendar
    {"service", "\xef\x87\x8d", "Service", makeScreen<class ServiceScreen>},          // U+F1CD life ring
    {"marketing", "\xef\x82\xa1", "Marketing", makeScreen<class MarketingScreen>},    // U+F0A1 bullhorn
    {"orders", "\xef\x81\xba", "Products & Orders", makeScreen<class OrdersScreen>},  // U+F07A cart
    {"duplicates", "\xef\x83\x85", "Duplicates", makeScreen<class DuplicatesScreen>}, // U+F0C5 files
    {"settings", "\xef\x80\x93", "Settings", makeScreen<class SettingsScreen>},       // U+F013 cog
    {"about", "\xef\x81\x9a", "About", makeScreen<class AboutScreen>},                // U+F05A info circle
};

std::span<const ScreenEntry> screenRegistry() { return kScreens; }

} // namespace satchel::ui
