#include "core/search/search_text.h"

#include <algorithm>
#include <vector>

namespace satchel::search {

namespace {

// Decodes one UTF-8 code point at `i` (advancing it); invalid bytes decode as themselves.
char32_t next(std::string_view s, size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra && i + static_cast<size_t>(extra) >= s.size()) extra = 0; // truncated: take the byte alone
    char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= extra; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    i += static_cast<size_t>(extra) + 1;
    return cp;
}

bool isCjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || // Hiragana, Katakana
           (cp >= 0x3400 && cp <= 0x4DBF) || // CJK Extension A
           (cp >= 0x4E00 && cp <= 0x9FFF) || // CJK Unified Ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) || // Hangul syllables
           (cp >= 0xF900 && cp <= 0xFAFF) || // CJK Compatibility Ideographs
           (cp >= 0x20000 && cp <= 0x2FA1F); // Extensions B..
}

// Separators for the search box: what unicode61 would also split on (roughly).
bool isSeparator(char32_t cp) {
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
           cp == 0x00A0;
}

} // namespace

std::string indexText(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        const char32_t cp = next(text, i);
        if (isCjk(cp)) {
            out += ' ';
            out.append(text.substr(start, i - start));
            out += ' ';
        } else {
            out.append(text.substr(start, i - start));
        }
    }
    return out;
}

namespace {
constexpr size_t kMinPhoneDigits = 3;

bool isPhonePunctuation(char c) {
    return c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/' || c == '+';
}

std::string digitsOf(std::string_view text) {
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9') digits += c;
    return digits;
}
} // namespace

std::string phoneIndexText(std::string_view phone) {
    const std::string digits = digitsOf(phone);
    std::string out;
    for (size_t start = 0; start + kMinPhoneDigits <= digits.size(); ++start) {
        if (!out.empty()) out += ' ';
        out.append(digits, start);
    }
    return out;
}

namespace {

// Words of what was typed; a CJK run inside a word becomes its own phrase of single characters.
std::vector<std::string> phrasesOf(std::string_view typed) {
    std::vector<std::string> phrases;
    std::string word;
    bool wordIsCjk = false;
    auto flush = [&] {
        if (!word.empty()) phrases.push_back(word);
        word.clear();
    };
    size_t i = 0;
    while (i < typed.size()) {
        const size_t start = i;
        const char32_t cp = next(typed, i);
        const std::string_view bytes = typed.substr(start, i - start);
        if (isSeparator(cp)) {
            flush();
            continue;
        }
        const bool cjk = isCjk(cp);
        if (!word.empty() && cjk != wordIsCjk) flush();
        wordIsCjk = cjk;
        if (cjk && !word.empty()) word += ' ';
        word.append(bytes);
    }
    flush();
    return phrases;
}

// Every phrase must match: as a prefix ("ann"*) or as the whole word ("ann").
std::string allOf(const std::vector<std::string>& phrases, bool prefix) {
    std::string expr;
    for (const std::string& p : phrases) {
        if (!expr.empty()) expr += " AND ";
        expr += '"';
        for (char c : p) expr += c == '"' ? std::string("\"\"") : std::string(1, c);
        expr += prefix ? "\"*" : "\"";
    }
    return expr;
}

} // namespace

std::string matchExpression(std::string_view typed) {
    const auto phrases = phrasesOf(typed);
    std::string expr = allOf(phrases, true);
    // A number typed in groups ("138 0013"): the groups may be split differently in the stored
    // phone, so it also matches as one run of digits against phoneIndexText's entries.
    const bool phoneLike = phrases.size() > 1 && std::all_of(typed.begin(), typed.end(), [](char c) {
                               return (c >= '0' && c <= '9') || isPhonePunctuation(c);
                           });
    if (const std::string digits = digitsOf(typed); phoneLike && digits.size() >= kMinPhoneDigits)
        expr = "(" + expr + ") OR \"" + digits + "\"*";
    return expr;
}

std::string rankingExpression(std::string_view typed) {
    const std::string match = matchExpression(typed);
    if (match.empty()) return match;
    return "(" + match + ") OR (" + allOf(phrasesOf(typed), false) + ")";
}

} // namespace satchel::search
