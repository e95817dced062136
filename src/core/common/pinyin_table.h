#pragma once
// The data the pinyin order reads, generated at build time from ICU's zh@collation=pinyin by
// assets/collation/make_pinyin_rank.py (the .cpp is in the build folder, never committed).
#include <cstddef>
#include <cstdint>

namespace satchel::pinyin_table {

// Han code points [first, last], each with its rank in ICU's pinyin order (1 = 阿), or 0 for a
// character that has no reading there. Characters ICU orders alike (a compatibility ideograph and
// the one it stands for) share a rank.
struct HanBlock {
    char32_t first, last;
    const std::uint16_t* rank;
};
// Latin letters with diacritics [first, last]: the letter each files under (0 = A .. 25 = Z), or
// 0xFF for a character that is not a letter.
struct LatinBlock {
    char32_t first, last;
    const std::uint8_t* letter;
};

extern const char kIcuVersion[];
// The ICU version and a hash of the whole table: the order pinyin indexes stored in a database
// were built in (Workspace rebuilds them when it changes).
extern const char kTableFingerprint[];
// The ranks a letter holds are [kLetterFirstRank[l], kLetterFirstRank[l + 1]) (Z: up to
// kRankCount); a letter with no character (I, U, V) holds an empty range.
extern const std::uint16_t kLetterFirstRank[26];
extern const std::uint16_t kRankCount;
extern const HanBlock kHanBlocks[];
extern const std::size_t kHanBlockCount;
extern const LatinBlock kLatinBlocks[];
extern const std::size_t kLatinBlockCount;

} // namespace satchel::pinyin_table
