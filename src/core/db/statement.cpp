#include "core/db/statement.h"

#include "core/db/db_error.h"

#include <sqlite3.h>

#include <cctype>

namespace satchel::db {

namespace {
bool onlyWhitespaceOrSemicolons(const char* text) {
    for (; *text; ++text)
        if (!std::isspace(static_cast<unsigned char>(*text)) && *text != ';') return false;
    return true;
}
} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        std::string reason = sqlite3_errmsg(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw DbError(reason + " (preparing: " + std::string(sql.substr(0, 200)) + ")", rc);
    }
    if (!m_stmt) throw DbError("empty SQL statement", SQLITE_MISUSE);
    // One statement per prepare: a second statement hidden after ';' would silently never run.
    std::string rest(tail ? tail : "", tail ? sql.data() + sql.size() - tail : 0);
    if (!onlyWhitespaceOrSemicolons(rest.c_str())) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw DbError("only one SQL statement may be prepared at a time (extra text: " + rest.substr(0, 60) + ")",
                      SQLITE_MISUSE);
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) { other.m_stmt = nullptr; }

void Statement::fail(int rc, const char* doing) const {
    throw DbError(std::string(sqlite3_errmsg(m_db)) + " (" + doing + ": " + sql() + ")", rc);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t) {
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) fail(rc, "binding");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    // A zero-length blob, not NULL, for no bytes.
    if (int rc = sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? "" : bytes.data(), bytes.size(), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc, "binding");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Reset so the statement can be reused after a constraint failure; keep the original error.
    std::string reason = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw DbError(reason + " (running: " + sql() + ")", rc);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

std::string Statement::columnName(int column) const {
    const char* name = sqlite3_column_name(m_stmt, column);
    return name ? name : "";
}

ColumnType Statement::columnType(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return ColumnType::Integer;
    case SQLITE_FLOAT: return ColumnType::Real;
    case SQLITE_TEXT: return ColumnType::Text;
    case SQLITE_BLOB: return ColumnType::Blob;
    default: return ColumnType::Null;
    }
}

std::int64_t Statement::columnInt64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::string Statement::columnBlob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string(data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

bool Statement::readonly() const { return sqlite3_stmt_readonly(m_stmt) != 0; }

int Statement::parameterCount() const { return sqlite3_bind_parameter_count(m_stmt); }

std::string Statement::sql() const {
    const char* text = sqlite3_sql(m_stmt);
    return text ? text : "";
}

} // namespace satchel::db
