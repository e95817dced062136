#include "core/custom_fields/custom_field_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/custom_fields/custom_field_columns.h"
#include "core/db/database.h"
#include "core/vocab/crm_vocabularies.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace satchel::custom_fields {

namespace {
bool isNumber(const std::string& v) {
    if (v.empty()) return false;
    char* end = nullptr;
    std::strtod(v.c_str(), &end);
    return end && *end == '\0';
}

bool isDate(const std::string& v) {
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (v[i] < '0' || v[i] > '9') return false;
    const int month = std::atoi(v.substr(5, 2).c_str()), day = std::atoi(v.substr(8, 2).c_str());
    const int year = std::atoi(v.substr(0, 4).c_str());
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}
} // namespace

std::optional<Problem> valueProblem(const CustomField& f, const std::string& v) {
    if (f.kind == vocab::field_kind::kNumber && !isNumber(v)) return Problem::NotANumber;
    if (f.kind == vocab::field_kind::kDate && !isDate(v)) return Problem::NotADate;
    if (f.kind == vocab::field_kind::kChoice && std::find(f.choices.begin(), f.choices.end(), v) == f.choices.end())
        return Problem::NotAChoice;
    return std::nullopt;
}

CustomFieldService::CustomFieldService(db::Database& db) : m_db(db) {}

std::int64_t CustomFieldService::define(const std::string& entity, const std::string& rawName, const std::string& kind,
                                        const std::vector<std::string>& choices) {
    const std::string name = text::trim(rawName);
    if (name.empty()) throw ValidationError("name", Problem::Required);
    if (!vocab::kFieldEntity.contains(entity))
        throw ValidationError("entity", Problem::NotOneOf, {vocab::kFieldEntity.listed()});
    if (!vocab::kFieldKind.contains(kind))
        throw ValidationError("kind", Problem::NotOneOf, {vocab::kFieldKind.listed()});
    if (kind == vocab::field_kind::kChoice && choices.empty()) throw ValidationError("choices", Problem::ChoicesNeeded);
    auto exists = m_db.prepare("SELECT 1 FROM custom_fields WHERE entity = ? AND name = ?");
    exists.bindAll(entity, name);
    if (exists.step()) throw ValidationError("name", Problem::FieldExists, {entity, name});
    const CustomField row{.entity = entity, .name = name, .kind = kind, .choices = choices};
    return db::insertRow(m_db, kCustomFieldColumns, row);
}

CustomField CustomFieldService::field(std::int64_t id) const {
    auto field = db::findRow(m_db, kCustomFieldColumns, id);
    if (!field) throw ValidationError("field", Problem::NotFound, {"custom field", std::to_string(id)});
    return std::move(*field);
}

std::vector<CustomField> CustomFieldService::fields(const std::string& entity) const {
    auto stmt = m_db.prepare(kCustomFieldColumns.select() + " WHERE entity = ? ORDER BY name COLLATE NOCASE");
    stmt.bind(1, entity);
    return kCustomFieldColumns.readAll(stmt);
}

void CustomFieldService::setValue(std::int64_t fieldId, std::int64_t entityId, const std::string& raw) {
    const CustomField f = field(fieldId);
    const std::string v = text::trim(raw);
    if (v.empty()) {
        m_db.prepare("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?").bindAll(fieldId, entityId).run();
        return;
    }
    if (auto problem = valueProblem(f, v)) throw ValidationError(f.name, *problem);
    m_db.prepare("INSERT OR REPLACE INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)")
        .bindAll(fieldId, entityId, v)
        .run();
}

std::optional<std::string> CustomFieldService::value(std::int64_t fieldId, std::int64_t entityId) const {
    auto stmt = m_db.prepare("SELECT value FROM custom_values WHERE field_id = ? AND entity_id = ?");
    stmt.bindAll(fieldId, entityId);
    if (!stmt.step()) return std::nullopt;
    return stmt.columnText(0);
}

} // namespace satchel::custom_fields
