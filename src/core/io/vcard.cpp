#include "core/io/vcard.h"

#include "core/common/text.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace satchel::io {

namespace {

// Names, parameters and escapes are ASCII; values may be any UTF-8.

char toUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
char toLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isDigit(c) || (toLower(c) >= 'a' && toLower(c) <= 'z'); }
bool isSpaceOrTab(char c) { return c == ' ' || c == '\t'; }

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = toUpper(c);
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = toLower(c);
    return out;
}

bool equalsNoCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return toUpper(x) == toUpper(y); });
}

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && equalsNoCase(s.substr(0, prefix.size()), prefix);
}

bool containsNoCase(std::string_view s, std::string_view needle) {
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
        if (equalsNoCase(s.substr(i, needle.size()), needle)) return true;
    return false;
}

std::string_view trimView(std::string_view s) {
    while (!s.empty() && isSpaceOrTab(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpaceOrTab(s.back())) s.remove_suffix(1);
    return s;
}

bool isBlank(std::string_view s) { return trimView(s).empty(); }

int hexValue(char c) {
    if (isDigit(c)) return c - '0';
    const char l = toLower(c);
    return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += separator;
        out += parts[i];
    }
    return out;
}

// ---- UTF-8 ----

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

std::size_t sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 0;
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 character at s[i], or 0 when the bytes there are not one.
std::size_t validCharacterLength(std::string_view s, std::size_t i) {
    const auto length = sequenceLength(static_cast<unsigned char>(s[i]));
    if (length == 0 || i + length > s.size()) return 0;
    return text::isValidUtf8(s.substr(i, length)) ? length : 0;
}

// Stray bytes become U+FFFD so everything a card holds can be stored and drawn as UTF-8.
std::string validUtf8(std::string s) {
    if (text::isValidUtf8(s)) return s;
    std::string out;
    out.reserve(s.size() + 16);
    for (std::size_t i = 0; i < s.size();) {
        const auto length = validCharacterLength(s, i);
        if (length == 0) {
            out += kReplacementCharacter;
            ++i;
        } else {
            out.append(s, i, length);
            i += length;
        }
    }
    return out;
}

std::string latin1ToUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() * 2);
    for (char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out += c;
        } else {
            out += static_cast<char>(0xC0 | (byte >> 6));
            out += static_cast<char>(0x80 | (byte & 0x3F));
        }
    }
    return out;
}

// The code point at s[i] (valid UTF-8 expected); moves i past it.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto length = validCharacterLength(s, i);
    if (length == 0) return static_cast<unsigned char>(s[i++]);
    static constexpr unsigned char leadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t cp = static_cast<unsigned char>(s[i]) & leadMask[length];
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += length;
    return cp;
}

// Han, kana and Hangul: names written family-first with no space between the parts.
bool isCjk(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool containsCjk(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (isCjk(nextCodePoint(s, i))) return true;
    return false;
}

std::string nameFromParts(const std::string& family, const std::string& given) {
    if (family.empty() || given.empty()) return family.empty() ? given : family;
    if (containsCjk(family) || containsCjk(given)) return family + given;
    return given + " " + family;
}

// ---- character sets ----

// glibc's SHIFT_JIS reads 0x5C as ¥ and 0x7E as ‾ while musl's reads them as ASCII, and phones write
// Microsoft's superset (CP932) under the name Shift_JIS anyway; GBK likewise extends GB2312. The
// first name iconv knows wins, so native and wasm builds read the same text.
std::vector<std::string> iconvNames(std::string_view charset) {
    std::string key;
    for (char c : charset)
        if (isAlnum(c)) key += toLower(c);
    if (key == "shiftjis" || key == "sjis" || key == "xsjis" || key == "mskanji" || key == "cp932" ||
        key == "windows31j")
        return {"CP932", "SHIFT_JIS"};
    if (key == "gb2312" || key == "euccn" || key == "cp936" || key == "xgbk") return {"GBK", "GB2312"};
    return {std::string(charset)};
}

bool isUtf8Name(std::string_view charset) { return equalsNoCase(charset, "UTF-8") || equalsNoCase(charset, "UTF8"); }

iconv_t failedIconv() { return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }

std::optional<std::string> runIconv(iconv_t cd, std::string_view bytes) {
    std::string in(bytes); // iconv's prototype takes a non-const input pointer
    std::string out(bytes.size() * 4 + 16, '\0');
    char* inPtr = in.data();
    std::size_t inLeft = in.size();
    char* outPtr = out.data();
    std::size_t outLeft = out.size();
    while (inLeft > 0) {
        if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != static_cast<std::size_t>(-1)) break;
        if (errno != E2BIG) return std::nullopt; // EILSEQ or a character cut off at the end
        const auto used = out.size() - outLeft;
        out.resize(out.size() * 2);
        outPtr = out.data() + used;
        outLeft = out.size() - used;
    }
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft); // stateful encodings (ISO-2022-JP) shift back
    out.resize(out.size() - outLeft);
    return out;
}

std::optional<std::string> convertToUtf8(std::string_view bytes, std::string_view charset) {
    if (charset.size() > 40) return std::nullopt;
    for (const auto& name : iconvNames(charset)) {
        const iconv_t cd = iconv_open("UTF-8", name.c_str());
        if (cd == failedIconv()) continue;
        auto converted = runIconv(cd, bytes);
        iconv_close(cd);
        return converted;
    }
    return std::nullopt;
}

// ---- physical lines ----

// The file's lines. CRLF, LF, a lone CR, and the CR CR LF of some iOS exports each end one line.
class LineCursor {
public:
    explicit LineCursor(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
        locate();
    }
    bool atEnd() const { return start_ >= text_.size(); }
    std::string_view peek() const { return text_.substr(start_, end_ - start_); }
    std::string_view take() {
        const auto line = peek();
        start_ = next_;
        ++number_;
        locate();
        return line;
    }
    std::int64_t number() const { return number_; } // of the line taken last

private:
    void locate() {
        end_ = std::min(text_.find_first_of("\r\n", start_), text_.size());
        next_ = end_;
        while (next_ < text_.size() && text_[next_] == '\r') ++next_;
        if (next_ < text_.size() && text_[next_] == '\n') ++next_;
    }

    std::string_view text_;
    std::size_t start_ = 0, end_ = 0, next_ = 0;
    std::int64_t number_ = 0;
};

bool isFold(std::string_view line) { return !line.empty() && isSpaceOrTab(line.front()); }

bool isCardBoundary(std::string_view line) {
    const auto t = trimView(line);
    return equalsNoCase(t, "BEGIN:VCARD") || equalsNoCase(t, "END:VCARD");
}

bool isBase64Line(std::string_view line) {
    return !isBlank(line) && std::all_of(line.begin(), line.end(), [](char c) {
        return isAlnum(c) || c == '+' || c == '/' || c == '=' || isSpaceOrTab(c);
    });
}

// Finds the colon that ends a property's name and parameters, across folded lines. A colon inside a
// quoted parameter value (TYPE="a:b") does not count, unless the quote never closes.
class ColonScan {
public:
    std::optional<std::size_t> feed(std::string_view text) {
        for (; scanned_ < text.size(); ++scanned_) {
            const char c = text[scanned_];
            if (c == '"') inQuotes_ = !inQuotes_;
            if (c != ':') continue;
            if (!anyColon_) anyColon_ = scanned_;
            if (!inQuotes_) return scanned_;
        }
        return std::nullopt;
    }
    std::optional<std::size_t> anyColon() const { return anyColon_; }

private:
    std::size_t scanned_ = 0;
    bool inQuotes_ = false;
    std::optional<std::size_t> anyColon_;
};

// ---- property header: [group.]NAME;param;param ----

constexpr std::size_t kMaxTypes = 16; // more is garbage; the cap keeps de-duplication linear

void addTypeOnce(std::vector<std::string>& types, std::string type) {
    if (type.empty() || types.size() >= kMaxTypes) return;
    if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(std::move(type));
}

struct Header {
    std::string group, name; // name in upper case
    std::vector<std::string> types;
    std::string charset, omitYear;
    bool preferred = false, quotedPrintable = false, base64 = false, uriValue = false;
};

std::vector<std::string_view> splitOutsideQuotes(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    bool inQuotes = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"') inQuotes = !inQuotes;
        if (s[i] == separator && !inQuotes) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(s.substr(start));
    return parts;
}

std::string withoutQuotes(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != '"') out += c;
    return out;
}

bool isNameChar(char c) { return isAlnum(c) || c == '-' || c == '_'; }

bool isPropertyName(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), isNameChar);
}

bool isGroupName(std::string_view group) {
    return std::all_of(group.begin(), group.end(), [](char c) { return isNameChar(c) || c == '.'; });
}

void addParameterType(Header& h, std::string_view type) {
    type = trimView(type);
    if (equalsNoCase(type, "PREF")) {
        h.preferred = true;
        return;
    }
    addTypeOnce(h.types, validUtf8(lower(type)));
}

// True when `value` names a transfer encoding (2.1 allows it bare: "PHOTO;BASE64:").
bool applyEncoding(Header& h, std::string_view value) {
    if (equalsNoCase(value, "QUOTED-PRINTABLE"))
        h.quotedPrintable = true;
    else if (equalsNoCase(value, "BASE64") || equalsNoCase(value, "B"))
        h.base64 = true;
    else
        return equalsNoCase(value, "8BIT") || equalsNoCase(value, "7BIT");
    return true;
}

void applyNamedParameter(Header& h, const std::string& key, std::string_view rawValue) {
    const auto value = withoutQuotes(trimView(rawValue));
    if (key == "TYPE") {
        for (const auto type : splitOutsideQuotes(value, ',')) addParameterType(h, type);
    } else if (key == "PREF") {
        // 4.0 ranks 1 (most preferred) to 100; only the first rank counts as "preferred".
        h.preferred = h.preferred || trimView(value) == "1";
    } else if (key == "ENCODING") {
        applyEncoding(h, trimView(value));
    } else if (key == "CHARSET") {
        h.charset = trimView(value);
    } else if (key == "VALUE") {
        h.uriValue = equalsNoCase(trimView(value), "uri");
    } else if (key == "X-APPLE-OMIT-YEAR") {
        h.omitYear = trimView(value);
    }
}

void applyParameter(Header& h, std::string_view parameter) {
    const auto equals = parameter.find('=');
    if (equals == std::string_view::npos) {
        // vCard 2.1 names a kind or an encoding with no "TYPE=" ("TEL;WORK;VOICE:").
        const auto bare = trimView(parameter);
        if (!applyEncoding(h, bare)) addParameterType(h, bare);
        return;
    }
    applyNamedParameter(h, upper(trimView(parameter.substr(0, equals))), parameter.substr(equals + 1));
}

std::optional<Header> parseHeader(std::string_view head) {
    const auto parameters = splitOutsideQuotes(head, ';');
    const auto fullName = trimView(parameters.front());
    const auto dot = fullName.rfind('.');
    const auto name = dot == std::string_view::npos ? fullName : fullName.substr(dot + 1);
    const auto group = dot == std::string_view::npos ? std::string_view() : fullName.substr(0, dot);
    if (!isPropertyName(name) || !isGroupName(group)) return std::nullopt;
    Header h;
    h.name = upper(name);
    h.group = upper(group);
    for (std::size_t i = 1; i < parameters.size(); ++i) applyParameter(h, parameters[i]);
    return h;
}

bool isProperty(std::string_view line) {
    const auto colon = ColonScan().feed(line);
    return colon && parseHeader(line.substr(0, *colon)).has_value();
}

bool endsWithLoneBackslash(std::string_view s) {
    std::size_t backslashes = 0;
    while (backslashes < s.size() && s[s.size() - 1 - backslashes] == '\\') ++backslashes;
    return backslashes % 2 == 1;
}

// ---- values ----

std::string decodeQuotedPrintable(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '=' && i + 2 < raw.size() && hexValue(raw[i + 1]) >= 0 && hexValue(raw[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(raw[i + 1]) * 16 + hexValue(raw[i + 2]));
            i += 2;
        } else if (raw[i] == '=' && i + 1 == raw.size()) {
            break; // a soft line break with nothing after it (SyncEvolution's trailing "=")
        } else {
            out += raw[i]; // a malformed escape is kept as written, as mail readers do
        }
    }
    return out;
}

// The value's bytes as UTF-8, or nothing when its declared character set cannot be converted.
std::optional<std::string> decodeText(const Header& h, std::string_view raw) {
    std::string bytes = h.quotedPrintable ? decodeQuotedPrintable(raw) : std::string(raw);
    const bool foreign = !h.charset.empty() && !isUtf8Name(h.charset);
    // Quoted-printable bytes are always in the declared set; plain text usually was decoded before
    // it reached us, so it is converted only when it is not UTF-8 already.
    if (foreign && (h.quotedPrintable || !text::isValidUtf8(bytes))) {
        auto converted = convertToUtf8(bytes, h.charset);
        if (!converted) return std::nullopt;
        bytes = std::move(*converted);
    } else if (h.quotedPrintable && h.charset.empty() && !text::isValidUtf8(bytes)) {
        bytes = latin1ToUtf8(bytes); // vCard 2.1's default character set
    }
    return validUtf8(std::move(bytes));
}

// Undoes \n \N \\ \, \; (and Apple's and Gmail's \: \") and splits at unescaped `separator` ('\0': no split).
// Any other backslash is kept, so Windows paths in notes survive. CRLF from "=0D=0A" becomes LF.
std::vector<std::string> splitEscaped(std::string_view s, char separator) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        if (c == '\\' && (next == 'n' || next == 'N')) {
            parts.back() += '\n';
            ++i;
        } else if (c == '\\' && (next == '\\' || next == ',' || next == ';' || next == ':' || next == '"')) {
            parts.back() += next;
            ++i;
        } else if (c == separator) {
            parts.emplace_back();
        } else if (c == '\r') {
            if (next != '\n') parts.back() += '\n';
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

std::string unescapeText(std::string_view s) { return text::trim(splitEscaped(s, '\0').front()); }

std::string part(const std::vector<std::string>& parts, std::size_t i) {
    return i < parts.size() ? text::trim(parts[i]) : std::string();
}

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool isValidDay(int year, int month, int day) {
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return false;
    return !(month == 2 && day == 29 && year > 0 && !isLeapYear(year));
}

int number(std::string_view digits) {
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
}

std::string twoDigits(int n) { return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; }

// "YYYY-MM-DD" or "--MM-DD" from 19850412, 1985-04-12, --0412, --04-12 (time of day dropped). Apple
// marks an unknown year with a placeholder year named in X-APPLE-OMIT-YEAR.
std::optional<std::string> parseBirthday(std::string_view value, std::string_view omitYear) {
    value = trimView(value.substr(0, value.find_first_of("Tt")));
    const bool noYear = value.substr(0, 2) == "--";
    if (noYear) value.remove_prefix(2);
    if (!std::all_of(value.begin(), value.end(), [](char c) { return isDigit(c) || c == '-'; })) return std::nullopt;
    std::string digits;
    for (char c : value)
        if (c != '-') digits += c;
    if (digits.size() != (noYear ? 4u : 8u)) return std::nullopt;
    const auto year = noYear ? std::string() : digits.substr(0, 4);
    const int month = number(std::string_view(digits).substr(noYear ? 0 : 4, 2));
    const int day = number(std::string_view(digits).substr(noYear ? 2 : 6, 2));
    if (!isValidDay(year.empty() ? 0 : number(year), month, day)) return std::nullopt;
    const bool yearUnknown = year.empty() || (!omitYear.empty() && year == omitYear);
    return (yearUnknown ? "-" : year) + "-" + twoDigits(month) + "-" + twoDigits(day);
}

// "tel:+1-418-656-9254;ext=102" -> "+1-418-656-9254 ext. 102"; other URI parameters are dropped.
std::string telUriText(std::string_view uri) {
    const auto pieces = splitOutsideQuotes(uri, ';');
    std::string number(trimView(pieces.front()));
    for (std::size_t i = 1; i < pieces.size(); ++i)
        if (startsWithNoCase(pieces[i], "ext=")) number += " ext. " + std::string(pieces[i].substr(4));
    return number;
}

std::optional<std::string> phoneNumber(const Header& h, const std::string& value) {
    if (startsWithNoCase(value, "tel:")) {
        auto number = telUriText(std::string_view(value).substr(4));
        return number.empty() ? std::nullopt : std::optional(number);
    }
    // SIP and other addresses are not numbers to dial.
    if (value.empty() || h.uriValue || startsWithNoCase(value, "sip:")) return std::nullopt;
    return value;
}

// Apple's standard labels are wrapped ("_$!<HomePage>!$_"); custom labels are taken as typed.
std::string labelType(const std::string& label) {
    std::string_view t = label;
    if (t.size() >= 8 && t.substr(0, 4) == "_$!<" && t.substr(t.size() - 4) == ">!$_") t = t.substr(4, t.size() - 8);
    return lower(trimView(t));
}

// ---- cards being read ----

enum class ListKind { Email, Phone, Url, Address };

struct Member {
    ListKind kind;
    std::size_t index;
};

struct CardBuilder {
    VCard card;
    bool skipped = false;   // an AGENT's card: someone else, not a contact of this address book
    bool agentNext = false; // the last property was an empty 2.1 AGENT, whose card follows
    std::int64_t strayLines = 0;
    std::string failure; // why the card cannot be imported
    std::unordered_map<std::string, std::vector<Member>> groupMembers;
    std::unordered_map<std::string, std::string> groupLabels;
    std::unordered_set<std::string> categories;
};

std::vector<VCardValue>& valuesOf(VCard& card, ListKind kind) {
    if (kind == ListKind::Email) return card.emails;
    return kind == ListKind::Phone ? card.phones : card.urls;
}

std::vector<std::string>& typesOf(VCard& card, Member m) {
    if (m.kind == ListKind::Address) return card.addresses[m.index].types;
    return valuesOf(card, m.kind)[m.index].types;
}

// Properties of one group ("item1.EMAIL", "item1.X-ABLabel") describe one thing, in either order.
void joinGroup(CardBuilder& b, const std::string& group, Member member) {
    if (group.empty()) return;
    if (const auto label = b.groupLabels.find(group); label != b.groupLabels.end())
        addTypeOnce(typesOf(b.card, member), label->second);
    b.groupMembers[group].push_back(member);
}

void addValue(CardBuilder& b, ListKind kind, const Header& h, std::string value) {
    auto& list = valuesOf(b.card, kind);
    list.push_back({std::move(value), h.types, h.preferred});
    joinGroup(b, h.group, {kind, list.size() - 1});
}

void onFormattedName(CardBuilder& b, const Header&, const std::string& text) {
    if (b.card.formattedName.empty()) b.card.formattedName = unescapeText(text);
}

void onName(CardBuilder& b, const Header&, const std::string& text) {
    if (!b.card.familyName.empty() || !b.card.givenName.empty()) return;
    const auto parts = splitEscaped(text, ';');
    b.card.familyName = part(parts, 0);
    b.card.givenName = part(parts, 1);
}

void onOrganization(CardBuilder& b, const Header&, const std::string& text) {
    if (b.card.organization.empty()) b.card.organization = part(splitEscaped(text, ';'), 0);
}

void onTitle(CardBuilder& b, const Header&, const std::string& text) {
    if (b.card.title.empty()) b.card.title = unescapeText(text);
}

void onNote(CardBuilder& b, const Header&, const std::string& text) {
    const auto note = unescapeText(text);
    if (note.empty()) return;
    if (!b.card.note.empty()) b.card.note += '\n';
    b.card.note += note;
}

void onEmail(CardBuilder& b, const Header& h, const std::string& text) {
    auto email = unescapeText(text);
    if (!email.empty()) addValue(b, ListKind::Email, h, std::move(email));
}

void onPhone(CardBuilder& b, const Header& h, const std::string& text) {
    if (auto number = phoneNumber(h, unescapeText(text))) addValue(b, ListKind::Phone, h, std::move(*number));
}

void onUrl(CardBuilder& b, const Header& h, const std::string& text) {
    auto url = unescapeText(text);
    if (!url.empty()) addValue(b, ListKind::Url, h, std::move(url));
}

bool hasNoParts(const VCardAddress& a) {
    return a.poBox.empty() && a.extended.empty() && a.street.empty() && a.locality.empty() && a.region.empty() &&
           a.postalCode.empty() && a.country.empty();
}

void onAddress(CardBuilder& b, const Header& h, const std::string& text) {
    const auto p = splitEscaped(text, ';');
    VCardAddress a{part(p, 0), part(p, 1), part(p, 2), part(p, 3), part(p, 4), part(p, 5), part(p, 6), h.types};
    if (hasNoParts(a)) return;
    if (h.preferred) addTypeOnce(a.types, "pref");
    b.card.addresses.push_back(std::move(a));
    joinGroup(b, h.group, {ListKind::Address, b.card.addresses.size() - 1});
}

void onCategories(CardBuilder& b, const Header&, const std::string& text) {
    for (auto& category : splitEscaped(text, ',')) {
        auto name = text::trim(category);
        if (!name.empty() && b.categories.insert(name).second) b.card.categories.push_back(std::move(name));
    }
}

void onBirthday(CardBuilder& b, const Header& h, const std::string& text) {
    if (!b.card.birthday.empty()) return;
    if (auto date = parseBirthday(unescapeText(text), h.omitYear)) b.card.birthday = std::move(*date);
}

void onUid(CardBuilder& b, const Header&, const std::string& text) {
    if (b.card.uid.empty()) b.card.uid = unescapeText(text);
}

void onLabel(CardBuilder& b, const Header& h, const std::string& text) {
    auto type = labelType(unescapeText(text));
    // Only a group's first label counts, so a label repeated many times costs nothing.
    if (h.group.empty() || type.empty() || !b.groupLabels.emplace(h.group, type).second) return;
    for (const auto member : b.groupMembers[h.group]) addTypeOnce(typesOf(b.card, member), type);
}

using Handler = void (*)(CardBuilder&, const Header&, const std::string&);

struct HandlerEntry {
    std::string_view name;
    Handler handler;
};

constexpr std::array<HandlerEntry, 13> kHandlers{{
    {"FN", onFormattedName},
    {"N", onName},
    {"ORG", onOrganization},
    {"TITLE", onTitle},
    {"NOTE", onNote},
    {"EMAIL", onEmail},
    {"TEL", onPhone},
    {"URL", onUrl},
    {"ADR", onAddress},
    {"CATEGORIES", onCategories},
    {"BDAY", onBirthday},
    {"UID", onUid},
    {"X-ABLABEL", onLabel},
}};

Handler findHandler(std::string_view name) {
    for (const auto& entry : kHandlers)
        if (entry.name == name) return entry.handler;
    return nullptr;
}

// Properties whose value is read; the rest (PHOTO, SOUND, KEY, X-...) is skipped without a copy.
bool keepsValue(const Header& h) {
    if (h.base64) return false;
    return h.name == "BEGIN" || h.name == "END" || h.name == "AGENT" || findHandler(h.name) != nullptr;
}

bool hasNothingToImport(const VCard& c) {
    return c.formattedName.empty() && c.organization.empty() && c.title.empty() && c.note.empty() && c.emails.empty() &&
           c.phones.empty() && c.urls.empty() && c.addresses.empty();
}

// Cards inside cards deeper than this are garbage; the limit bounds memory on hostile input.
constexpr std::size_t kMaxOpenCards = 8;

class Reader {
public:
    explicit Reader(std::string_view text) : lines_(text) {}

    VCardFile read() {
        while (!lines_.atEnd()) readContentLine();
        while (!open_.empty()) abandonInnermostCard();
        if (!sawBegin_ && sawText_) problem(1, "no BEGIN:VCARD: this is not a vCard file");
        std::stable_sort(out_.cards.begin(), out_.cards.end(),
                         [](const auto& a, const auto& b) { return a.line < b.line; });
        std::stable_sort(out_.problems.begin(), out_.problems.end(),
                         [](const auto& a, const auto& b) { return a.line < b.line; });
        return std::move(out_);
    }

private:
    void readContentLine() {
        const auto first = lines_.take();
        const auto lineNumber = lines_.number();
        if (isBlank(first)) return;
        sawText_ = true;
        std::string headText;
        std::string_view head = first;
        const auto colon = findHeaderEnd(head, headText);
        const auto header = colon ? parseHeader(head.substr(0, *colon)) : std::nullopt;
        if (!header) {
            // Not a property (a comment, a broken line): ignored with anything folded under it.
            consumeFolds(nullptr);
            if (!open_.empty()) ++open_.back().strayLines;
            return;
        }
        consumeValue(*header, head.substr(*colon + 1), keepsValue(*header));
        dispatch(*header, lineNumber);
    }

    // Where the header ends; a header folded over several lines is gathered into `headText` first.
    std::optional<std::size_t> findHeaderEnd(std::string_view& head, std::string& headText) {
        ColonScan scan;
        auto colon = scan.feed(head);
        if (colon) return colon;
        headText.assign(head);
        while (!colon && !lines_.atEnd() && isFold(lines_.peek())) {
            headText.append(lines_.take().substr(1));
            colon = scan.feed(headText);
        }
        head = headText;
        return colon ? colon : scan.anyColon();
    }

    void consumeValue(const Header& h, std::string_view start, bool keep) {
        value_.clear();
        if (keep) value_.assign(start);
        std::string* sink = keep ? &value_ : nullptr;
        if (h.quotedPrintable) {
            consumeSoftBreaks(sink, !start.empty() && start.back() == '=');
        } else {
            consumeFolds(sink);
            if (sink) consumeBackslashLines(*sink);
        }
        // vCard 2.1 base64 may continue on unindented lines up to a blank one.
        if (h.base64)
            while (!lines_.atEnd() && isBase64Line(lines_.peek())) lines_.take();
    }

    void consumeFolds(std::string* sink) {
        while (!lines_.atEnd() && isFold(lines_.peek())) {
            const auto next = lines_.take();
            if (sink) sink->append(next.substr(1));
        }
    }

    // Some 2.1 writers end a line with a backslash and go on with the value on the next line
    // ("ADR;HOME:;;Hermann v. Brevern\", "9999999\", "Packstation 999;Hamburg;;99999").
    void consumeBackslashLines(std::string& value) {
        while (endsWithLoneBackslash(value) && !lines_.atEnd() && !isBlank(lines_.peek()) &&
               !isProperty(lines_.peek())) {
            value += 'n'; // with the backslash, an escaped line break
            value.append(lines_.take());
        }
    }

    // Quoted-printable: a line ending in "=" continues on the next line, whose leading spaces are
    // text. A blank line or a BEGIN/END:VCARD after the "=" ends the value instead (the "=" was data
    // or a writer's slip), so a card is not swallowed by the one before it.
    void consumeSoftBreaks(std::string* sink, bool softBreak) {
        while (!lines_.atEnd()) {
            const auto next = lines_.peek();
            if (softBreak && !isBlank(next) && !isCardBoundary(next)) {
                if (sink) {
                    sink->pop_back();
                    sink->append(next);
                }
            } else if (isFold(next)) {
                if (sink) sink->append(next.substr(1));
            } else {
                return;
            }
            lines_.take();
            softBreak = !next.empty() && next.back() == '=';
        }
    }

    void dispatch(const Header& h, std::int64_t line) {
        if (h.name == "BEGIN") {
            if (equalsNoCase(trimView(value_), "VCARD")) beginCard(line, false);
            return;
        }
        if (open_.empty()) return; // a property outside any card
        if (h.name == "END") {
            if (equalsNoCase(trimView(value_), "VCARD")) endCard();
            return;
        }
        if (h.name == "AGENT") return onAgent(line);
        auto& b = open_.back();
        b.agentNext = false;
        const auto handler = findHandler(h.name);
        if (!handler || h.base64 || b.skipped || !b.failure.empty()) return;
        if (auto text = decodeText(h, value_)) return handler(b, h, *text);
        b.failure = h.name + " on line " + std::to_string(line) + " cannot be converted from " + validUtf8(h.charset) +
                    "; card skipped";
    }

    // 2.1 writes an agent's card after an empty AGENT or right in its value; 3.0 escapes the
    // whole card into the value (it has END:VCARD too), and that is only text to ignore.
    void onAgent(std::int64_t line) {
        const auto value = trimView(value_);
        if (value.empty())
            open_.back().agentNext = true;
        else if (startsWithNoCase(value, "BEGIN:VCARD") && !containsNoCase(value, "END:VCARD"))
            beginCard(line, true);
    }

    void beginCard(std::int64_t line, bool agent) {
        sawBegin_ = true;
        bool skipped = agent;
        if (!open_.empty()) {
            skipped = skipped || open_.back().skipped || open_.back().agentNext;
            open_.back().agentNext = false;
        }
        if (open_.size() >= kMaxOpenCards) abandonInnermostCard();
        CardBuilder b;
        b.card.line = line;
        b.skipped = skipped;
        open_.push_back(std::move(b));
    }

    void endCard() {
        auto b = std::move(open_.back());
        open_.pop_back();
        finishCard(std::move(b));
    }

    void abandonInnermostCard() {
        if (!open_.back().skipped) problem(open_.back().card.line, "card has no END:VCARD; skipped");
        open_.pop_back();
    }

    void finishCard(CardBuilder b) {
        if (b.skipped) return;
        if (!b.failure.empty()) return problem(b.card.line, std::move(b.failure));
        auto& card = b.card;
        if (card.formattedName.empty()) card.formattedName = nameFromParts(card.familyName, card.givenName);
        if (hasNothingToImport(card)) {
            auto reason = std::string("card has no name, organization, e-mail, phone or address; skipped");
            if (b.strayLines > 0) reason += " (" + std::to_string(b.strayLines) + " lines were not vCard properties)";
            return problem(card.line, std::move(reason));
        }
        out_.cards.push_back(std::move(card));
    }

    void problem(std::int64_t line, std::string reason) { out_.problems.push_back({line, std::move(reason)}); }

    LineCursor lines_;
    std::vector<CardBuilder> open_; // cards begun and not yet ended, innermost last
    VCardFile out_;
    std::string value_; // the current property's unfolded value, reused to keep its capacity
    bool sawBegin_ = false, sawText_ = false;
};

// ---- writing ----

std::string escapeText(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' || c == ',' || c == ';') {
            out += '\\';
            out += c;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

// URIs are not text: their commas and semicolons are not escaped; only line breaks are dropped.
std::string uriText(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != '\r' && c != '\n') out += c;
    return out;
}

// Lines longer than 75 octets are folded, never inside a UTF-8 character (RFC 2426 2.6, RFC 6350 3.2).
void appendContentLine(std::string& out, std::string_view line) {
    constexpr std::size_t kLimit = 75;
    std::size_t room = kLimit;
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && isContinuationByte(line[cut])) --cut;
        if (cut == 0) cut = room; // not UTF-8 at all: cut anyway rather than loop
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        room = kLimit - 1; // the continuation's leading space counts
    }
    out.append(line);
    out += "\r\n";
}

bool isTypeToken(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return isNameChar(c) && c != '_'; });
}

std::string typeParameters(const std::vector<std::string>& types, bool preferred, VCardVersion version) {
    std::vector<std::string> tokens;
    for (const auto& type : types) {
        auto t = lower(type);
        if (t == "pref")
            preferred = true;
        else if (isTypeToken(t) && std::find(tokens.begin(), tokens.end(), t) == tokens.end())
            tokens.push_back(t);
    }
    const bool v4 = version == VCardVersion::V4;
    if (!v4 && preferred) tokens.push_back("pref");
    std::string out;
    if (!tokens.empty())
        out += ";TYPE=" + (v4 && tokens.size() > 1 ? "\"" + join(tokens, ",") + "\"" : join(tokens, ","));
    if (v4 && preferred) out += ";PREF=1";
    return out;
}

// A number that already is a global tel: URI number is written as one; anything else stays text
// (also valid in 4.0), so reading the file back gives the number exactly as it was.
bool isGlobalTelNumber(std::string_view n) {
    return n.size() > 1 && n.front() == '+' && std::any_of(n.begin(), n.end(), isDigit) &&
           std::all_of(n.begin() + 1, n.end(),
                       [](char c) { return isDigit(c) || c == '-' || c == '.' || c == '(' || c == ')'; });
}

std::string phoneLine(const VCardValue& phone, VCardVersion version) {
    const auto parameters = typeParameters(phone.types, phone.preferred, version);
    if (version == VCardVersion::V4 && isGlobalTelNumber(phone.value))
        return "TEL;VALUE=uri" + parameters + ":tel:" + phone.value;
    return "TEL" + parameters + ":" + escapeText(phone.value);
}

std::pair<std::string, std::string> splitFormattedName(std::string_view formatted) {
    const auto name = text::trim(formatted);
    if (name.empty()) return {};
    std::size_t firstEnd = 0;
    const bool cjk = isCjk(nextCodePoint(name, firstEnd));
    if (cjk) {
        const auto space = name.find(' ');
        if (space == std::string::npos) return {name.substr(0, firstEnd), name.substr(firstEnd)};
        return {text::trim(name.substr(0, space)), text::trim(name.substr(space + 1))};
    }
    const auto space = name.rfind(' ');
    if (space == std::string::npos) return {name, {}};
    return {text::trim(name.substr(space + 1)), text::trim(name.substr(0, space))};
}

std::string structuredName(const VCard& card) {
    auto family = card.familyName, given = card.givenName;
    if (family.empty() && given.empty()) std::tie(family, given) = splitFormattedName(card.formattedName);
    return escapeText(family) + ";" + escapeText(given) + ";;;";
}

std::string displayName(const VCard& card) {
    if (!card.formattedName.empty()) return card.formattedName;
    auto name = nameFromParts(card.familyName, card.givenName);
    if (name.empty()) name = card.organization;
    if (name.empty() && !card.emails.empty()) name = card.emails.front().value;
    return name;
}

std::string addressValue(const VCardAddress& a) {
    return join({escapeText(a.poBox), escapeText(a.extended), escapeText(a.street), escapeText(a.locality),
                 escapeText(a.region), escapeText(a.postalCode), escapeText(a.country)},
                ";");
}

// RFC 6350 dates are in ISO 8601's basic format (19850412, --0412); RFC 2426 uses 1985-04-12.
std::optional<std::string> birthdayText(std::string_view birthday, VCardVersion version) {
    auto iso = parseBirthday(birthday, {});
    if (!iso || version == VCardVersion::V3) return iso;
    std::string basic = iso->substr(0, 2) == "--" ? "--" : "";
    for (char c : *iso)
        if (c != '-') basic += c;
    return basic;
}

void appendText(std::string& out, std::string_view name, const std::string& value) {
    if (!value.empty()) appendContentLine(out, std::string(name) + ":" + escapeText(value));
}

void appendValues(std::string& out, std::string_view name, const std::vector<VCardValue>& values,
                  VCardVersion version) {
    for (const auto& v : values) {
        if (v.value.empty()) continue;
        const auto text = name == "URL" ? uriText(v.value) : escapeText(v.value);
        appendContentLine(out, std::string(name) + typeParameters(v.types, v.preferred, version) + ":" + text);
    }
}

void appendCard(std::string& out, const VCard& card, VCardVersion version) {
    appendContentLine(out, "BEGIN:VCARD");
    appendContentLine(out, version == VCardVersion::V4 ? "VERSION:4.0" : "VERSION:3.0");
    appendContentLine(out, "FN:" + escapeText(displayName(card)));
    appendContentLine(out, "N:" + structuredName(card));
    appendText(out, "ORG", card.organization);
    appendText(out, "TITLE", card.title);
    appendValues(out, "EMAIL", card.emails, version);
    for (const auto& phone : card.phones)
        if (!phone.value.empty()) appendContentLine(out, phoneLine(phone, version));
    for (const auto& a : card.addresses)
        if (!hasNoParts(a))
            appendContentLine(out, "ADR" + typeParameters(a.types, false, version) + ":" + addressValue(a));
    appendValues(out, "URL", card.urls, version);
    appendText(out, "NOTE", card.note);
    std::vector<std::string> categories;
    for (const auto& c : card.categories)
        if (!c.empty()) categories.push_back(escapeText(c));
    if (!categories.empty()) appendContentLine(out, "CATEGORIES:" + join(categories, ","));
    if (const auto bday = birthdayText(card.birthday, version)) appendContentLine(out, "BDAY:" + *bday);
    appendText(out, "UID", card.uid);
    appendContentLine(out, "END:VCARD");
}

} // namespace

VCardFile readVCards(std::string_view utf8Text) { return Reader(utf8Text).read(); }

std::string writeVCards(const std::vector<VCard>& cards, VCardVersion version) {
    std::string out;
    for (const auto& card : cards) appendCard(out, card, version);
    return out;
}

} // namespace satchel::io
