#include "core/common/pinyin_order.h"

#include "core/common/pinyin_table.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace satchel::pinyin {

namespace {

// One number per character whose order is the order described in the header:
//   0x00..0x7F    ASCII that is not a letter, by code point;
//   kLetters + l * kLetterSpan (+ rank)   letter l: Latin at offset 0, Han at 1 + ... by pinyin rank;
//   kOthers + code point                  everything else;
//   kBadBytes + byte                      a byte that does not start well-formed UTF-8.
constexpr std::uint32_t kLetters = 0x80;
constexpr std::uint32_t kLetterSpan = 0x10000; // ranks are 16-bit
constexpr std::uint32_t kOthers = kLetters + 26 * kLetterSpan;
constexpr std::uint32_t kBadBytes = kOthers + 0x110000;

std::uint16_t hanRank(char32_t c) {
    for (std::size_t i = 0; i < pinyin_table::kHanBlockCount; ++i) {
        const auto& block = pinyin_table::kHanBlocks[i];
        if (c >= block.first && c <= block.last) return block.rank[c - block.first];
    }
    return 0;
}

int letterOfRank(std::uint16_t rank) {
    const auto* first = pinyin_table::kLetterFirstRank;
    return static_cast<int>(std::upper_bound(first, first + 26, rank) - first) - 1;
}

int latinLetter(char32_t c) {
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a');
        if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A');
        return -1;
    }
    if (c >= 0xFF21 && c <= 0xFF3A) return static_cast<int>(c - 0xFF21); // full-width Ａ-Ｚ
    if (c >= 0xFF41 && c <= 0xFF5A) return static_cast<int>(c - 0xFF41); // full-width ａ-ｚ
    for (std::size_t i = 0; i < pinyin_table::kLatinBlockCount; ++i) {
        const auto& block = pinyin_table::kLatinBlocks[i];
        if (c >= block.first && c <= block.last) {
            const std::uint8_t l = block.letter[c - block.first];
            return l < 26 ? l : -1;
        }
    }
    return -1;
}

std::uint32_t weight(char32_t c) {
    if (const int l = latinLetter(c); l >= 0) return kLetters + static_cast<std::uint32_t>(l) * kLetterSpan;
    if (c < 0x80) return c;
    if (const std::uint16_t rank = hanRank(c)) {
        return kLetters + static_cast<std::uint32_t>(letterOfRank(rank)) * kLetterSpan + rank;
    }
    return kOthers + c;
}

// Reads one character's weight from `s` at `i` and moves past it.
std::uint32_t next(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return weight(lead);
    }
    const std::size_t length = lead >= 0xF0 && lead <= 0xF4   ? 4
                               : lead >= 0xE0 && lead <= 0xEF ? 3
                               : lead >= 0xC2 && lead < 0xE0  ? 2
                                                              : 0;
    bool ok = length != 0 && length <= s.size() - i;
    char32_t c = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t k = 1; ok && k < length; ++k) {
        ok = (byte(i + k) & 0xC0) == 0x80;
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms and surrogates are malformed too: they sort with the bytes they are.
    const char32_t shortest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (!ok || c > 0x10FFFF || c < shortest || (c >= 0xD800 && c <= 0xDFFF)) {
        ++i;
        return kBadBytes + lead;
    }
    i += length;
    return weight(c);
}

} // namespace

int letterOf(char32_t c) {
    if (const int l = latinLetter(c); l >= 0) return l;
    const std::uint16_t rank = c >= 0x80 ? hanRank(c) : 0;
    return rank ? letterOfRank(rank) : -1;
}

const char* tableFingerprint() { return pinyin_table::kTableFingerprint; }

int compare(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const std::uint32_t x = next(a, i), y = next(b, j);
        if (x != y) return x < y ? -1 : 1;
    }
    if (i < a.size() || j < b.size()) return i < a.size() ? 1 : -1;
    // Alike in every character's place: the bytes decide, so only equal names compare equal.
    if (const std::size_t common = std::min(a.size(), b.size()); common > 0)
        if (const int bytes = std::memcmp(a.data(), b.data(), common); bytes != 0) return bytes;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace satchel::pinyin
