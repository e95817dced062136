#pragma once
// One prepared statement. Parameters are 1-based like SQLite's; columns are 0-based.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace satchel::db {

enum class ColumnType { Integer, Real, Text, Blob, Null };

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::nullptr_t);
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Binds every argument in order, starting at parameter 1.
    template <typename... Args>
    Statement& bindAll(const Args&... args) {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // Advances; true while a row is available. Throws DbError with the statement text on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    std::string columnName(int column) const;
    ColumnType columnType(int column) const;
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::string columnBlob(int column) const;
    bool columnIsNull(int column) const { return columnType(column) == ColumnType::Null; }
    std::optional<std::int64_t> columnOptionalInt64(int column) const {
        if (columnIsNull(column)) return std::nullopt;
        return columnInt64(column);
    }

    // True when the statement cannot change the database (sqlite3_stmt_readonly).
    bool readonly() const;
    int parameterCount() const;
    std::string sql() const;

private:
    [[noreturn]] void fail(int rc, const char* doing) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace satchel::db
