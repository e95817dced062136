#pragma once
// Rejected input: names the field and the reason, so the UI can show it next to the field
// and an import report can show it next to the row.
#include <stdexcept>
#include <string>

namespace satchel {

class ValidationError : public std::runtime_error {
public:
    ValidationError(std::string field, std::string reason)
        : std::runtime_error(field + ": " + reason), m_field(std::move(field)), m_reason(std::move(reason)) {}
    const std::string& field() const noexcept { return m_field; }
    const std::string& reason() const noexcept { return m_reason; }

private:
    std::string m_field;
    std::string m_reason;
};

} // namespace satchel
