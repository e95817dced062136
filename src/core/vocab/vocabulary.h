#pragma once
// A vocabulary: the closed set of codes one field may hold (a contact's lifecycle, a ticket's
// status ...), in display order, each with its English name. Codes are what the database stores;
// the schema's CHECK constraints list the same codes (tests/unit/vocabulary_test.cpp holds them
// equal) and the UI translates `translationKey(code)`, never the code or the English name.
// tests/tools/vocabulary_test.sh fails on a code written as a literal anywhere else.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace satchel::vocab {

struct Term {
    std::string_view code;
    std::string_view english;
};

class Vocabulary {
public:
    template <std::size_t N>
    constexpr Vocabulary(std::string_view name, const Term (&terms)[N]) : m_name(name), m_terms(terms, N) {}

    // "lifecycle": names the vocabulary in translation keys and error messages.
    std::string_view name() const { return m_name; }
    std::span<const Term> terms() const { return m_terms; }
    bool contains(std::string_view code) const { return index(code) >= 0; }
    // Position in display order, or -1.
    int index(std::string_view code) const;
    // The English name of a code ("" for an unknown code).
    std::string_view english(std::string_view code) const;
    // "lifecycle.lead": what the translator looks up.
    std::string translationKey(std::string_view code) const;
    // "lead, prospect, customer or churned": for messages.
    std::string listed() const;
    // "'lead', 'prospect', 'customer', 'churned'": for an SQL IN list or CHECK, built from constants only.
    std::string sqlList() const;

private:
    std::string_view m_name;
    std::span<const Term> m_terms;
};

// One code as an SQL literal ('won'). Only for codes from a vocabulary: partial indexes match only
// literal terms in a query's WHERE, so these cannot be bound parameters.
std::string sqlLiteral(std::string_view code);

} // namespace satchel::vocab
