#pragma once
// User-defined fields on contacts, companies and deals: text, number, date (YYYY-MM-DD) or a
// choice from a fixed list. Values are validated against the field's kind.
#include "core/common/problem.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::custom_fields {

struct CustomField {
    std::int64_t id = 0;
    std::string entity; // contact | company | deal
    std::string name;
    std::string kind; // text | number | date | choice
    std::vector<std::string> choices;
};

// Why `value` (trimmed, not empty) cannot be stored in `field`, or nothing when it can.
std::optional<Problem> valueProblem(const CustomField& field, const std::string& value);

class CustomFieldService {
public:
    explicit CustomFieldService(db::Database& db);

    std::int64_t define(const std::string& entity, const std::string& name, const std::string& kind,
                        const std::vector<std::string>& choices = {});
    std::vector<CustomField> fields(const std::string& entity) const;
    // Validates and stores; an empty value clears the field. Throws ValidationError naming the field.
    void setValue(std::int64_t fieldId, std::int64_t entityId, const std::string& value);
    std::optional<std::string> value(std::int64_t fieldId, std::int64_t entityId) const;

private:
    CustomField field(std::int64_t id) const;
    db::Database& m_db;
};

} // namespace satchel::custom_fields
