#include "core/schema/create_table_sql.h"

#include "core/db/db_error.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace satchel::schema {

namespace {

struct Token {
    size_t begin = 0, end = 0; // [begin, end) in the text
};

bool isWordChar(unsigned char c) { return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80; }

// SQLite's tokens, minus whitespace and comments: words, quoted names and strings, and single
// punctuation characters. Enough to find a statement's structure, not to validate it.
std::vector<Token> tokenize(std::string_view sql) {
    std::vector<Token> out;
    size_t i = 0;
    while (i < sql.size()) {
        const unsigned char c = sql[i];
        if (std::isspace(c)) {
            ++i;
        } else if (sql.substr(i, 2) == "--") {
            const size_t eol = sql.find('\n', i);
            i = eol == std::string_view::npos ? sql.size() : eol + 1;
        } else if (sql.substr(i, 2) == "/*") {
            const size_t close = sql.find("*/", i + 2);
            i = close == std::string_view::npos ? sql.size() : close + 2;
        } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
            // A quote is escaped by doubling it; [names] have no escape.
            const char close = c == '[' ? ']' : static_cast<char>(c);
            size_t j = i + 1;
            while (j < sql.size()) {
                if (sql[j] != close) {
                    ++j;
                } else if (close != ']' && j + 1 < sql.size() && sql[j + 1] == close) {
                    j += 2;
                } else {
                    break;
                }
            }
            out.push_back({i, std::min(j + 1, sql.size())});
            i = j + 1;
        } else if (isWordChar(c)) {
            size_t j = i;
            while (j < sql.size() && isWordChar(static_cast<unsigned char>(sql[j]))) ++j;
            out.push_back({i, j});
            i = j;
        } else {
            out.push_back({i, i + 1});
            ++i;
        }
    }
    return out;
}

// A token as the name it spells: quotes removed, doubled quotes undone.
std::string unquoted(std::string_view text) {
    if (text.size() < 2) return std::string(text);
    const char open = text.front();
    if (open == '[') return std::string(text.substr(1, text.size() - 2));
    if (open != '"' && open != '`' && open != '\'') return std::string(text);
    std::string out;
    for (size_t i = 1; i + 1 < text.size(); ++i) {
        out += text[i];
        if (text[i] == open) ++i; // the second of a doubled quote
    }
    return out;
}

// SQLite compares names and keywords ignoring ASCII case.
bool sameName(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

[[noreturn]] void unexpected(std::string_view why, std::string_view sql) {
    throw db::DbError(std::string(why) + " in: " + std::string(sql.substr(0, 120)), SQLITE_ERROR);
}

} // namespace

std::string quoteIdentifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::optional<std::string> withAutoincrement(std::string_view createTable, std::string_view column,
                                             std::string_view newName) {
    const std::vector<Token> t = tokenize(createTable);
    const auto text = [&](size_t k) {
        return k < t.size() ? createTable.substr(t[k].begin, t[k].end - t[k].begin) : "";
    };
    if (!sameName(text(0), "CREATE") || !sameName(text(1), "TABLE"))
        unexpected("not a CREATE TABLE statement", createTable);

    // SQLite stores "CREATE TABLE " then the name as written; the definitions start at the first "(".
    size_t open = 2;
    while (open < t.size() && text(open) != "(") ++open;
    if (open == 2 || open == t.size()) unexpected("no column list", createTable);

    // Each definition runs to the next comma at the list's own depth; the column's starts with its name.
    int depth = 0;
    bool atDefinitionStart = true, inColumn = false;
    size_t insertAt = std::string_view::npos;
    for (size_t k = open + 1; k < t.size() && insertAt == std::string_view::npos; ++k) {
        const std::string_view tok = text(k);
        if (tok == "(") {
            ++depth;
        } else if (tok == ")") {
            if (depth-- == 0) break; // the end of the column list
        } else if (depth == 0 && tok == ",") {
            atDefinitionStart = true;
            inColumn = false;
            continue;
        } else if (atDefinitionStart) {
            inColumn = sameName(unquoted(tok), column);
        } else if (inColumn && depth == 0 && sameName(tok, "PRIMARY") && sameName(text(k + 1), "KEY")) {
            // PRIMARY KEY [ASC | DESC] [ON CONFLICT resolution] [AUTOINCREMENT]
            size_t last = k + 1;
            if (sameName(text(last + 1), "ASC") || sameName(text(last + 1), "DESC")) ++last;
            if (sameName(text(last + 1), "ON") && sameName(text(last + 2), "CONFLICT")) last += 3;
            if (last >= t.size()) unexpected("an unfinished PRIMARY KEY clause", createTable);
            if (sameName(text(last + 1), "AUTOINCREMENT")) return std::nullopt;
            insertAt = t[last].end;
        }
        atDefinitionStart = false;
    }
    if (insertAt == std::string_view::npos)
        unexpected("no column " + std::string(column) + " declared PRIMARY KEY", createTable);

    std::string out(createTable.substr(0, t[2].begin));
    out += quoteIdentifier(newName);
    out += createTable.substr(t[open - 1].end, insertAt - t[open - 1].end);
    out += " AUTOINCREMENT";
    out += createTable.substr(insertAt);
    return out;
}

} // namespace satchel::schema
