#include "core/common/name_collation.h"

#include "core/common/pinyin_order.h"

#include <cctype>

namespace satchel {

NameCollation nameCollationFor(std::string_view languageCode) {
    const bool chinese = languageCode.size() >= 2 && std::tolower(static_cast<unsigned char>(languageCode[0])) == 'z' &&
                         std::tolower(static_cast<unsigned char>(languageCode[1])) == 'h' &&
                         (languageCode.size() == 2 || languageCode[2] == '-' || languageCode[2] == '_');
    return chinese ? NameCollation::Pinyin : NameCollation::CaseInsensitive;
}

const char* sqlCollation(NameCollation collation) {
    return collation == NameCollation::Pinyin ? pinyin::kCollationName : "NOCASE";
}

std::string collated(std::string_view column, NameCollation collation) {
    std::string sql(column);
    sql += " COLLATE ";
    sql += sqlCollation(collation);
    return sql;
}

NameRange namesStartingWith(NameCollation collation, char letterOrDigit) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(letterOrDigit)));
    if (collation == NameCollation::CaseInsensitive || !std::isalpha(static_cast<unsigned char>(c)))
        return {std::string(1, c), std::string(1, static_cast<char>(c + 1))};
    // Pinyin files "A", "a", "Á" and 安 under one letter, with the capital first among names that
    // differ only in case or accents, so the range starts at the capital. After Z come the
    // characters of no letter, the first of which is U+0080.
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return {std::string(1, upper),
            upper == 'Z' ? std::string("\xC2\x80") : std::string(1, static_cast<char>(upper + 1))};
}

} // namespace satchel
