#pragma once
// Font Awesome 4.7 code points (Debian's fonts-font-awesome), merged into the UI font atlas.
// Each screen's navigation icon is in its registry line (screen_registry.cpp).
namespace satchel::ui::icons {

inline constexpr const char* kSearch = "\xef\x80\x82";  // U+F002
inline constexpr const char* kSaved = "\xef\x80\x8c";   // U+F00C check
inline constexpr const char* kWarning = "\xef\x81\xb1"; // U+F071
inline constexpr const char* kOverdue = "\xef\x80\x97"; // U+F017 clock

} // namespace satchel::ui::icons
