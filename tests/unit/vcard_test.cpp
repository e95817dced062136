#include "core/common/text.h"
#include "core/io/vcard.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef __EMSCRIPTEN__
#include <filesystem>
#endif

using namespace satchel::io;

namespace {

using Strings = std::vector<std::string>;

std::string kinds(const Strings& types) {
    std::string out;
    for (const auto& t : types) out += (out.empty() ? "" : ",") + t;
    return "[" + out + "]";
}

std::string describe(const VCardValue& v) { return v.value + " " + kinds(v.types) + (v.preferred ? " pref" : ""); }

// One string, so a failed check prints what was read.
std::string describe(const std::vector<VCardValue>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : " | ") + describe(v);
    return out;
}

std::string describe(const VCardAddress& a) {
    return a.poBox + "|" + a.extended + "|" + a.street + "|" + a.locality + "|" + a.region + "|" + a.postalCode + "|" +
           a.country + " " + kinds(a.types);
}

std::string describe(const std::vector<VCardAddress>& addresses) {
    std::string out;
    for (const auto& a : addresses) out += (out.empty() ? "" : " | ") + describe(a);
    return out;
}

// Field by field, so a failure names the field that differs.
void checkSameCard(const VCard& expected, const VCard& actual) {
    CHECK(actual.formattedName == expected.formattedName);
    CHECK(actual.familyName == expected.familyName);
    CHECK(actual.givenName == expected.givenName);
    CHECK(actual.organization == expected.organization);
    CHECK(actual.title == expected.title);
    CHECK(actual.note == expected.note);
    CHECK(describe(actual.emails) == describe(expected.emails));
    CHECK(describe(actual.phones) == describe(expected.phones));
    CHECK(describe(actual.urls) == describe(expected.urls));
    CHECK(describe(actual.addresses) == describe(expected.addresses));
    CHECK(actual.categories == expected.categories);
    CHECK(actual.birthday == expected.birthday);
    CHECK(actual.uid == expected.uid);
}

bool allUtf8(const VCard& c) {
    Strings texts{c.formattedName, c.familyName, c.givenName, c.organization, c.title, c.note, c.birthday, c.uid};
    for (const auto* list : {&c.emails, &c.phones, &c.urls})
        for (const auto& v : *list) {
            texts.push_back(v.value);
            texts.insert(texts.end(), v.types.begin(), v.types.end());
        }
    for (const auto& a : c.addresses) {
        texts.insert(texts.end(), {a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country});
        texts.insert(texts.end(), a.types.begin(), a.types.end());
    }
    texts.insert(texts.end(), c.categories.begin(), c.categories.end());
    return std::all_of(texts.begin(), texts.end(), [](const std::string& s) { return satchel::text::isValidUtf8(s); });
}

bool allUtf8(const VCardFile& file) {
    return std::all_of(file.cards.begin(), file.cards.end(), [](const VCard& c) { return allUtf8(c); }) &&
           std::all_of(file.problems.begin(), file.problems.end(),
                       [](const VCardProblem& p) { return satchel::text::isValidUtf8(p.reason); });
}

bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const VCard* findCard(const VCardFile& file, std::string_view formattedName) {
    const auto it = std::find_if(file.cards.begin(), file.cards.end(),
                                 [&](const VCard& c) { return c.formattedName == formattedName; });
    return it == file.cards.end() ? nullptr : &*it;
}

double secondsFor(const std::string& text) {
    const auto start = std::chrono::steady_clock::now();
    const auto file = readVCards(text);
    CHECK(file.cards.size() + file.problems.size() < text.size() + 2); // keeps the call from being optimised out
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

VCard chineseCard() {
    VCard c;
    c.formattedName = "王小明 😀";
    c.familyName = "王";
    c.givenName = "小明";
    c.organization = "Acme; Zürich, AG";
    c.title = "Directeur général";
    c.note = "第一行\nSecond line, with a comma; a semicolon and a backslash \\ done.\n";
    for (int i = 0; i < 12; ++i) c.note += "这是一段很长的中文备注，用来检查折行不会把字切开。🎉";
    c.emails = {{"wang@example.cn", {"work", "internet"}, true}, {"xiaoming@example.org", {"home"}, false}};
    c.phones = {{"+1-555-555-0100", {"cell", "voice"}, true}, {"(650) 555-1212", {"work", "fax"}, false}};
    c.urls = {{"https://example.com/a,b;c?q=1", {"work"}, false}};
    c.addresses = {
        {"PO 1", "Suite 5", "1 Rue de l'Église\nBâtiment B", "Paris", "Île-de-France", "75001", "France", {"work"}}};
    c.categories = {"VIP", "客户", "Gold, Silver"};
    c.birthday = "1985-04-12";
    c.uid = "urn:uuid:5b2a8d0e-1c3f-4e57-9a8b-2f1d3c4b5a69";
    return c;
}

VCard frenchCard() {
    VCard c;
    c.formattedName = "Zoë Lefèvre";
    c.familyName = "Lefèvre";
    c.givenName = "Zoë";
    c.note = "Café at 10 🎂";
    c.emails = {{"zoe@exemple.fr", {}, false}};
    c.phones = {{"06 12 34 56 78", {"cell"}, false}};
    c.birthday = "--04-12";
    return c;
}

void checkRoundTrip(VCardVersion version) {
    const std::vector<VCard> cards{chineseCard(), frenchCard()};
    const auto back = readVCards(writeVCards(cards, version));
    CHECK(back.problems.empty());
    REQUIRE(back.cards.size() == 2);
    checkSameCard(cards[0], back.cards[0]);
    checkSameCard(cards[1], back.cards[1]);
    CHECK(back.cards[0].line == 1);
    CHECK(back.cards[1].line > back.cards[0].line);
}

Strings physicalLines(const std::string& written) {
    Strings lines;
    std::size_t start = 0;
    while (start < written.size()) {
        const auto end = written.find("\r\n", start);
        REQUIRE(end != std::string::npos); // every line ends with CRLF
        lines.push_back(written.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

// A vCard with `bday` as its BDAY line; returns what the reader made of it.
std::string birthdayFrom(const std::string& bday) {
    const auto file = readVCards("BEGIN:VCARD\nVERSION:3.0\nFN:Someone\n" + bday + "\nEND:VCARD\n");
    REQUIRE(file.cards.size() == 1);
    return file.cards[0].birthday;
}

std::string formattedNameFrom(const std::string& nameLines) {
    const auto file = readVCards("BEGIN:VCARD\nVERSION:3.0\n" + nameLines + "\nEND:VCARD\n");
    REQUIRE(file.cards.size() == 1);
    return file.cards[0].formattedName;
}

std::string base64Block(std::size_t bytes, std::size_t lineLength, std::string_view indent) {
    static constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve(bytes + bytes / lineLength * 4 + 8);
    for (std::size_t i = 0; i < bytes; ++i) {
        if (i > 0 && i % lineLength == 0) out += "\r\n" + std::string(indent);
        out += alphabet[(i * 7 + i / 3) % alphabet.size()];
    }
    return out;
}

} // namespace

TEST_CASE("vCard round trip in 3.0 gives back every field, with Chinese, emoji and accents") {
    checkRoundTrip(VCardVersion::V3);
}

TEST_CASE("vCard round trip in 4.0 gives back every field, with Chinese, emoji and accents") {
    checkRoundTrip(VCardVersion::V4);
}

TEST_CASE("vCard writer ends lines with CRLF and folds them at 75 octets without cutting a character") {
    for (const auto version : {VCardVersion::V3, VCardVersion::V4}) {
        const auto written = writeVCards({chineseCard()}, version);
        const auto lines = physicalLines(written);
        CHECK(lines.size() > 10);
        for (const auto& line : lines) {
            CHECK(line.size() <= 75);
            CHECK(satchel::text::isValidUtf8(line)); // a fold never splits a UTF-8 sequence
            CHECK(line.find('\n') == std::string::npos);
        }
        CHECK(lines.front() == "BEGIN:VCARD");
        CHECK(lines[1] == (version == VCardVersion::V3 ? "VERSION:3.0" : "VERSION:4.0"));
        CHECK(lines.back() == "END:VCARD");
    }
}

TEST_CASE("vCard writer escapes commas, semicolons, backslashes and line breaks in text") {
    VCard card;
    card.formattedName = "Smith, Jane";
    card.note = "a,b;c\\d\ne";
    card.organization = "Acme; Inc";
    card.categories = {"Gold, Silver", "VIP"};
    const auto written = writeVCards({card});
    CHECK(written.find("FN:Smith\\, Jane\r\n") != std::string::npos);
    CHECK(written.find("NOTE:a\\,b\\;c\\\\d\\ne\r\n") != std::string::npos);
    CHECK(written.find("ORG:Acme\\; Inc\r\n") != std::string::npos);
    CHECK(written.find("CATEGORIES:Gold\\, Silver,VIP\r\n") != std::string::npos);
    CHECK(written.find("N:Jane;Smith\\,;;;\r\n") != std::string::npos); // split at the last space
}

TEST_CASE("vCard 4.0 output uses quoted type lists, PREF=1, tel: URIs and basic-format birthdays") {
    const auto v4 = writeVCards({chineseCard(), frenchCard()}, VCardVersion::V4);
    CHECK(v4.find("TEL;VALUE=uri;TYPE=\"cell,voice\";PREF=1:tel:+1-555-555-0100\r\n") != std::string::npos);
    CHECK(v4.find("TEL;TYPE=\"work,fax\":(650) 555-1212\r\n") != std::string::npos); // not a tel: URI as typed
    CHECK(v4.find("EMAIL;TYPE=\"work,internet\";PREF=1:wang@example.cn\r\n") != std::string::npos);
    CHECK(v4.find("EMAIL;TYPE=home:xiaoming@example.org\r\n") != std::string::npos);
    CHECK(v4.find("BDAY:19850412\r\n") != std::string::npos);
    CHECK(v4.find("BDAY:--0412\r\n") != std::string::npos);
    const auto v3 = writeVCards({chineseCard(), frenchCard()}, VCardVersion::V3);
    CHECK(v3.find("TEL;TYPE=cell,voice,pref:+1-555-555-0100\r\n") != std::string::npos);
    CHECK(v3.find("BDAY:1985-04-12\r\n") != std::string::npos);
    CHECK(v3.find("BDAY:--04-12\r\n") != std::string::npos);
}

TEST_CASE("vCard writer fills N from the formatted name: Western at the last space, Chinese after the surname") {
    auto nameLine = [](const std::string& formatted) {
        VCard card;
        card.formattedName = formatted;
        const auto written = writeVCards({card});
        const auto start = written.find("\r\nN:") + 2;
        return written.substr(start, written.find("\r\n", start) - start);
    };
    CHECK(nameLine("Zoë Lefèvre") == "N:Lefèvre;Zoë;;;");
    CHECK(nameLine("Jean Paul Sartre") == "N:Sartre;Jean Paul;;;");
    CHECK(nameLine("王小明") == "N:王;小明;;;");
    CHECK(nameLine("安藤 ロイド") == "N:安藤;ロイド;;;");
    CHECK(nameLine("Madonna") == "N:Madonna;;;;");
    CHECK(nameLine("") == "N:;;;;");
}

TEST_CASE("vCard 2.1 quoted-printable names decode from UTF-8, Shift_JIS, ISO-8859-1 and GB2312") {
    const auto file = readVCards("BEGIN:VCARD\r\n"
                                 "VERSION:2.1\r\n"
                                 "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E5=B0=8F=E6=98=8E;;;\r\n"
                                 "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Zo=C3=AB=0D=0A=\r\n"
                                 "second line\r\n"
                                 "END:VCARD\r\n"
                                 "BEGIN:VCARD\r\n"
                                 "VERSION:2.1\r\n"
                                 "N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=88=C0=93=A1;=83=8D=83=43=83=68;;;\r\n"
                                 "TEL;CELL:090-1234-5678\r\n"
                                 "END:VCARD\r\n"
                                 "BEGIN:VCARD\r\n"
                                 "VERSION:2.1\r\n"
                                 "FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Zo=EB Lef=E8vre\r\n"
                                 "END:VCARD\r\n"
                                 "BEGIN:VCARD\r\n"
                                 "VERSION:2.1\r\n"
                                 "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=GB2312:=CD=F5=D0=A1=C3=F7\r\n"
                                 "END:VCARD\r\n");
    CHECK(file.problems.empty());
    REQUIRE(file.cards.size() == 4);
    CHECK(file.cards[0].formattedName == "王小明"); // built from N, family first with no space
    CHECK(file.cards[0].note == "Zoë\nsecond line");
    CHECK(file.cards[1].familyName == "安藤");
    CHECK(file.cards[1].givenName == "ロイド");
    CHECK(file.cards[1].formattedName == "安藤ロイド");
    CHECK(file.cards[2].formattedName == "Zoë Lefèvre");
    CHECK(file.cards[3].formattedName == "王小明");
}

TEST_CASE("vCard text in a character set that cannot be converted skips that card with a problem") {
    const auto file = readVCards("BEGIN:VCARD\n"
                                 "VERSION:2.1\n"
                                 "FN;CHARSET=X-NO-SUCH-CHARSET;ENCODING=QUOTED-PRINTABLE:=FF=FE\n"
                                 "END:VCARD\n"
                                 "BEGIN:VCARD\n"
                                 "VERSION:2.1\n"
                                 "FN:Fine\n"
                                 "NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:cut off =82\n"
                                 "END:VCARD\n"
                                 "BEGIN:VCARD\n"
                                 "FN:Next\n"
                                 "END:VCARD\n");
    REQUIRE(file.cards.size() == 1);
    CHECK(file.cards[0].formattedName == "Next");
    REQUIRE(file.problems.size() == 2);
    CHECK(file.problems[0].line == 1);
    CHECK(file.problems[0].reason.find("X-NO-SUCH-CHARSET") != std::string::npos);
    CHECK(file.problems[1].line == 5);
    CHECK(file.problems[1].reason.find("NOTE on line 8") != std::string::npos);
}

TEST_CASE("vCard folded lines are joined back, whatever the line ends") {
    const std::string text = "BEGIN:VCARD\n"
                             "VERSION:3.0\n"
                             "FN:Zoë\n"
                             " Lefèvre\n"
                             "EMAIL;TYPE=work;X-COUCHDB-UUID=\"83a75a5d-2777-45aa-bab5-76a4\n"
                             " bd972490\":zoe@exem\n"
                             "\tple.fr\n"
                             "NOTE:one\\n\n"
                             " two\n"
                             "END:VCARD\n";
    for (const std::string ending : {"\n", "\r\n", "\r", "\r\r\n"}) {
        std::string withEndings;
        for (char c : text) withEndings += c == '\n' ? ending : std::string(1, c);
        const auto file = readVCards(withEndings);
        CHECK(file.problems.empty());
        REQUIRE(file.cards.size() == 1);
        const auto& card = file.cards[0];
        CHECK(card.formattedName == "ZoëLefèvre"); // a fold removes the line break and one space only
        CHECK(describe(card.emails) == "zoe@exemple.fr [work]");
        CHECK(card.note == "one\ntwo");
    }
}

TEST_CASE("vCard grouped properties take their Apple label as a kind, before or after") {
    const auto file = readVCards("BEGIN:VCARD\n"
                                 "VERSION:3.0\n"
                                 "FN:Grouped\n"
                                 "item1.EMAIL;type=INTERNET:a@example.com\n"
                                 "item1.X-ABLabel:_$!<Other>!$_\n"
                                 "item2.X-ABLabel:Assistant\n"
                                 "item2.TEL:+1 555 0101\n"
                                 "ITEM3.URL:http\\://example.com/blog\n"
                                 "item3.x-ablabel:_$!<HomePage>!$_\n"
                                 "item4.ADR;TYPE=home:;;1 Main St;Springfield;;;\n"
                                 "item4.X-ABADR:us\n"
                                 "END:VCARD\n");
    REQUIRE(file.cards.size() == 1);
    const auto& card = file.cards[0];
    CHECK(describe(card.emails) == "a@example.com [internet,other]");
    CHECK(describe(card.phones) == "+1 555 0101 [assistant]");
    CHECK(describe(card.urls) == "http://example.com/blog [homepage]");
    CHECK(describe(card.addresses) == "||1 Main St|Springfield||| [home]");
}

TEST_CASE("vCard parameters in 2.1, 3.0 and 4.0 styles give the same kinds and preference") {
    const auto file = readVCards("BEGIN:VCARD\n"
                                 "VERSION:4.0\n"
                                 "FN:Kinds\n"
                                 "TEL;WORK;VOICE;PREF:1\n"
                                 "TEL;TYPE=work,voice;TYPE=pref:2\n"
                                 "TEL;TYPE=\"work,voice\";PREF=1:3\n"
                                 "tel;type=WORK;type=VOICE:4\n"
                                 "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+1-555-555-5555\n"
                                 "TEL;PREF=2;TYPE=WORK,VOICE:6\n"
                                 "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\n"
                                 "TEL;VALUE=uri;TYPE=home:sip:someone@example.com\n"
                                 "END:VCARD\n");
    REQUIRE(file.cards.size() == 1);
    CHECK(describe(file.cards[0].phones) == "1 [work,voice] pref | 2 [work,voice] pref | 3 [work,voice] pref | "
                                            "4 [work,voice] | +1-555-555-5555 [work,voice] | 6 [work,voice] | "
                                            "+1-418-656-9254 ext. 102 [work,voice] pref");
}

TEST_CASE("vCard value escapes and escaped commas in CATEGORIES are respected") {
    const auto file = readVCards("BEGIN:VCARD\n"
                                 "VERSION:3.0\n"
                                 "FN:Escapes\\, Inc.\n"
                                 "ORG:Acme\\; Inc;Sales\n"
                                 "NOTE:one\\ntwo\\Nthree\\, four\\; five \\\\ six C:\\temp\n"
                                 "CATEGORIES:VIP,Gold\\, Silver, 客户 ,,VIP\n"
                                 "ADR:;;1 Main St\\nFloor 2;Town\\, North;;;\n"
                                 "END:VCARD\n");
    REQUIRE(file.cards.size() == 1);
    const auto& card = file.cards[0];
    CHECK(card.formattedName == "Escapes, Inc.");
    CHECK(card.organization == "Acme; Inc");
    CHECK(card.note == "one\ntwo\nthree, four; five \\ six C:\\temp");
    CHECK(card.categories == Strings{"VIP", "Gold, Silver", "客户"});
    CHECK(describe(card.addresses) == "||1 Main St\nFloor 2|Town, North||| []");
}

TEST_CASE("vCard birthdays read as ISO dates, or --MM-DD when the year is missing") {
    CHECK(birthdayFrom("BDAY:--0412") == "--04-12");
    CHECK(birthdayFrom("BDAY:--04-12") == "--04-12");
    CHECK(birthdayFrom("BDAY:19850412") == "1985-04-12");
    CHECK(birthdayFrom("BDAY:1985-04-12") == "1985-04-12");
    CHECK(birthdayFrom("BDAY;VALUE=date-time:1985-04-12T10:15:00Z") == "1985-04-12");
    CHECK(birthdayFrom("BDAY:19850412T101500") == "1985-04-12");
    CHECK(birthdayFrom("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12") == "--04-12");
    CHECK(birthdayFrom("BDAY:--0229") == "--02-29");
    CHECK(birthdayFrom("BDAY:1985-02-29").empty()); // not a leap year
    CHECK(birthdayFrom("BDAY:1985-13-01").empty());
    CHECK(birthdayFrom("BDAY;VALUE=text:circa 1800").empty());
}

TEST_CASE("vCard without FN gets its name from N, Chinese and Korean names family first with no space") {
    CHECK(formattedNameFrom("N:Lefèvre;Zoë;;;") == "Zoë Lefèvre");
    CHECK(formattedNameFrom("FN:\nN:王;小明;;;") == "王小明");
    CHECK(formattedNameFrom("N:김;민수;;;") == "김민수");
    CHECK(formattedNameFrom("N:;Madonna;;;") == "Madonna");
    CHECK(formattedNameFrom("N:Smith;John\nFN:Dr. John Smith") == "Dr. John Smith");
}

TEST_CASE("vCard file with many cards reads them all, each with its BEGIN line") {
    std::string text;
    for (int i = 0; i < 1000; ++i)
        text += "BEGIN:VCARD\r\nFN:Person " + std::to_string(i) + "\r\nEMAIL:p" + std::to_string(i) +
                "@example.com\r\nEND:VCARD\r\n";
    const auto file = readVCards(text);
    CHECK(file.problems.empty());
    REQUIRE(file.cards.size() == 1000);
    for (int i = 0; i < 1000; i += 111) {
        CHECK(file.cards[i].formattedName == "Person " + std::to_string(i));
        CHECK(file.cards[i].emails.at(0).value == "p" + std::to_string(i) + "@example.com");
        CHECK(file.cards[i].line == 1 + 4 * i);
    }
}

TEST_CASE("vCard card with no END:VCARD is a problem naming its line, and the next card still reads") {
    const auto file = readVCards("BEGIN:VCARD\n"
                                 "VERSION:3.0\n"
                                 "FN:Lost\n"
                                 "BEGIN:VCARD\n"
                                 "VERSION:3.0\n"
                                 "FN:Found\n"
                                 "END:VCARD\n"
                                 "\n"
                                 "BEGIN:VCARD\n"
                                 "FN:Cut off at the end\n");
    REQUIRE(file.cards.size() == 1);
    CHECK(file.cards[0].formattedName == "Found");
    CHECK(file.cards[0].line == 4);
    REQUIRE(file.problems.size() == 2);
    CHECK(file.problems[0] == VCardProblem{1, "card has no END:VCARD; skipped"});
    CHECK(file.problems[1] == VCardProblem{9, "card has no END:VCARD; skipped"});
}

TEST_CASE("vCard AGENT cards are skipped; a card nested without AGENT is read on its own") {
    const auto file = readVCards("BEGIN:VCARD\n"
                                 "VERSION:2.1\n"
                                 "FN:Boss\n"
                                 "AGENT:\n"
                                 "BEGIN:VCARD\n"
                                 "VERSION:2.1\n"
                                 "FN:Assistant\n"
                                 "TEL:555\n"
                                 "END:VCARD\n"
                                 "TEL:777\n"
                                 "AGENT:BEGIN:VCARD\n"
                                 "FN:Inline agent\n"
                                 "END:VCARD\n"
                                 "END:VCARD\n"
                                 "BEGIN:VCARD\n"
                                 "VERSION:3.0\n"
                                 "FN:Holder\n"
                                 "AGENT:BEGIN:VCARD\\nFN:Escaped agent\\nEND:VCARD\\n\n"
                                 "BEGIN:VCARD\n"
                                 "FN:Nested\n"
                                 "END:VCARD\n"
                                 "EMAIL:holder@example.com\n"
                                 "END:VCARD\n");
    CHECK(file.problems.empty());
    REQUIRE(file.cards.size() == 3);
    CHECK(file.cards[0].formattedName == "Boss");
    CHECK(describe(file.cards[0].phones) == "777 []");
    CHECK(file.cards[1].formattedName == "Holder");
    CHECK(describe(file.cards[1].emails) == "holder@example.com []");
    CHECK(file.cards[2].formattedName == "Nested");
}

TEST_CASE("vCard 3 MB base64 photo is skipped in linear time and the card still reads") {
    const std::size_t size = 3 * 1024 * 1024;
    const std::string after = "EMAIL:photo@example.com\r\nEND:VCARD\r\n";
    const std::string folded =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folded\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + base64Block(size, 74, " ") + "\r\n" +
        after;
    const std::string oneLine =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One line\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + base64Block(size, size, "") +
        "\r\n" + after;
    const std::string v21 = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Two one\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n" +
                            base64Block(size, 76, "") + "\r\n\r\n" + after;
    for (const auto* text : {&folded, &oneLine, &v21}) {
        const auto file = readVCards(*text);
        CHECK(file.problems.empty());
        REQUIRE(file.cards.size() == 1);
        CHECK(describe(file.cards[0].emails) == "photo@example.com []");
        // Linear reading takes milliseconds; gluing 40,000 folded lines one copy at a time would take minutes.
        CHECK(secondsFor(*text) < 2.0);
    }
}

TEST_CASE("vCard garbage input gives problems and never crashes, loops or blows up") {
    CHECK(readVCards("").problems.empty());
    const auto notVCard = readVCards("hello, world\nthis is: not a vCard\n");
    CHECK(notVCard.cards.empty());
    REQUIRE(notVCard.problems.size() == 1);
    CHECK(notVCard.problems[0].line == 1);

    const auto empty = readVCards("BEGIN:VCARD\n# junk\nnot a property\nX-FOO:bar\nEND:VCARD\n");
    CHECK(empty.cards.empty());
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].reason.find("2 lines were not vCard properties") != std::string::npos);

    std::mt19937 random(20240613);
    const Strings pieces{"BEGIN:VCARD",
                         "END:VCARD",
                         "\r\n",
                         "\n",
                         "\r",
                         " ",
                         "\t",
                         "=",
                         "==",
                         ";",
                         ":",
                         ",",
                         "\"",
                         "\\",
                         "\\n",
                         "ENCODING=QUOTED-PRINTABLE",
                         "QUOTED-PRINTABLE",
                         "CHARSET=SHIFT_JIS",
                         "CHARSET=UTF-8",
                         "ENCODING=b",
                         "BASE64",
                         "AGENT:",
                         "item1.",
                         "X-ABLabel",
                         "TEL",
                         "N",
                         "FN",
                         "EMAIL",
                         "ADR",
                         "BDAY",
                         "CATEGORIES",
                         "=C3",
                         "=0D=0A",
                         "TYPE=",
                         "PREF=1",
                         "tel:",
                         "--0412",
                         "王",
                         "\xff",
                         "\xe7\x8e",
                         "VCARD",
                         "VERSION:2.1",
                         "ORG"};
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int count = static_cast<int>(random() % 80);
        for (int i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
        const auto file = readVCards(text);
        CHECK(allUtf8(file));
    }
    for (int round = 0; round < 300; ++round) {
        std::string bytes(random() % 3000, '\0');
        for (char& c : bytes) c = static_cast<char>(random() % 256);
        CHECK(allUtf8(readVCards(bytes)));
    }
    const auto sample = writeVCards({chineseCard(), frenchCard()});
    for (std::size_t cut = 0; cut <= sample.size(); ++cut) CHECK(allUtf8(readVCards(sample.substr(0, cut))));

    std::string nested;
    for (int i = 0; i < 100000; ++i) nested += "BEGIN:VCARD\n";
    const auto deep = readVCards(nested);
    CHECK(deep.cards.empty());
    CHECK(deep.problems.size() == 100000);

    // Hostile lines: a huge unclosed quote, hundreds of thousands of separators and of kinds.
    const std::string commas(200'000, ','), semicolons(200'000, ';');
    std::string kinds = "TEL;TYPE=";
    for (int i = 0; i < 100000; ++i) kinds += "k" + std::to_string(i) + ",";
    const std::string hostile = "BEGIN:VCARD\nFN:Hostile\nX-A;B=\"" + std::string(1'000'000, 'x') +
                                "\nCATEGORIES:" + commas + "\nADR:" + semicolons + "\n" + kinds + ":1\nitem1.TEL:2\n" +
                                std::string(100000, 'a') + ".X-ABLabel:x\nEND:VCARD\n";
    CHECK(secondsFor(hostile) < 2.0);
    const auto survived = readVCards(hostile);
    REQUIRE(survived.cards.size() == 1);
    CHECK(survived.cards[0].formattedName == "Hostile");
    CHECK(survived.cards[0].categories.empty());
}

// ---- real exports from phones and mail programs (../shared/datasets, beside the repository) ----

namespace {

#ifndef __EMSCRIPTEN__
std::filesystem::path datasets() {
    // tests/unit/ -> the repository root -> its sibling shared/
    return std::filesystem::path(__FILE__).parent_path() / ".." / ".." / ".." / "shared" / "datasets";
}
#endif

bool realDataHere() {
#ifdef __EMSCRIPTEN__
    MESSAGE("skipped in wasm: the test runner cannot see ../shared/datasets");
    return false;
#else
    if (std::filesystem::is_directory(datasets() / "vcards")) return true;
    MESSAGE("skipped: ../shared/datasets/vcards is not beside the repository");
    return false;
#endif
}

VCardFile readReal(const std::string& relative) {
#ifdef __EMSCRIPTEN__
    (void)relative;
    return {};
#else
    std::ifstream in(datasets() / relative, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    return readVCards(text.str());
#endif
}

Strings realFiles() {
    Strings files;
#ifndef __EMSCRIPTEN__
    for (const std::string folder : {"vcards/android_aosp_vcard_tests", "vcards/ez_vcard_real_app_exports",
                                     "vcards/syncevolution_testcases", "thunderbird_import_edge_cases"}) {
        if (!std::filesystem::is_directory(datasets() / folder)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(datasets() / folder))
            if (entry.path().extension() == ".vcf") files.push_back(folder + "/" + entry.path().filename().string());
    }
    std::sort(files.begin(), files.end());
#endif
    return files;
}

} // namespace

TEST_CASE("vCard real exports: every AOSP, ez-vcard, SyncEvolution and Thunderbird file reads") {
    if (!realDataHere()) return;
    const auto files = realFiles();
    CHECK(files.size() >= 58);
    std::size_t cards = 0;
    for (const auto& name : files) {
        INFO(name);
        const auto file = readReal(name);
        CHECK(file.cards.size() + file.problems.size() >= 1);
        CHECK(allUtf8(file));
        cards += file.cards.size();
    }
    CHECK(cards == 128);
}

TEST_CASE("vCard real AOSP test files: Shift_JIS names, quoted-printable addresses, nested cards") {
    if (!realDataHere()) return;
    const auto japanese = readReal("vcards/android_aosp_vcard_tests/v21_japanese_2.vcf");
    REQUIRE(japanese.cards.size() == 1);
    const auto& ando = japanese.cards[0];
    CHECK(ando.formattedName == "安藤 ロイド 1");
    CHECK(ando.familyName == "安藤");
    CHECK(ando.givenName == "ロイド1");
    REQUIRE(ando.addresses.size() == 1);
    CHECK(ando.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"); // QP over three lines
    CHECK(ando.addresses[0].postalCode == "150-8512");
    CHECK(ando.note == "メモ");

    // Raw Shift_JIS bytes in the file, with 0x5C (a backslash in ASCII) inside 能 and 予.
    const auto backslashes = readReal("vcards/android_aosp_vcard_tests/v21_japanese_3.vcf");
    REQUIRE(backslashes.cards.size() == 1);
    CHECK(backslashes.cards[0].formattedName == "伊能 圭一 伊予");
    CHECK(backslashes.cards[0].givenName == "圭一");

    const auto one = readReal("vcards/android_aosp_vcard_tests/v21_japanese_1.vcf");
    REQUIRE(one.cards.size() == 1);
    CHECK(one.cards[0].formattedName == "安藤ロイド"); // from N only
    CHECK(describe(one.cards[0].phones) == "0300000000 [voice] pref");

    const auto nest = readReal("vcards/android_aosp_vcard_tests/v21_nest.vcf");
    REQUIRE(nest.cards.size() == 3);
    CHECK(nest.cards[0].formattedName == "parent");
    CHECK(describe(nest.cards[0].phones) == "1 []");
    CHECK(nest.cards[1].formattedName == "nest1");
    CHECK(nest.cards[2].formattedName == "nest2");

    const auto complicated = readReal("vcards/android_aosp_vcard_tests/v21_complicated.vcf");
    REQUIRE(complicated.cards.size() == 1);
    const auto& forrest = complicated.cards[0];
    CHECK(forrest.formattedName == "Joe Due");
    CHECK(forrest.organization == "Gump Shrimp Co.");
    CHECK(forrest.birthday == "1980-01-01"); // after a photo ended by a blank line
    CHECK(forrest.note == "The following note is the example from RFC 2045.\n"
                          "Now's the time for all folk to come to the aid of their country.");
    CHECK(describe(forrest.emails.at(0)) == "forrestgump@walladalla.com [internet] pref");

    const auto multiLine = readReal("vcards/android_aosp_vcard_tests/v21_adr_multiple_line.vcf");
    REQUIRE(multiLine.cards.size() == 1);
    REQUIRE(multiLine.cards[0].addresses.size() == 2);
    CHECK(multiLine.cards[0].addresses[1].street == "Hermann v. Brevern\n9999999\nPackstation 999");
    CHECK(multiLine.cards[0].addresses[1].locality == "Hamburg");

    const auto ios = readReal("vcards/android_aosp_vcard_tests/v30_ios_613_multiline.vcf"); // CR CR LF
    REQUIRE(ios.cards.size() == 1);
    CHECK(ios.cards[0].formattedName == "Bob Smith");
    CHECK(describe(ios.cards[0].emails) == "bob@smithauto.com [internet] pref");
    CHECK(describe(ios.cards[0].urls) == "www.smithauto.com [homepage] pref");

    const auto comment = readReal("vcards/android_aosp_vcard_tests/v21_invalid_comment_line.vcf");
    REQUIRE(comment.cards.size() == 1);
    CHECK(comment.cards[0].note == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored.");

    const auto multiple = readReal("vcards/android_aosp_vcard_tests/v21_multiple_entry.vcf");
    REQUIRE(multiple.cards.size() == 3);
    CHECK(multiple.cards[2].formattedName == "安藤ロイド5");
    CHECK(multiple.cards[2].line == 23);
}

TEST_CASE("vCard real exports from iPhone, Outlook, Gmail and others keep names, organizations and kinds") {
    if (!realDataHere()) return;
    const auto iphone = readReal("vcards/ez_vcard_real_app_exports/John_Doe_IPHONE.vcf");
    REQUIRE(iphone.cards.size() == 1);
    const auto& apple = iphone.cards[0];
    CHECK(apple.formattedName == "Mr. John Richter James Doe Sr.");
    CHECK(apple.organization == "IBM");
    CHECK(apple.title == "Money Counter");
    CHECK(apple.birthday == "2012-06-06");
    CHECK(describe(apple.emails) == "john.doe@ibm.com [internet] pref");
    REQUIRE(apple.phones.size() == 7);
    CHECK(describe(apple.phones[0]) == "905-555-1234 [cell,voice] pref");
    CHECK(describe(apple.phones[6]) == "905-222-1234 [assistantphone]");
    CHECK(describe(apple.urls) == "http://www.ibm.com [homepage] pref");

    const auto outlook = readReal("vcards/ez_vcard_real_app_exports/John_Doe_MS_OUTLOOK.vcf");
    REQUIRE(outlook.cards.size() == 1);
    const auto& ms = outlook.cards[0];
    CHECK(ms.organization == "IBM");
    CHECK(ms.birthday == "1980-03-22");
    CHECK(describe(ms.emails) == "john.doe@ibm.cm [internet] pref");
    CHECK(describe(ms.phones.at(0)) == "(905) 555-1234 [work,voice]");
    CHECK(describe(ms.addresses.at(0)) ==
          "||Cresent moon drive|Albaney|New York|12345|United States of America [work,pref]");

    const auto gmail = readReal("vcards/ez_vcard_real_app_exports/John_Doe_GMAIL.vcf");
    REQUIRE(gmail.cards.size() == 1);
    const auto& google = gmail.cards[0];
    CHECK(google.formattedName == "Mr. John Richter, James Doe Sr.");
    CHECK(google.organization == "IBM");
    CHECK(describe(google.emails) == "john.doe@ibm.com [internet,home]");
    CHECK(google.note.rfind("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"", 0) == 0);
    CHECK(endsWith(google.note, "\nFavotire Color: Blue"));

    const auto outlook2007 = readReal("vcards/ez_vcard_real_app_exports/outlook-2007.vcf");
    REQUIRE(outlook2007.cards.size() == 1);
    CHECK(outlook2007.cards[0].note.rfind("This is the NOTE field\t\nI assume it encodes", 0) == 0);

    const auto rfc6350 = readReal("vcards/ez_vcard_real_app_exports/rfc6350-example.vcf");
    REQUIRE(rfc6350.cards.size() == 1);
    CHECK(rfc6350.cards[0].birthday == "--02-03");
    CHECK(describe(rfc6350.cards[0].phones.at(0)) == "+1-418-656-9254 ext. 102 [work,voice] pref");

    const auto thunderbird =
        readReal("vcards/ez_vcard_real_app_exports/thunderbird-MoreFunctionsForAddressBook-extension.vcf");
    REQUIRE(thunderbird.cards.size() == 1);
    CHECK(thunderbird.cards[0].categories == Strings{"category1, category2, category3"});

    const auto android = readReal("vcards/ez_vcard_real_app_exports/John_Doe_ANDROID.vcf");
    REQUIRE(android.cards.size() == 6);
    CHECK(android.cards[2].formattedName == "Ñ Ñ Ñ Ñ Ñ");

    const auto list = readReal("vcards/ez_vcard_real_app_exports/gmail-list.vcf");
    REQUIRE(list.cards.size() == 3);
    CHECK(describe(list.cards[2].emails) == "dwhite@gmail.com [internet]");
}

TEST_CASE("vCard real SyncEvolution cases: umlauts, folding, quoted-printable and trailing '='") {
    if (!realDataHere()) return;
    const auto v21 = readReal("vcards/syncevolution_testcases/vcard21.vcf");
    const auto v30 = readReal("vcards/syncevolution_testcases/eds_contact.vcf");
    CHECK(v21.problems.empty());
    CHECK(v30.problems.empty());
    CHECK(v21.cards.size() == 16);
    CHECK(v30.cards.size() == 17);

    const auto* umlaut21 = findCard(v21, "Umlaut Ä Ö Ü ß"); // quoted-printable UTF-8
    const auto* umlaut30 = findCard(v30, "Umlaut Ä Ö Ü ß"); // plain 3.0, folded and escaped
    REQUIRE(umlaut21);
    REQUIRE(umlaut30);
    CHECK(umlaut21->familyName == "Ü");
    CHECK(umlaut21->givenName == "Ä");
    CHECK(umlaut21->addresses.at(0).street == "Umlaut Ä in Line 1");
    CHECK(umlaut21->note.find("semicolon ;\nbackslash \\\n") != std::string::npos);
    CHECK(umlaut21->note == umlaut30->note); // the same note, written both ways

    const auto* long21 = findCard(v21, "long line");
    const auto* long30 = findCard(v30, "long line");
    REQUIRE(long21);
    REQUIRE(long30);
    CHECK(long30->note == long21->note);
    CHECK(long30->note.size() == 266);

    const auto* bug = findCard(v30, "parserbug="); // a plain value's trailing "=" is text
    REQUIRE(bug);
    CHECK(bug->familyName == "parserbug=");

    const auto* doe = findCard(v30, "John Doe");
    REQUIRE(doe);
    CHECK(doe->organization == "Test Inc.");
    CHECK(doe->phones.size() == 8);
    CHECK(describe(doe->phones.back()) == "primary 8 [] pref");
    CHECK(doe->categories == Strings{"TEST"});
}

TEST_CASE("vCard real Thunderbird import cases: blank lines between cards") {
    if (!realDataHere()) return;
    const auto basic = readReal("thunderbird_import_edge_cases/basic_vcard_addressbook.vcf");
    const auto blank = readReal("thunderbird_import_edge_cases/emptylines_vcard_addressbook.vcf");
    REQUIRE(basic.cards.size() == 2);
    REQUIRE(blank.cards.size() == 2);
    CHECK(blank.problems.empty());
    CHECK(blank.cards[0].line == 3);
    CHECK(blank.cards[1].line == 11);
    for (const auto* file : {&basic, &blank}) {
        CHECK(file->cards[0].formattedName == "John Doe");
        CHECK(describe(file->cards[1].emails) == "jane.doe@genericemail.invalid [internet]");
    }
}
