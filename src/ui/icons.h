#pragma once
// Font Awesome 4.7 code points (Debian's fonts-font-awesome), merged into the UI font atlas.
namespace satchel::ui::icons {

inline constexpr const char* kSearch = "\xef\x80\x82";     // U+F002
inline constexpr const char* kSettings = "\xef\x80\x93";   // U+F013 cog
inline constexpr const char* kContacts = "\xef\x83\x80";   // U+F0C0 users
inline constexpr const char* kDashboard = "\xef\x83\xa4";  // U+F0E4 tachometer
inline constexpr const char* kSaved = "\xef\x80\x8c";      // U+F00C check
inline constexpr const char* kWarning = "\xef\x81\xb1";    // U+F071
inline constexpr const char* kCompanies = "\xef\x86\xad";  // U+F1AD building
inline constexpr const char* kPipeline = "\xef\x82\xb0";   // U+F0B0 filter (funnel)
inline constexpr const char* kActivities = "\xef\x81\xb3"; // U+F073 calendar
inline constexpr const char* kService = "\xef\x87\x8d";    // U+F1CD life ring
inline constexpr const char* kMarketing = "\xef\x82\xa1";  // U+F0A1 bullhorn
inline constexpr const char* kOrders = "\xef\x81\xba";     // U+F07A shopping cart
inline constexpr const char* kDuplicates = "\xef\x83\x85"; // U+F0C5 files (copy)
inline constexpr const char* kOverdue = "\xef\x80\x97";    // U+F017 clock

} // namespace satchel::ui::icons
