#pragma once
// Errors from the storage layer carry what failed, SQLite's reason and the statement involved,
// so a message shown to a user or a test names the cause instead of "error 1".
#include <stdexcept>
#include <string>

namespace satchel::db {

class DbError : public std::runtime_error {
public:
    DbError(const std::string& what, int code) : std::runtime_error(what), m_code(code) {}
    int code() const noexcept { return m_code; }

private:
    int m_code;
};

} // namespace satchel::db
