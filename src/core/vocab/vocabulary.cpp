#include "core/vocab/vocabulary.h"

namespace satchel::vocab {

int Vocabulary::index(std::string_view code) const {
    for (std::size_t i = 0; i < m_terms.size(); ++i)
        if (m_terms[i].code == code) return static_cast<int>(i);
    return -1;
}

std::string_view Vocabulary::english(std::string_view code) const {
    const int i = index(code);
    return i < 0 ? std::string_view() : m_terms[static_cast<std::size_t>(i)].english;
}

std::string Vocabulary::translationKey(std::string_view code) const {
    return std::string(m_name) + "." + std::string(code);
}

std::string Vocabulary::listed() const {
    std::string out;
    for (std::size_t i = 0; i < m_terms.size(); ++i) {
        if (i) out += i + 1 == m_terms.size() ? " or " : ", ";
        out += m_terms[i].code;
    }
    return out;
}

std::string Vocabulary::sqlList() const {
    std::string out;
    for (const Term& t : m_terms) out += (out.empty() ? "" : ", ") + sqlLiteral(t.code);
    return out;
}

std::string sqlLiteral(std::string_view code) { return "'" + std::string(code) + "'"; }

} // namespace satchel::vocab
