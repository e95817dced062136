#pragma once
// Which order lists of names (contacts, companies, the team, products) follow: the one the reader's
// language expects. English and every other language: case-insensitive (SQLite's NOCASE), as
// before. Chinese: by pinyin, grouped under the letters A-Z (core/common/pinyin_order.h). Each has
// an index over live contacts and over companies, so a page of 100,000 contacts is a seek, not a sort.
#include <string>
#include <string_view>

namespace satchel {

enum class NameCollation { CaseInsensitive, Pinyin };

// From the language code the UI keeps in the settings ("zh-CN", "zh", "en"): pinyin for Chinese.
NameCollation nameCollationFor(std::string_view languageCode);

// The SQL collation's name, to follow COLLATE in a fixed statement text (never input).
const char* sqlCollation(NameCollation collation);
// "<column> COLLATE <name>": a column written in the caller's SQL text, never input.
std::string collated(std::string_view column, NameCollation collation);

// The names that file under one letter or digit (typed alone in a search box) are the range
// [from, to) of the collation. For pinyin the range holds Han names by their initial: "z" finds 张伟.
struct NameRange {
    std::string from, to;
};
NameRange namesStartingWith(NameCollation collation, char letterOrDigit);

} // namespace satchel
