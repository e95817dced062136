#pragma once
// Small UTF-8-safe text helpers shared by validation and import.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::text {

// Trims ASCII whitespace at both ends (multi-byte UTF-8 sequences are never split).
std::string trim(std::string_view s);
// "a, b ,,c" -> {"a", "b", "c"}: comma-separated items, trimmed, blanks dropped. `separators`:
// any of these characters ends an item.
std::vector<std::string> splitList(std::string_view s, std::string_view separators = ",");
// Items joined by `separator`: the reverse of splitList.
std::string joinList(const std::vector<std::string>& items, std::string_view separator = ", ");
// A..Z as a..z; every other byte (UTF-8 included) as it is.
std::string lowerAscii(std::string_view s);
// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool isValidUtf8(std::string_view s);
// Number of code points in well-formed UTF-8.
std::size_t codePointCount(std::string_view s);

} // namespace satchel::text
