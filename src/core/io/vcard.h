#pragma once
// vCard address books (2.1, 3.0 and 4.0) read into neutral cards, and cards written as 3.0 or 4.0.
//
// Reading is lenient and linear in the size of the text: it is fed whatever phones and mail programs
// export (and garbage), so it never throws, never recurses and skips what it does not keep (photos,
// sounds, keys, instant-messaging handles) without copying it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::io {

// An e-mail address, phone number or web address with its kinds.
struct VCardValue {
    std::string value;
    // Lower-case kinds: "work", "home", "cell", "fax", "voice", "internet"... An Apple label given to
    // the property's group ("item1.X-ABLabel:_$!<HomePage>!$_") becomes one more kind ("homepage").
    std::vector<std::string> types;
    bool preferred = false; // TYPE=pref, a bare 2.1 PREF, or 4.0 PREF=1

    bool operator==(const VCardValue&) const = default;
};

struct VCardAddress {
    std::string poBox, extended, street, locality, region, postalCode, country;
    std::vector<std::string> types; // as VCardValue::types; an address has no flag, so "pref" stays a kind

    bool operator==(const VCardAddress&) const = default;
};

struct VCard {
    // FN. When FN is empty or absent it is built from N: "given family", or "familygiven" with no
    // space when either part is Chinese, Japanese or Korean (王 + 小明 -> 王小明).
    std::string formattedName;
    std::string familyName, givenName; // N's first two parts
    std::string organization;          // ORG's first part (the company; departments are dropped)
    std::string title;                 // the first TITLE
    std::string note;                  // every NOTE, one per line
    std::vector<VCardValue> emails, phones, urls;
    std::vector<VCardAddress> addresses;
    std::vector<std::string> categories; // CATEGORIES, split at unescaped commas
    // "YYYY-MM-DD", or "--MM-DD" when the year is unknown. Read from 19850412, 1985-04-12, --0412 and
    // --04-12, with any time of day dropped; left empty when BDAY is not a date.
    std::string birthday;
    std::string uid;
    std::int64_t line = 0; // 1-based line of BEGIN:VCARD, for messages

    bool operator==(const VCard&) const = default;
};

// Something in the file the user should hear about. `line` is the card's BEGIN:VCARD line (or 1 when
// the text holds no card at all). Every problem means a card was not read: one without END:VCARD,
// one whose text is in a character set that cannot be converted, one with nothing to import.
struct VCardProblem {
    std::int64_t line = 0;
    std::string reason;

    bool operator==(const VCardProblem&) const = default;
};

struct VCardFile {
    std::vector<VCard> cards; // in the order of their BEGIN lines
    std::vector<VCardProblem> problems;
};

// Reads every card of a vCard 2.1, 3.0 or 4.0 file. The text is UTF-8, except that values with a
// CHARSET parameter are converted from that character set (Shift_JIS, ISO-8859-1, GB2312, GBK...)
// when they are quoted-printable, or when their bytes are not UTF-8 (phones that wrote Shift_JIS
// straight into the file). Every string in the result is valid UTF-8.
//
// A card inside a card is read as a card of its own (a file whose card lost its END:VCARD reads the
// same way), except the card of an AGENT property, which is skipped.
VCardFile readVCards(std::string_view utf8Text);

enum class VCardVersion { V3, V4 };

// Writes the cards as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350): CRLF line ends, lines folded at 75
// octets (never inside a UTF-8 character), text escaped. 4.0 writes TYPE="work,voice", PREF=1, and
// phone numbers that already are global tel: numbers (+1-555-555-0100) as tel: URIs.
//
// N is family;given;;;. When a card has neither, FN is split: Western names at the last space
// ("Zoë Lefèvre" -> Lefèvre; Zoë), Chinese, Japanese and Korean names at the first space, or, with no
// space, after the first character, the most common surname length (王小明 -> 王; 小明). A single
// word is the family name.
std::string writeVCards(const std::vector<VCard>& cards, VCardVersion version = VCardVersion::V3);

} // namespace satchel::io
