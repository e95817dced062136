#include "core/io/text_decoding.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

using namespace satchel::io;
using namespace std::string_view_literals;

// Expected bytes below were computed with /usr/bin/python3's codecs, e.g.
// "王小明".encode("gb18030"), "繁體中文".encode("big5"), "日本語".encode("shift_jis").

namespace {

// The decoded text, or the error as the user would read it, so a failed CHECK shows what happened.
std::string decoded(std::string_view bytes, Encoding encoding) {
    auto result = decodeToUtf8(bytes, encoding);
    if (const auto* error = std::get_if<DecodeError>(&result)) return "error: " + describe(*error);
    return std::get<std::string>(result);
}

std::string encoded(std::string_view utf8, Encoding encoding) {
    auto result = encodeFromUtf8(utf8, encoding);
    if (const auto* error = std::get_if<DecodeError>(&result)) return "error: " + describe(*error);
    return std::get<std::string>(result);
}

std::optional<DecodeError> decodeError(std::string_view bytes, Encoding encoding) {
    auto result = decodeToUtf8(bytes, encoding);
    if (const auto* error = std::get_if<DecodeError>(&result)) return *error;
    return std::nullopt;
}

std::optional<DecodeError> encodeError(std::string_view utf8, Encoding encoding) {
    auto result = encodeFromUtf8(utf8, encoding);
    if (const auto* error = std::get_if<DecodeError>(&result)) return *error;
    return std::nullopt;
}

// A BMP code point as UTF-8 (two or three bytes: the callers start at U+0080).
std::string utf8Of(char32_t c) {
    std::string s;
    if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
    } else {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    s += static_cast<char>(0x80 | (c & 0x3F));
    return s;
}

// "姓名,邮箱 / 张三,zhangsan@example.com / 李四,lisi@example.cn" as Chinese Excel saves a CSV (GBK).
constexpr auto kGbkCsv = "\xd0\xd5\xc3\xfb,\xd3\xca\xcf\xe4\r\n"
                         "\xd5\xc5\xc8\xfd,zhangsan@example.com\r\n"
                         "\xc0\xee\xcb\xc4,lisi@example.cn\r\n"sv;
constexpr auto kUtf8Csv = "姓名,邮箱\r\n张三,zhangsan@example.com\r\n李四,lisi@example.cn\r\n"sv;

} // namespace

TEST_CASE("text encoding names: the names Excel, Windows and browsers use are recognised") {
    CHECK(encodingName(Encoding::Utf8) == "UTF-8");
    CHECK(encodingName(Encoding::Utf16Le) == "UTF-16LE");
    CHECK(encodingName(Encoding::Utf16Be) == "UTF-16BE");
    CHECK(encodingName(Encoding::Gb18030) == "GB18030");
    CHECK(encodingName(Encoding::Big5) == "Big5");
    CHECK(encodingName(Encoding::ShiftJis) == "Shift_JIS");
    for (Encoding encoding :
         {Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Gb18030, Encoding::Big5, Encoding::ShiftJis})
        CHECK(encodingFromName(encodingName(encoding)) == encoding);
    CHECK(encodingFromName("utf8") == Encoding::Utf8);
    CHECK(encodingFromName("utf-16le") == Encoding::Utf16Le);
    for (auto name : {"gbk", "GB2312", "cp936", "Windows-936", "gb18030"})
        CHECK(encodingFromName(name) == Encoding::Gb18030);
    for (auto name : {"sjis", "CP932", "shift-jis", "Windows-31J"}) CHECK(encodingFromName(name) == Encoding::ShiftJis);
    for (auto name : {"BIG5", "big-5", "cp950"}) CHECK(encodingFromName(name) == Encoding::Big5);
    // Plain UTF-16 does not say which byte order; latin1 is not an encoding these files come in.
    CHECK_FALSE(encodingFromName("utf-16"));
    CHECK_FALSE(encodingFromName("latin1"));
    CHECK_FALSE(encodingFromName(""));
}

TEST_CASE("text encoding detection: UTF-8 without a BOM is detected as UTF-8 and kept as it is") {
    const auto text = "姓名,邮箱\r\n张三,zhangsan@example.com 😀 Zoë\r\n"sv;
    const Detected detected = detectEncoding(text);
    CHECK(detected.encoding == Encoding::Utf8);
    CHECK_FALSE(detected.bom);
    CHECK(decoded(text, Encoding::Utf8) == text);
    CHECK(detectEncoding("name,email\nAnn,ann@example.com\n").encoding == Encoding::Utf8);
}

TEST_CASE("text encoding detection: a UTF-8 BOM (Excel's \"CSV UTF-8\") is detected and dropped") {
    const auto bytes = "\xef\xbb\xbf姓名,邮箱\r\n"sv;
    const Detected detected = detectEncoding(bytes);
    CHECK(detected.encoding == Encoding::Utf8);
    CHECK(detected.bom);
    CHECK(decoded(bytes, Encoding::Utf8) == "姓名,邮箱\r\n");
}

TEST_CASE("text encoding detection: UTF-16 files with a BOM (Excel's \"Unicode text\") decode, LE and BE") {
    // "\uFEFF姓名,邮箱\r\n张三,😀\r\n"
    const auto little = "\xff\xfe\xd3\x59\x0d\x54\x2c\x00\xae\x90\xb1\x7b\x0d\x00\x0a\x00"
                        "\x20\x5f\x09\x4e\x2c\x00\x3d\xd8\x00\xde\x0d\x00\x0a\x00"sv;
    const auto big = "\xfe\xff\x59\xd3\x54\x0d\x00\x2c\x90\xae\x7b\xb1\x00\x0d\x00\x0a"
                     "\x5f\x20\x4e\x09\x00\x2c\xd8\x3d\xde\x00\x00\x0d\x00\x0a"sv;
    const Detected le = detectEncoding(little);
    CHECK(le.encoding == Encoding::Utf16Le);
    CHECK(le.bom);
    const Detected be = detectEncoding(big);
    CHECK(be.encoding == Encoding::Utf16Be);
    CHECK(be.bom);
    CHECK(decoded(little, Encoding::Utf16Le) == "姓名,邮箱\r\n张三,😀\r\n");
    CHECK(decoded(big, Encoding::Utf16Be) == "姓名,邮箱\r\n张三,😀\r\n");
    // Exports are written without the BOM.
    CHECK(encoded("姓名,邮箱\r\n张三,😀\r\n", Encoding::Utf16Le) == little.substr(2));
    CHECK(encoded("姓名,邮箱\r\n张三,😀\r\n", Encoding::Utf16Be) == big.substr(2));
}

TEST_CASE("text encoding detection: a CSV saved by Chinese Excel (GBK) is detected as GB18030 and decoded") {
    const Detected detected = detectEncoding(kGbkCsv);
    CHECK(detected.encoding == Encoding::Gb18030);
    CHECK_FALSE(detected.bom);
    CHECK(decoded(kGbkCsv, Encoding::Gb18030) == kUtf8Csv);
    CHECK(encoded(kUtf8Csv, Encoding::Gb18030) == kGbkCsv);
}

TEST_CASE("GB18030 encoding round-trips Chinese, accented names and emoji byte for byte") {
    const auto utf8 = "王小明 Zoë François é ñ 😀 €"sv;
    // ë, ç and ñ have four-byte codes, é a two-byte one (it is in GB2312's pinyin row), 😀 is beyond the BMP.
    const auto gb18030 = "\xcd\xf5\xd0\xa1\xc3\xf7 Zo\x81\x30\x8a\x35 Fran\x81\x30\x8a\x34ois \xa8\xa6 "
                         "\x81\x30\x8a\x39 \x94\x39\xfc\x36 \xa2\xe3"sv;
    CHECK(encoded(utf8, Encoding::Gb18030) == gb18030);
    CHECK(decoded(gb18030, Encoding::Gb18030) == utf8);
    CHECK(encoded("한", Encoding::Gb18030) == "\x83\x36\x84\x33");
    CHECK(decoded("\x83\x36\x84\x33", Encoding::Gb18030) == "한");
}

TEST_CASE("GB18030 encoding reaches both ends of Unicode with its four-byte codes") {
    CHECK(decoded("\x81\x30\x81\x30", Encoding::Gb18030) == "\u0080");
    CHECK(decoded("\x84\x31\xa4\x39", Encoding::Gb18030) == "\uffff");
    CHECK(decoded("\x90\x30\x81\x30", Encoding::Gb18030) == "\U00010000");
    CHECK(decoded("\xe3\x32\x9a\x35", Encoding::Gb18030) == "\U0010ffff");
    CHECK(encoded("\u0080\uffff\U00010000\U0010ffff", Encoding::Gb18030) ==
          "\x81\x30\x81\x30\x84\x31\xa4\x39\x90\x30\x81\x30\xe3\x32\x9a\x35");
    // Between the BMP's codes and the others' lies a gap, and nothing follows U+10FFFF's.
    CHECK(decodeError("\x84\x31\xa5\x30", Encoding::Gb18030));
    CHECK(decodeError("\xe3\x32\x9a\x36", Encoding::Gb18030));
}

TEST_CASE("GB18030 encoding: every BMP character it can write reads back as itself") {
    std::string all;
    std::string written;
    int unwritable = 0;
    for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string one = utf8Of(c);
        auto result = encodeFromUtf8(one, Encoding::Gb18030);
        if (std::holds_alternative<DecodeError>(result)) {
            ++unwritable;
            continue;
        }
        all += one;
        written += std::get<std::string>(result);
    }
    CHECK(decoded(written, Encoding::Gb18030) == all);
    // None in wasm: musl's two-byte table is GB18030-2000's, as are the four-byte ranges. glibc's gives
    // 25 two-byte codes the standard characters of GB18030-2005/2022 instead of private-use ones,
    // which leaves those 25 private-use code points without a code natively.
    CHECK(unwritable <= 25);
}

TEST_CASE("text encoding: a BOM-marked GB18030 file is detected and the BOM dropped") {
    const auto bytes = "\x84\x31\x95\x33\xd5\xc5\xc8\xfd"sv;
    const Detected detected = detectEncoding(bytes);
    CHECK(detected.encoding == Encoding::Gb18030);
    CHECK(detected.bom);
    CHECK(decoded(bytes, Encoding::Gb18030) == "张三");
}

TEST_CASE("text encoding: the euro sign Windows writes as 0x80 in GBK files decodes as €") {
    CHECK(decoded("100\x80", Encoding::Gb18030) == "100€");
    CHECK(encoded("100€", Encoding::Gb18030) == "100\xa2\xe3");
}

TEST_CASE("Big5 and Shift_JIS encodings decode a known sample and write it back") {
    const auto big5 = "\xc1\x63\xc5\xe9\xa4\xa4\xa4\xe5,\xbb\x4f\xa5\x5f"sv;
    CHECK(decoded(big5, Encoding::Big5) == "繁體中文,臺北");
    CHECK(encoded("繁體中文,臺北", Encoding::Big5) == big5);
    // Half-width katakana are single bytes.
    const auto shiftJis = "\x93\xfa\x96\x7b\x8c\xea\x83\x65\x83\x58\x83\x67,\xc3\xbd\xc4"sv;
    CHECK(decoded(shiftJis, Encoding::ShiftJis) == "日本語テスト,ﾃｽﾄ");
    CHECK(encoded("日本語テスト,ﾃｽﾄ", Encoding::ShiftJis) == shiftJis);
}

TEST_CASE("Shift_JIS encoding keeps a backslash a backslash, as Windows does") {
    const auto path = "C:\\data\\\x8c\xda\x8b\x71.csv~"sv;
    CHECK(decoded(path, Encoding::ShiftJis) == "C:\\data\\顧客.csv~");
    CHECK(encoded("C:\\data\\顧客.csv~", Encoding::ShiftJis) == path);
}

TEST_CASE("text encoding errors: a stray byte on line 3 is reported with its line and byte offset") {
    // GBK "姓名,邮箱\n张三,a@b.cn\n李四,<0xFF>\n": lines of 10 and 12 bytes, then 5 before the 0xFF.
    const auto gbk = "\xd0\xd5\xc3\xfb,\xd3\xca\xcf\xe4\n\xd5\xc5\xc8\xfd,a@b.cn\n\xc0\xee\xcb\xc4,\xff\n"sv;
    const auto error = decodeError(gbk, Encoding::Gb18030);
    REQUIRE(error);
    CHECK(error->line == 3);
    CHECK(error->byteOffset == 27);
    CHECK(error->reason == "bytes are not valid GB18030");
    CHECK(describe(*error) == "line 3, byte 27: bytes are not valid GB18030");
    CHECK(describe(*decodeError("a\nb\nc\xff", Encoding::Utf8)) == "line 3, byte 5: bytes are not valid UTF-8");
    CHECK(describe(*decodeError("ab\n\xa4\x20", Encoding::Big5)) == "line 2, byte 3: bytes are not valid Big5");
    // A trail byte Shift_JIS does not allow; musl's iconv would have read it as some kanji.
    CHECK(describe(*decodeError("\x93\xfa\x93\x20", Encoding::ShiftJis)) ==
          "line 1, byte 2: bytes are not valid Shift_JIS");
}

TEST_CASE("text encoding errors: UTF-16 lines are counted in characters, not bytes") {
    // BOM, "a\n", then a low surrogate with no high one before it.
    const auto error = decodeError("\xff\xfe\x61\x00\x0a\x00\x00\xdc"sv, Encoding::Utf16Le);
    REQUIRE(error);
    CHECK(describe(*error) == "line 2, byte 6: bytes are not valid UTF-16LE");
    // U+0A0A (ਊ) holds two 0x0A bytes but is no line feed.
    CHECK(describe(*decodeError("\xfe\xff\x0a\x0a\xdc\x00"sv, Encoding::Utf16Be)) ==
          "line 1, byte 4: bytes are not valid UTF-16BE");
}

TEST_CASE("text encoding errors: a GBK file read as UTF-8 is refused, not turned into mojibake") {
    const auto error = decodeError(kGbkCsv, Encoding::Utf8);
    REQUIRE(error);
    CHECK(describe(*error) == "line 1, byte 0: bytes are not valid UTF-8");
}

TEST_CASE("text encoding errors: a character cut off by the end of the file is reported") {
    CHECK(describe(*decodeError("ab\xe5\xa7", Encoding::Utf8)) ==
          "line 1, byte 2: the input ends inside a UTF-8 character");
    CHECK(describe(*decodeError("\xd5\xc5\n\xc8", Encoding::Gb18030)) ==
          "line 2, byte 3: the input ends inside a GB18030 character");
    CHECK(describe(*decodeError("\x94\x39\xfc", Encoding::Gb18030)) ==
          "line 1, byte 0: the input ends inside a GB18030 character");
    CHECK(describe(*decodeError("\xc1", Encoding::Big5)) == "line 1, byte 0: the input ends inside a Big5 character");
    CHECK(describe(*decodeError("\x93", Encoding::ShiftJis)) ==
          "line 1, byte 0: the input ends inside a Shift_JIS character");
    CHECK(describe(*decodeError("\xff\xfe\x61"sv, Encoding::Utf16Le)) ==
          "line 1, byte 2: the input ends inside a UTF-16LE character");
    CHECK(describe(*decodeError("\xff\xfe\x3d\xd8"sv, Encoding::Utf16Le)) ==
          "line 1, byte 2: the input ends inside a UTF-16LE character");
}

TEST_CASE("text encoding: empty input decodes to empty text in every encoding") {
    const Detected detected = detectEncoding("");
    CHECK(detected.encoding == Encoding::Utf8);
    CHECK_FALSE(detected.bom);
    for (Encoding encoding : {Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Gb18030, Encoding::Big5,
                              Encoding::ShiftJis}) {
        CHECK(decoded("", encoding) == "");
        CHECK(encoded("", encoding) == "");
    }
    CHECK(decoded("\xef\xbb\xbf", Encoding::Utf8) == "");
    CHECK(decoded("\xff\xfe", Encoding::Utf16Le) == "");
}

TEST_CASE("text encoding for export: a character the legacy encoding lacks is an error naming its place") {
    CHECK(describe(*encodeError("王小明 😀", Encoding::Big5)) == "line 1, byte 10: character cannot be written in Big5");
    CHECK(describe(*encodeError("a\nb\n日本 한", Encoding::ShiftJis)) ==
          "line 3, byte 11: character cannot be written in Shift_JIS");
    CHECK(describe(*encodeError("ok\xff", Encoding::Gb18030)) == "line 1, byte 2: bytes are not valid UTF-8");
}

TEST_CASE("text encoding: large files are decoded whole, however much they grow") {
    // Each line mixes two-byte codes (through iconv) with a four-byte emoji (decoded apart).
    std::string gb18030;
    std::string utf8;
    for (int i = 0; i < 20000; ++i) {
        gb18030 += "\xd5\xc5\xc8\xfd,\x94\x39\xfc\x36,zhangsan@example.com\r\n";
        utf8 += "张三,😀,zhangsan@example.com\r\n";
    }
    CHECK(decoded(gb18030, Encoding::Gb18030) == utf8);
    // Half-width katakana triple in size: more than the first output buffer holds.
    const std::string katakana(300000, '\xc3');
    std::string wide;
    for (int i = 0; i < 300000; ++i) wide += "ﾃ";
    CHECK(decoded(katakana, Encoding::ShiftJis) == wide);
}
