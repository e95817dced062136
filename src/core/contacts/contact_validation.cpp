#include "core/contacts/contact_validation.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/vocab/crm_vocabularies.h"

#include <algorithm>
#include <cctype>

namespace satchel::contacts {

namespace {
constexpr std::size_t kMaxNameCodePoints = 200;
constexpr std::size_t kMaxEmailBytes = 254; // RFC 5321 path limit

bool isAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

} // namespace

std::optional<Problem> emailProblem(std::string_view email) {
    if (email.size() > kMaxEmailBytes) return Problem::EmailTooLong;
    const auto at = email.rfind('@');
    if (at == std::string_view::npos) return Problem::EmailNoAt;
    const auto local = email.substr(0, at);
    const auto domain = email.substr(at + 1);
    if (local.empty()) return Problem::EmailNoName;
    if (domain.empty()) return Problem::EmailNoDomain;
    for (char c : email)
        if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';' || c == '<' || c == '>')
            return Problem::EmailBadCharacter;
    if (local.find('@') != std::string_view::npos) return Problem::EmailTwoAts;
    if (domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.' ||
        domain.find("..") != std::string_view::npos)
        return Problem::EmailDomainShape;
    for (char c : domain)
        if (!isAsciiAlnum(c) && c != '-' && c != '.' && static_cast<unsigned char>(c) < 0x80)
            return Problem::EmailDomainCharacter;
    return {};
}

std::optional<Problem> phoneProblem(std::string_view phone) {
    int digits = 0;
    for (size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (std::isdigit(static_cast<unsigned char>(c)))
            ++digits;
        else if (c == '+' && i == 0)
            continue;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/')
            return Problem::PhoneCharacters;
    }
    if (digits < 3) return Problem::PhoneTooShort;
    if (digits > 17) return Problem::PhoneTooLong;
    return {};
}

std::string normalisedPhone(std::string_view phone) {
    std::string out;
    for (size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && i == 0)) out += c;
    }
    return out;
}

ContactDraft draftOf(const Contact& c) {
    return {c.name,    c.email,  c.phone, c.title,     c.address, c.city,
            c.country, c.source, c.owner, c.lifecycle, c.notes,   c.companyId};
}

void applyDraft(Contact& c, const ContactDraft& d) {
    c.name = d.name;
    c.email = d.email;
    c.phone = d.phone;
    c.title = d.title;
    c.address = d.address;
    c.city = d.city;
    c.country = d.country;
    c.source = d.source;
    c.owner = d.owner;
    c.lifecycle = d.lifecycle;
    c.notes = d.notes;
    c.companyId = d.companyId;
}

ContactDraft validated(const ContactDraft& draft) {
    ContactDraft out = draft;
    for (const auto& [field, value] : {std::pair{"name", &out.name},
                                       {"email", &out.email},
                                       {"phone", &out.phone},
                                       {"title", &out.title},
                                       {"address", &out.address},
                                       {"city", &out.city},
                                       {"country", &out.country},
                                       {"source", &out.source},
                                       {"owner", &out.owner},
                                       {"lifecycle", &out.lifecycle},
                                       {"notes", &out.notes}}) {
        if (!text::isValidUtf8(*value)) throw ValidationError(field, Problem::NotUtf8);
        if (std::string_view(field) != "notes") *value = text::trim(*value);
    }
    if (out.lifecycle.empty()) out.lifecycle = vocab::lifecycle::kLead;
    if (!vocab::kLifecycle.contains(out.lifecycle))
        throw ValidationError("lifecycle", Problem::NotOneOf, {vocab::kLifecycle.listed()});

    if (out.name.empty()) throw ValidationError("name", Problem::Required);
    if (text::codePointCount(out.name) > kMaxNameCodePoints) throw ValidationError("name", Problem::TooLong, {"200"});

    if (!out.email.empty()) {
        if (auto problem = emailProblem(out.email)) throw ValidationError("email", *problem);
        // The domain part is case-insensitive; the local part is kept as typed.
        const auto at = out.email.rfind('@');
        out.email = out.email.substr(0, at + 1) + text::lowerAscii(out.email.substr(at + 1));
    }
    if (!out.phone.empty()) {
        if (auto problem = phoneProblem(out.phone)) throw ValidationError("phone", *problem);
    }
    return out;
}

} // namespace satchel::contacts
