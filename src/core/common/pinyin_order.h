#pragma once
// The order of names a Chinese reader expects, as a phone's contact list files them: under the
// letters A to Z, a Han character under the initial of its pinyin, a Latin letter under itself
// (case, accents and full width aside). Within a letter, Latin before Han ("Anna" before "安娜");
// Han characters in ICU's zh@collation=pinyin order (the table is generated from it at build time,
// src/core/common/pinyin_table.h). Digits, spaces and ASCII punctuation come before the letters in
// ASCII order (as in SQLite's NOCASE, so "Anna Lee" precedes "Annabel"); every other character
// (other scripts, emoji, Han with no reading) after Z, by code point. Names that tie on all of that
// ("anna", "Anna") are ordered by their bytes, so the order is total and the same in every build.
// Malformed UTF-8 is compared byte by byte after everything else; nothing is read past the end.
#include <string_view>

namespace satchel::pinyin {

// The name SQLite knows this order by (core/db/pinyin_collation.h registers it).
inline constexpr const char* kCollationName = "pinyin";

// The letter `c` files under (0 = A .. 25 = Z), or -1 when it files under none.
int letterOf(char32_t c);
// Negative, zero or positive as `a` sorts before, with or after `b`.
int compare(std::string_view a, std::string_view b);
// Names this order exactly (ICU version and table): an index built in another order is rebuilt.
const char* tableFingerprint();

} // namespace satchel::pinyin
