#include "core/io/text_decoding.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <utility>
#include <vector>

namespace satchel::io {

namespace {

// Natively the iconv is glibc's; in the wasm build it is the musl one in Emscripten 3.1.6's libc,
// whose tables differ and which has bugs this file works around (see the Step functions).
#if defined(__GLIBC__)
constexpr bool kMuslIconv = false;
#else
constexpr bool kMuslIconv = true;
#endif

unsigned char byteAt(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }
bool inRange(unsigned char b, unsigned char low, unsigned char high) { return b >= low && b <= high; }
bool isUtf16(Encoding encoding) { return encoding == Encoding::Utf16Le || encoding == Encoding::Utf16Be; }

// ---- Errors ----

std::string notValidReason(Encoding encoding) { return "bytes are not valid " + std::string(encodingName(encoding)); }
std::string cutOffReason(Encoding encoding) {
    return "the input ends inside a " + std::string(encodingName(encoding)) + " character";
}
std::string notWritableReason(Encoding encoding) {
    return "character cannot be written in " + std::string(encodingName(encoding));
}
std::string unsupportedReason(Encoding encoding) {
    return std::string(encodingName(encoding)) + " is not supported on this system";
}

// UTF-16 lines end at U+000A code units; a 0x0A byte there is usually half of some other character.
std::int64_t lineAt(std::string_view bytes, std::size_t offset, Encoding encoding) {
    const std::string_view before = bytes.substr(0, offset);
    if (!isUtf16(encoding)) return 1 + std::count(before.begin(), before.end(), '\n');
    const std::size_t low = encoding == Encoding::Utf16Le ? 0 : 1;
    std::int64_t line = 1;
    for (std::size_t i = 0; i + 1 < before.size(); i += 2)
        if (before[i + low] == '\n' && before[i + 1 - low] == '\0') ++line;
    return line;
}

DecodeError errorAt(std::string_view bytes, std::size_t offset, Encoding encoding, std::string reason) {
    return {lineAt(bytes, offset, encoding), static_cast<std::int64_t>(offset), std::move(reason)};
}

// Where a decoder stopped short: at bytes that are not valid, or at a character the input cuts off.
struct Stop {
    std::size_t offset;
    bool cutOff;
};

DecodeError stopError(std::string_view bytes, Stop stop, Encoding encoding) {
    return errorAt(bytes, stop.offset, encoding, stop.cutOff ? cutOffReason(encoding) : notValidReason(encoding));
}

// ---- UTF-8 ----

// Eight bytes at a time: imported files are mostly ASCII, and this is the whole cost of a big UTF-8 one.
std::size_t skipAscii(std::string_view s, std::size_t i) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
    for (std::uint64_t word = 0; i + 8 <= s.size(); i += 8) {
        std::memcpy(&word, s.data() + i, 8);
        if (word & kHighBits) break;
    }
    while (i < s.size() && byteAt(s, i) < 0x80) ++i;
    return i;
}

// 0 for bytes that never start a sequence: continuations, C0/C1 (overlong) and F5..FF (past U+10FFFF).
std::size_t utf8Length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (inRange(lead, 0xC2, 0xDF)) return 2;
    if (inRange(lead, 0xE0, 0xEF)) return 3;
    if (inRange(lead, 0xF0, 0xF4)) return 4;
    return 0;
}

// The second byte is where overlongs (E0, F0), surrogates (ED) and code points past U+10FFFF (F4) show.
bool secondByteFits(unsigned char lead, unsigned char b) {
    switch (lead) {
    case 0xE0: return inRange(b, 0xA0, 0xBF);
    case 0xED: return inRange(b, 0x80, 0x9F);
    case 0xF0: return inRange(b, 0x90, 0xBF);
    case 0xF4: return inRange(b, 0x80, 0x8F);
    default: return inRange(b, 0x80, 0xBF);
    }
}

// Checks the sequence starting at s[i]; when it is well formed, `length` is set to its length.
std::optional<Stop> checkUtf8Sequence(std::string_view s, std::size_t i, std::size_t& length) {
    const unsigned char lead = byteAt(s, i);
    length = utf8Length(lead);
    if (length == 0) return Stop{i, false};
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= s.size()) return Stop{i, true};
        const unsigned char b = byteAt(s, i + k);
        if (!(k == 1 ? secondByteFits(lead, b) : inRange(b, 0x80, 0xBF))) return Stop{i, false};
    }
    return std::nullopt;
}

// Like text::isValidUtf8, but says where the first problem is, for the error message.
std::optional<Stop> firstUtf8Problem(std::string_view s) {
    for (std::size_t i = skipAscii(s, 0); i < s.size();) {
        std::size_t length = 0;
        if (auto stop = checkUtf8Sequence(s, i, length)) return stop;
        i = skipAscii(s, i + length);
    }
    return std::nullopt;
}

// Reads the code point at s[i] of well-formed UTF-8 and moves i past it.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    const std::size_t length = utf8Length(byteAt(s, i));
    char32_t codePoint = byteAt(s, i) & kLeadBits[length];
    for (std::size_t k = 1; k < length; ++k) codePoint = (codePoint << 6) | (byteAt(s, i + k) & 0x3F);
    i += length;
    return codePoint;
}

void appendUtf8(std::string& out, char32_t c) {
    auto put = [&out](char32_t byte) { out += static_cast<char>(byte); };
    if (c < 0x80) {
        put(c);
    } else if (c < 0x800) {
        put(0xC0 | (c >> 6));
        put(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        put(0xE0 | (c >> 12));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
    } else {
        put(0xF0 | (c >> 18));
        put(0x80 | ((c >> 12) & 0x3F));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
    }
}

std::string_view bomOf(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8: return "\xEF\xBB\xBF";
    case Encoding::Utf16Le: return "\xFF\xFE";
    case Encoding::Utf16Be: return "\xFE\xFF";
    case Encoding::Gb18030: return "\x84\x31\x95\x33"; // U+FEFF's four-byte code
    case Encoding::Big5:
    case Encoding::ShiftJis: return {};
    }
    return {};
}

bool startsWithBom(std::string_view bytes, Encoding encoding) {
    const std::string_view bom = bomOf(encoding);
    return !bom.empty() && bytes.substr(0, bom.size()) == bom;
}

// ---- GB18030 four-byte codes ----

struct Gb18030Range {
    std::uint32_t pointer; // (b1-0x81)*12600 + (b2-0x30)*1260 + (b3-0x81)*10 + (b4-0x30)
    char32_t codePoint;
};
// The four-byte codes 0x81308130..0x8431A439 number, in order, the BMP code points that have no
// one- or two-byte code; each entry starts a run in which pointer and code point rise together.
// Generated with /usr/bin/python3's gb18030 codec (GB18030-2000, the version musl's two-byte table
// follows) by listing every pointer 0..39419 where codePoint - pointer changes.
constexpr Gb18030Range kGb18030Ranges[] = {
    {0, 0x0080},     {36, 0x00A5},    {38, 0x00A9},    {45, 0x00B2},    {50, 0x00B8},    {81, 0x00D8},
    {89, 0x00E2},    {95, 0x00EB},    {96, 0x00EE},    {100, 0x00F4},   {103, 0x00F8},   {104, 0x00FB},
    {105, 0x00FD},   {109, 0x0102},   {126, 0x0114},   {133, 0x011C},   {148, 0x012C},   {172, 0x0145},
    {175, 0x0149},   {179, 0x014E},   {208, 0x016C},   {306, 0x01CF},   {307, 0x01D1},   {308, 0x01D3},
    {309, 0x01D5},   {310, 0x01D7},   {311, 0x01D9},   {312, 0x01DB},   {313, 0x01DD},   {341, 0x01FA},
    {428, 0x0252},   {443, 0x0262},   {544, 0x02C8},   {545, 0x02CC},   {558, 0x02DA},   {741, 0x03A2},
    {742, 0x03AA},   {749, 0x03C2},   {750, 0x03CA},   {805, 0x0402},   {819, 0x0450},   {820, 0x0452},
    {7922, 0x2011},  {7924, 0x2017},  {7925, 0x201A},  {7927, 0x201E},  {7934, 0x2027},  {7943, 0x2031},
    {7944, 0x2034},  {7945, 0x2036},  {7950, 0x203C},  {8062, 0x20AD},  {8148, 0x2104},  {8149, 0x2106},
    {8152, 0x210A},  {8164, 0x2117},  {8174, 0x2122},  {8236, 0x216C},  {8240, 0x217A},  {8262, 0x2194},
    {8264, 0x219A},  {8374, 0x2209},  {8380, 0x2210},  {8381, 0x2212},  {8384, 0x2216},  {8388, 0x221B},
    {8390, 0x2221},  {8392, 0x2224},  {8393, 0x2226},  {8394, 0x222C},  {8396, 0x222F},  {8401, 0x2238},
    {8406, 0x223E},  {8416, 0x2249},  {8419, 0x224D},  {8424, 0x2253},  {8437, 0x2262},  {8439, 0x2268},
    {8445, 0x2270},  {8482, 0x2296},  {8485, 0x229A},  {8496, 0x22A6},  {8521, 0x22C0},  {8603, 0x2313},
    {8936, 0x246A},  {8946, 0x249C},  {9046, 0x254C},  {9050, 0x2574},  {9063, 0x2590},  {9066, 0x2596},
    {9076, 0x25A2},  {9092, 0x25B4},  {9100, 0x25BE},  {9108, 0x25C8},  {9111, 0x25CC},  {9113, 0x25D0},
    {9131, 0x25E6},  {9162, 0x2607},  {9164, 0x260A},  {9218, 0x2641},  {9219, 0x2643},  {11329, 0x2E82},
    {11331, 0x2E85}, {11334, 0x2E89}, {11336, 0x2E8D}, {11346, 0x2E98}, {11361, 0x2EA8}, {11363, 0x2EAB},
    {11366, 0x2EAF}, {11370, 0x2EB4}, {11372, 0x2EB8}, {11375, 0x2EBC}, {11389, 0x2ECB}, {11682, 0x2FFC},
    {11686, 0x3004}, {11687, 0x3018}, {11692, 0x301F}, {11694, 0x302A}, {11714, 0x303F}, {11716, 0x3094},
    {11723, 0x309F}, {11725, 0x30F7}, {11730, 0x30FF}, {11736, 0x312A}, {11982, 0x322A}, {11989, 0x3232},
    {12102, 0x32A4}, {12336, 0x3390}, {12348, 0x339F}, {12350, 0x33A2}, {12384, 0x33C5}, {12393, 0x33CF},
    {12395, 0x33D3}, {12397, 0x33D6}, {12510, 0x3448}, {12553, 0x3474}, {12851, 0x359F}, {12962, 0x360F},
    {12973, 0x361B}, {13738, 0x3919}, {13823, 0x396F}, {13919, 0x39D1}, {13933, 0x39E0}, {14080, 0x3A74},
    {14298, 0x3B4F}, {14585, 0x3C6F}, {14698, 0x3CE1}, {15583, 0x4057}, {15847, 0x4160}, {16318, 0x4338},
    {16434, 0x43AD}, {16438, 0x43B2}, {16481, 0x43DE}, {16729, 0x44D7}, {17102, 0x464D}, {17122, 0x4662},
    {17315, 0x4724}, {17320, 0x472A}, {17402, 0x477D}, {17418, 0x478E}, {17859, 0x4948}, {17909, 0x497B},
    {17911, 0x497E}, {17915, 0x4984}, {17916, 0x4987}, {17936, 0x499C}, {17939, 0x49A0}, {17961, 0x49B8},
    {18664, 0x4C78}, {18703, 0x4CA4}, {18814, 0x4D1A}, {18962, 0x4DAF}, {19043, 0x9FA6}, {33469, 0xE76C},
    {33470, 0xE7C8}, {33471, 0xE7E7}, {33484, 0xE815}, {33485, 0xE819}, {33490, 0xE81F}, {33497, 0xE827},
    {33501, 0xE82D}, {33505, 0xE833}, {33513, 0xE83C}, {33520, 0xE844}, {33536, 0xE856}, {33550, 0xE865},
    {37845, 0xF92D}, {37921, 0xF97A}, {37948, 0xF996}, {38029, 0xF9E8}, {38038, 0xF9F2}, {38064, 0xFA10},
    {38065, 0xFA12}, {38066, 0xFA15}, {38069, 0xFA19}, {38075, 0xFA22}, {38076, 0xFA25}, {38078, 0xFA2A},
    {39108, 0xFE32}, {39109, 0xFE45}, {39113, 0xFE53}, {39114, 0xFE58}, {39115, 0xFE67}, {39116, 0xFE6C},
    {39265, 0xFF5F}, {39394, 0xFFE6},
};
constexpr std::uint32_t kLastBmpPointer = 39419;             // 0x8431A439, U+FFFF
constexpr std::uint32_t kFirstSupplementaryPointer = 189000; // 0x90308130, U+10000
constexpr std::uint32_t kLastSupplementaryPointer = 1237575; // 0xE3329A35, U+10FFFF

std::optional<char32_t> gb18030CodePoint(std::uint32_t pointer) {
    if (pointer >= kFirstSupplementaryPointer && pointer <= kLastSupplementaryPointer)
        return 0x10000 + (pointer - kFirstSupplementaryPointer);
    if (pointer > kLastBmpPointer) return std::nullopt;
    const auto* range = std::upper_bound(std::begin(kGb18030Ranges), std::end(kGb18030Ranges), pointer,
                                         [](std::uint32_t p, const Gb18030Range& r) { return p < r.pointer; });
    return std::prev(range)->codePoint + (pointer - std::prev(range)->pointer);
}

std::optional<std::uint32_t> gb18030Pointer(char32_t codePoint) {
    if (codePoint >= 0x10000) return kFirstSupplementaryPointer + (codePoint - 0x10000);
    const auto* range = std::upper_bound(std::begin(kGb18030Ranges), std::end(kGb18030Ranges), codePoint,
                                         [](char32_t c, const Gb18030Range& r) { return c < r.codePoint; });
    if (range == std::begin(kGb18030Ranges)) return std::nullopt;
    const std::uint32_t pointer = std::prev(range)->pointer + (codePoint - std::prev(range)->codePoint);
    // A code point with a two-byte code lies past the end of its run, on a pointer that means another.
    if (pointer > kLastBmpPointer || gb18030CodePoint(pointer) != codePoint) return std::nullopt;
    return pointer;
}

std::string gb18030FourBytes(std::uint32_t pointer) {
    std::string bytes(4, '\0');
    bytes[3] = static_cast<char>(0x30 + pointer % 10);
    pointer /= 10;
    bytes[2] = static_cast<char>(0x81 + pointer % 126);
    pointer /= 126;
    bytes[1] = static_cast<char>(0x30 + pointer % 10);
    bytes[0] = static_cast<char>(0x81 + pointer / 10);
    return bytes;
}

// ---- Legacy multi-byte structure ----

enum class StepKind { Pass, Own, Invalid, CutOff };
// One character of a legacy encoding. Pass characters go to iconv in long runs; Own ones are decoded
// here. Checking the structure here too makes glibc and musl agree on what is malformed, and keeps
// musl from reading past its tables.
struct Step {
    StepKind kind;
    std::size_t length = 0;
    char32_t codePoint = 0;
};
using StepFunction = Step (*)(std::string_view, std::size_t);

Step gb18030FourByteStep(std::string_view s, std::size_t i) {
    const bool thirdFits = i + 2 >= s.size() || inRange(byteAt(s, i + 2), 0x81, 0xFE);
    const bool fourthFits = i + 3 >= s.size() || inRange(byteAt(s, i + 3), 0x30, 0x39);
    if (!thirdFits || !fourthFits) return {StepKind::Invalid};
    if (i + 3 >= s.size()) return {StepKind::CutOff};
    const auto pointer = static_cast<std::uint32_t>(((byteAt(s, i) - 0x81) * 10 + (byteAt(s, i + 1) - 0x30)) * 1260 +
                                                    (byteAt(s, i + 2) - 0x81) * 10 + (byteAt(s, i + 3) - 0x30));
    const auto codePoint = gb18030CodePoint(pointer);
    if (!codePoint) return {StepKind::Invalid};
    return {StepKind::Own, 4, *codePoint};
}

// Four-byte codes are decoded here rather than by iconv: musl's turns those past the BMP (emoji)
// into garbage, and scans its whole two-byte table for each BMP one.
Step gb18030Step(std::string_view s, std::size_t i) {
    const unsigned char lead = byteAt(s, i);
    if (lead < 0x80) return {StepKind::Pass, 1};
    // Windows' code page 936, which is what "GBK" files really are, has € here; browsers read it so too.
    if (lead == 0x80) return {StepKind::Own, 1, 0x20AC};
    if (lead == 0xFF) return {StepKind::Invalid};
    if (i + 1 >= s.size()) return {StepKind::CutOff};
    const unsigned char second = byteAt(s, i + 1);
    if (inRange(second, 0x30, 0x39)) return gb18030FourByteStep(s, i);
    if (inRange(second, 0x40, 0x7E) || inRange(second, 0x80, 0xFE)) return {StepKind::Pass, 2};
    return {StepKind::Invalid};
}

Step pairStep(std::string_view s, std::size_t i, bool (*isLead)(unsigned char), bool (*isTrail)(unsigned char)) {
    if (!isLead(byteAt(s, i))) return {StepKind::Invalid};
    if (i + 1 >= s.size()) return {StepKind::CutOff};
    if (!isTrail(byteAt(s, i + 1))) return {StepKind::Invalid};
    return {StepKind::Pass, 2};
}

Step big5Step(std::string_view s, std::size_t i) {
    if (byteAt(s, i) < 0x80) return {StepKind::Pass, 1};
    return pairStep(
        s, i, [](unsigned char b) { return inRange(b, 0x81, 0xFE); },
        [](unsigned char b) { return inRange(b, 0x40, 0x7E) || inRange(b, 0xA1, 0xFE); });
}

// musl's JIS table ends with lead byte 0xEA and it reads past the table for later ones; glibc's
// CP932 maps up to 0xFC (the NEC and IBM extensions Windows adds).
constexpr unsigned char kLastShiftJisLead = kMuslIconv ? 0xEA : 0xFC;

// musl does not check Shift_JIS trail bytes: a malformed pair would become a wrong kanji, not an error.
Step shiftJisStep(std::string_view s, std::size_t i) {
    const unsigned char lead = byteAt(s, i);
    if (lead < 0x80 || inRange(lead, 0xA1, 0xDF)) return {StepKind::Pass, 1}; // ASCII, half-width katakana
    return pairStep(
        s, i, [](unsigned char b) { return inRange(b, 0x81, 0x9F) || inRange(b, 0xE0, kLastShiftJisLead); },
        [](unsigned char b) { return inRange(b, 0x40, 0x7E) || inRange(b, 0x80, 0xFC); });
}

// UTF-8 and UTF-16 have none: iconv alone checks UTF-16, and UTF-8 is only validated.
StepFunction stepFor(Encoding encoding) {
    switch (encoding) {
    case Encoding::Gb18030: return gb18030Step;
    case Encoding::Big5: return big5Step;
    case Encoding::ShiftJis: return shiftJisStep;
    case Encoding::Utf8:
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: return nullptr;
    }
    return nullptr;
}

// ---- iconv ----

const char* iconvName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf16Le: return "UTF-16LE";
    case Encoding::Utf16Be: return "UTF-16BE";
    case Encoding::Gb18030: return "GB18030";
    case Encoding::Big5: return "BIG5";
    // glibc's SHIFT_JIS reads 0x5C as ¥ and 0x7E as ‾, breaking paths and CSV text; its CP932 (what
    // Windows writes) keeps ASCII, as musl's only Shift_JIS does.
    case Encoding::ShiftJis: return kMuslIconv ? "SHIFT_JIS" : "CP932";
    }
    return "";
}

class Converter {
public:
    Converter(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
    ~Converter() {
        if (ok()) iconv_close(cd_);
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;

    bool ok() const { return cd_ != failed(); }
    // Converts all of `in` in as few iconv calls as the output buffer allows, appending to `out`.
    std::optional<Stop> append(std::string_view in, std::string& out);

private:
    static iconv_t failed() { return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }
    iconv_t cd_;
};

std::optional<Stop> Converter::append(std::string_view in, std::string& out) {
    if (in.empty()) return std::nullopt;
    char* source = const_cast<char*>(in.data()); // POSIX iconv takes char** but only reads the input
    std::size_t sourceLeft = in.size();
    std::size_t written = out.size();
    out.resize(written + in.size() + in.size() / 2 + 16);
    while (sourceLeft > 0) {
        char* target = out.data() + written;
        std::size_t targetLeft = out.size() - written;
        const std::size_t result = iconv(cd_, &source, &sourceLeft, &target, &targetLeft);
        const int error = errno;
        written = out.size() - targetLeft;
        if (result != static_cast<std::size_t>(-1)) break;
        if (error != E2BIG) {
            out.resize(written);
            iconv(cd_, nullptr, nullptr, nullptr, nullptr); // ready for the next input
            return Stop{static_cast<std::size_t>(source - in.data()), error == EINVAL};
        }
        // No character grows more than threefold (half-width katakana: 1 byte to 3).
        out.resize(written + sourceLeft * 3 + 16);
    }
    out.resize(written);
    return std::nullopt;
}

// Where the run of characters iconv is given ends: at one decoded here, at a problem, or at the end.
std::size_t runEnd(std::string_view bytes, std::size_t i, StepFunction step) {
    if (!step) return bytes.size();
    for (i = skipAscii(bytes, i); i < bytes.size(); i = skipAscii(bytes, i)) {
        const Step character = step(bytes, i);
        if (character.kind != StepKind::Pass) return i;
        i += character.length;
    }
    return bytes.size();
}

// Decodes bytes[start..] through iconv, in runs as long as the characters decoded here allow.
std::variant<std::string, DecodeError> decodeWithIconv(std::string_view bytes, std::size_t start, Encoding encoding) {
    Converter converter("UTF-8", iconvName(encoding));
    if (!converter.ok()) return errorAt(bytes, start, encoding, unsupportedReason(encoding));
    const StepFunction step = stepFor(encoding);
    std::string out;
    for (std::size_t runStart = start;;) {
        const std::size_t end = runEnd(bytes, runStart, step);
        if (auto stop = converter.append(bytes.substr(runStart, end - runStart), out))
            return stopError(bytes, {runStart + stop->offset, stop->cutOff}, encoding);
        if (end == bytes.size()) return out;
        const Step character = step(bytes, end);
        if (character.kind != StepKind::Own)
            return stopError(bytes, {end, character.kind == StepKind::CutOff}, encoding);
        appendUtf8(out, character.codePoint);
        runStart = end + character.length;
    }
}

std::variant<std::string, DecodeError> checkedUtf8(std::string_view bytes, std::size_t start) {
    const std::string_view text = bytes.substr(start);
    const auto stop = firstUtf8Problem(text);
    if (stop) return stopError(bytes, {start + stop->offset, stop->cutOff}, Encoding::Utf8);
    return std::string(text);
}

// ---- Encoding to legacy encodings ----

// Code points that have a code, sorted; `code` is one byte if below 0x100, else lead << 8 | trail.
struct ReverseEntry {
    char32_t codePoint;
    std::uint16_t code;
};
using ReverseTable = std::vector<ReverseEntry>;

std::string codeBytes(std::uint16_t code) {
    if (code < 0x100) return std::string(1, static_cast<char>(code));
    return {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
}

// Every non-ASCII code, earliest first where two codes mean one character: so Big5 prefers its
// standard codes to Hong Kong's additions (lead bytes below 0xA1), which only musl decodes.
std::vector<std::uint16_t> candidateCodes(Encoding encoding) {
    std::vector<std::uint16_t> codes;
    for (unsigned single = 0x80; single <= 0xFF; ++single) codes.push_back(static_cast<std::uint16_t>(single));
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
        for (unsigned trail = 0x40; trail <= 0xFE; ++trail)
            codes.push_back(static_cast<std::uint16_t>(lead << 8 | trail));
    if (encoding == Encoding::Big5)
        std::stable_partition(codes.begin(), codes.end(), [](std::uint16_t code) { return code >= 0xA100; });
    return codes;
}

// The one code point a code decodes to, if it is valid and means exactly one.
std::optional<char32_t> decodeCode(Converter& converter, StepFunction step, std::string_view code) {
    const Step character = step(code, 0);
    if (character.kind != StepKind::Pass || character.length != code.size()) return std::nullopt;
    std::string utf8;
    if (converter.append(code, utf8) || utf8.empty()) return std::nullopt;
    std::size_t i = 0;
    const char32_t codePoint = nextCodePoint(utf8, i);
    if (i != utf8.size()) return std::nullopt; // HKSCS codes for a letter with a combining mark
    return codePoint;
}

// Built from the decoder, so that encoding and decoding agree; musl's iconv cannot encode GB18030 or
// Big5 at all, and writes '*' without an error for characters Shift_JIS lacks.
ReverseTable buildReverseTable(Encoding encoding) {
    ReverseTable table;
    Converter converter("UTF-8", iconvName(encoding));
    if (!converter.ok()) return table;
    const StepFunction step = stepFor(encoding);
    for (std::uint16_t code : candidateCodes(encoding)) {
        const auto codePoint = decodeCode(converter, step, codeBytes(code));
        if (codePoint && *codePoint >= 0x80) table.push_back({*codePoint, code});
    }
    const auto byCodePoint = [](const ReverseEntry& a, const ReverseEntry& b) { return a.codePoint < b.codePoint; };
    std::stable_sort(table.begin(), table.end(), byCodePoint);
    const auto sameCodePoint = [](const ReverseEntry& a, const ReverseEntry& b) { return a.codePoint == b.codePoint; };
    table.erase(std::unique(table.begin(), table.end(), sameCodePoint), table.end());
    return table;
}

template <Encoding encoding>
const ReverseTable& reverseTableOf() {
    static const ReverseTable table = buildReverseTable(encoding);
    return table;
}

const ReverseTable& reverseTable(Encoding encoding) {
    if (encoding == Encoding::Gb18030) return reverseTableOf<Encoding::Gb18030>();
    if (encoding == Encoding::Big5) return reverseTableOf<Encoding::Big5>();
    return reverseTableOf<Encoding::ShiftJis>();
}

bool appendLegacyCode(std::string& out, char32_t codePoint, const ReverseTable& table, Encoding encoding) {
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
        return true;
    }
    const auto entry = std::lower_bound(table.begin(), table.end(), codePoint,
                                        [](const ReverseEntry& e, char32_t c) { return e.codePoint < c; });
    if (entry != table.end() && entry->codePoint == codePoint) {
        out += codeBytes(entry->code);
        return true;
    }
    const auto pointer = encoding == Encoding::Gb18030 ? gb18030Pointer(codePoint) : std::nullopt;
    if (pointer) out += gb18030FourBytes(*pointer);
    return pointer.has_value();
}

std::variant<std::string, DecodeError> encodeWithTable(std::string_view utf8, Encoding encoding) {
    const ReverseTable& table = reverseTable(encoding);
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const std::size_t at = i;
        if (!appendLegacyCode(out, nextCodePoint(utf8, i), table, encoding))
            return errorAt(utf8, at, Encoding::Utf8, notWritableReason(encoding));
    }
    return out;
}

std::variant<std::string, DecodeError> encodeWithIconv(std::string_view utf8, Encoding encoding) {
    Converter converter(iconvName(encoding), "UTF-8");
    if (!converter.ok()) return errorAt(utf8, 0, Encoding::Utf8, unsupportedReason(encoding));
    std::string out;
    const auto stop = converter.append(utf8, out);
    if (stop) return errorAt(utf8, stop->offset, Encoding::Utf8, notWritableReason(encoding));
    return out;
}

// ---- Names ----

// "Shift_JIS", "shift-jis" and "SHIFT JIS" all become "shiftjis".
std::string nameKey(std::string_view name) {
    std::string key;
    for (char c : name) {
        if (c == '-' || c == '_' || c == '.' || c == ' ') continue;
        key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

struct Alias {
    std::string_view key;
    Encoding encoding;
};
constexpr Alias kAliases[] = {
    {"utf8", Encoding::Utf8},           {"utf16le", Encoding::Utf16Le},  {"utf16be", Encoding::Utf16Be},
    {"gb18030", Encoding::Gb18030},     {"gbk", Encoding::Gb18030},      {"gb2312", Encoding::Gb18030},
    {"cp936", Encoding::Gb18030},       {"ms936", Encoding::Gb18030},    {"windows936", Encoding::Gb18030},
    {"euccn", Encoding::Gb18030},       {"xgbk", Encoding::Gb18030},     {"csgb2312", Encoding::Gb18030},
    {"big5", Encoding::Big5},           {"cp950", Encoding::Big5},       {"csbig5", Encoding::Big5},
    {"xxbig5", Encoding::Big5},         {"cnbig5", Encoding::Big5},      {"shiftjis", Encoding::ShiftJis},
    {"sjis", Encoding::ShiftJis},       {"cp932", Encoding::ShiftJis},   {"ms932", Encoding::ShiftJis},
    {"windows31j", Encoding::ShiftJis}, {"mskanji", Encoding::ShiftJis}, {"xsjis", Encoding::ShiftJis},
    {"csshiftjis", Encoding::ShiftJis},
};

} // namespace

std::string_view encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf16Le: return "UTF-16LE";
    case Encoding::Utf16Be: return "UTF-16BE";
    case Encoding::Gb18030: return "GB18030";
    case Encoding::Big5: return "Big5";
    case Encoding::ShiftJis: return "Shift_JIS";
    }
    return "";
}

std::optional<Encoding> encodingFromName(std::string_view name) {
    const std::string key = nameKey(name);
    for (const Alias& alias : kAliases)
        if (alias.key == key) return alias.encoding;
    return std::nullopt;
}

Detected detectEncoding(std::string_view bytes) {
    for (Encoding encoding : {Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Gb18030})
        if (startsWithBom(bytes, encoding)) return {encoding, true};
    if (!firstUtf8Problem(bytes)) return {Encoding::Utf8, false};
    return {Encoding::Gb18030, false};
}

std::string describe(const DecodeError& error) {
    return "line " + std::to_string(error.line) + ", byte " + std::to_string(error.byteOffset) + ": " + error.reason;
}

std::variant<std::string, DecodeError> decodeToUtf8(std::string_view bytes, Encoding encoding) {
    const std::size_t start = startsWithBom(bytes, encoding) ? bomOf(encoding).size() : 0;
    if (encoding == Encoding::Utf8) return checkedUtf8(bytes, start);
    return decodeWithIconv(bytes, start, encoding);
}

std::variant<std::string, DecodeError> encodeFromUtf8(std::string_view utf8, Encoding encoding) {
    const auto stop = firstUtf8Problem(utf8);
    if (stop) return stopError(utf8, *stop, Encoding::Utf8);
    if (encoding == Encoding::Utf8) return std::string(utf8);
    if (isUtf16(encoding)) return encodeWithIconv(utf8, encoding);
    return encodeWithTable(utf8, encoding);
}

} // namespace satchel::io
