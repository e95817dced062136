#pragma once
// Font Awesome 4.7 code points (Debian's fonts-font-awesome), merged into the UI font atlas.
namespace satchel::ui::icons {

inline constexpr const char* kSearch = "\xef\x80\x82";     // U+F002
inline constexpr const char* kSettings = "\xef\x80\x93";   // U+F013 cog
inline constexpr const char* kContacts = "\xef\x83\x80";   // U+F0C0 users
inline constexpr const char* kDashboard = "\xef\x83\xa4";  // U+F0E4 tachometer
inline constexpr const char* kSaved = "\xef\x80\x8c";      // U+F00C check
inline constexpr const char* kWarning = "\xef\x81\xb1";    // U+F071

} // namespace satchel::ui::icons
