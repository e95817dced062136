// The pinyin order by itself (core/common/pinyin_order.h): the letter each character files under,
// the order of names, and its behaviour on text no name should hold.
#include "core/common/name_collation.h"
#include "core/common/pinyin_order.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace satchel;

namespace {
std::vector<std::string> sortedByPinyin(std::vector<std::string> names) {
    std::stable_sort(names.begin(), names.end(),
                     [](const std::string& a, const std::string& b) { return pinyin::compare(a, b) < 0; });
    return names;
}
int letter(char c) { return c - 'A'; }
} // namespace

TEST_CASE("a Han character files under the initial of its pinyin, a Latin letter under itself") {
    CHECK(pinyin::letterOf(U'安') == letter('A'));
    CHECK(pinyin::letterOf(U'白') == letter('B'));
    CHECK(pinyin::letterOf(U'李') == letter('L'));
    CHECK(pinyin::letterOf(U'王') == letter('W'));
    CHECK(pinyin::letterOf(U'张') == letter('Z'));
    CHECK(pinyin::letterOf(U'赵') == letter('Z'));
    CHECK(pinyin::letterOf(U'陈') == letter('C'));
    CHECK(pinyin::letterOf(U'欧') == letter('O'));
    CHECK(pinyin::letterOf(U'兀') == letter('W'));
    // The compatibility ideograph U+F902 stands for 車 (chē).
    CHECK(pinyin::letterOf(U'\uF902') == letter('C'));
    CHECK(pinyin::letterOf(U'a') == letter('A'));
    CHECK(pinyin::letterOf(U'Z') == letter('Z'));
    CHECK(pinyin::letterOf(U'Ö') == letter('O'));
    CHECK(pinyin::letterOf(U'ệ') == letter('E'));
    CHECK(pinyin::letterOf(U'Ｂ') == letter('B')); // full width, as a Chinese IME may type it
    for (const char32_t none : {U'1', U' ', U'-', U'Я', U'Ω', U'😀', U'\U00020000', U'\u3400', U'×'}) {
        CAPTURE(static_cast<std::uint32_t>(none));
        CHECK(pinyin::letterOf(none) == -1);
    }
}

TEST_CASE("names sort as a Chinese phone lists contacts: by letter, Latin before Han, then what has no letter") {
    // "Ångela" before "Anna": accents aside, g comes before n.
    const std::vector<std::string> expected{"1 Stop Shop", "Ångela", "Anna", "anna", "安娜", "bob", "白雪", "Chloé",
                                            "陈晨",        "李娜",   "王芳", "Zoë",  "张伟", "赵",  "Юрий", "😀 Smile"};
    std::vector<std::string> shuffled(expected.rbegin(), expected.rend());
    std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());
    CHECK(sortedByPinyin(shuffled) == expected);
}

TEST_CASE("Han names of one letter follow ICU's pinyin order, character after character") {
    // zhang < zhao < zheng < zhou < zhu; for one syllable, the first character decides before the second.
    CHECK(sortedByPinyin({"朱", "周杰", "郑", "赵", "张三", "张", "张一"}) ==
          std::vector<std::string>{"张", "张三", "张一", "赵", "郑", "周杰", "朱"});
    // ā á ǎ à: tones in order within a syllable.
    CHECK(pinyin::compare("妈", "麻") < 0);
    CHECK(pinyin::compare("麻", "马") < 0);
    CHECK(pinyin::compare("马", "骂") < 0);
}

TEST_CASE("spaces, digits and punctuation sort before letters, as in the case-insensitive order") {
    CHECK(pinyin::compare("Anna Lee", "Annabel") < 0);
    CHECK(pinyin::compare("O'Brien", "Oates") < 0);
    CHECK(pinyin::compare("007", "Bond") < 0);
    CHECK(pinyin::compare("", "a") < 0);
    CHECK(pinyin::compare("a", "") > 0);
    CHECK(pinyin::compare("", "") == 0);
}

TEST_CASE("the order is total: only equal names compare equal, and the order never contradicts itself") {
    std::vector<std::string> names{"anna", "Anna", "ANNA", "Ánna", "Ａnna", "安娜", "安",    "a",    "A",
                                   "",     "张伟", "张",   "Z",    "z",     "😀",    "😀😀",    "\xff", "1",
                                   "!",    "𠀀",   "㐀",   "鿿",  "豈",    "車",   "\uF902"};
    for (const auto& a : names)
        for (const auto& b : names) {
            CAPTURE(a);
            CAPTURE(b);
            const int ab = pinyin::compare(a, b), ba = pinyin::compare(b, a);
            CHECK((ab < 0) == (ba > 0));
            CHECK((ab == 0) == (a == b));
            for (const auto& c : names)
                if (ab < 0 && pinyin::compare(b, c) < 0) CHECK(pinyin::compare(a, c) < 0);
        }
}

TEST_CASE("broken UTF-8, emoji and rare characters are ordered without reading past the text") {
    // A lead byte cut off at the end, a stray continuation byte, an invalid byte, a 4-byte emoji:
    // each compares, none reads beyond its length (the views below are cut out of longer strings).
    const std::string backing = "开\x80\xFF😀zz";
    const std::string_view cut(backing.data(), 2); // 开 cut short: two of its three bytes
    CHECK(pinyin::compare(std::string_view(backing.data(), 3), cut) < 0);
    CHECK(pinyin::compare(cut, "开") > 0);
    CHECK(pinyin::compare(std::string_view(backing.data(), 4), "开") > 0);
    CHECK(pinyin::compare("\x80", "\xFF") < 0);
    CHECK(pinyin::compare("Zoe", "\xFF") < 0);
    // Emoji and Han with no reading come after every letter, by code point.
    CHECK(pinyin::compare("Zzz", "😀") < 0);
    CHECK(pinyin::compare("㐀", "😀") < 0);
    CHECK(pinyin::compare("😀", "\U00020000") < 0);
    CHECK(pinyin::compare("赵", "𠀀") < 0);
    // Malformed sequences that decode to real characters if read carelessly (U+5000 from a lead byte
    // past F4, U+0000 overlong, a surrogate) sort as the broken bytes they are: after every name.
    for (const char* broken : {"\xF5\x80\x80", "\xE0\x80\x80", "\xED\xA0\x80"}) {
        CHECK(pinyin::compare("张", broken) < 0);
        CHECK(pinyin::compare("a", broken) < 0);
    }
}

TEST_CASE("the language decides the order of names; a letter typed alone covers what files under it") {
    CHECK(nameCollationFor("zh-CN") == NameCollation::Pinyin);
    CHECK(nameCollationFor("zh") == NameCollation::Pinyin);
    CHECK(nameCollationFor("zh_TW") == NameCollation::Pinyin);
    CHECK(nameCollationFor("en") == NameCollation::CaseInsensitive);
    CHECK(nameCollationFor("") == NameCollation::CaseInsensitive);
    CHECK(nameCollationFor("zu") == NameCollation::CaseInsensitive);
    CHECK(std::string(sqlCollation(NameCollation::Pinyin)) == pinyin::kCollationName);
    CHECK(std::string(sqlCollation(NameCollation::CaseInsensitive)) == "NOCASE");

    const auto inside = [](const NameRange& r, const std::string& name) {
        return pinyin::compare(r.from, name) <= 0 && pinyin::compare(name, r.to) < 0;
    };
    const NameRange z = namesStartingWith(NameCollation::Pinyin, 'z');
    for (const char* name : {"Z", "z", "Zoë", "张伟", "赵", "Ｚ"}) {
        CAPTURE(name);
        CHECK(inside(z, name));
    }
    for (const char* name : {"Yang", "杨", "😀", "Юрий", "㐀", "1"}) {
        CAPTURE(name);
        CHECK_FALSE(inside(z, name));
    }
    const NameRange a = namesStartingWith(NameCollation::Pinyin, 'A');
    for (const char* name : {"A", "a", "Anna", "Ångela", "安娜"}) {
        CAPTURE(name);
        CHECK(inside(a, name));
    }
    CHECK_FALSE(inside(a, "bob"));
    CHECK_FALSE(inside(a, "白雪"));
    const NameRange seven = namesStartingWith(NameCollation::Pinyin, '7');
    CHECK(inside(seven, "7-Eleven"));
    CHECK_FALSE(inside(seven, "8"));
}
