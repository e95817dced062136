#pragma once
// The custom_fields table, column by column.
#include "core/custom_fields/custom_field_service.h"
#include "core/db/columns.h"

#include <nlohmann/json.hpp>

namespace satchel::custom_fields {

// A choice field's choices are kept as a JSON array of strings.
struct ChoicesJsonCodec {
    static constexpr db::ColumnKind kind = db::ColumnKind::Other;
    static void read(const db::Statement& s, int column, std::vector<std::string>& out) {
        out = nlohmann::json::parse(s.columnText(column)).get<std::vector<std::string>>();
    }
    static void bind(db::Statement& s, int index, const std::vector<std::string>& choices) {
        s.bind(index, nlohmann::json(choices).dump());
    }
};

inline constexpr db::ColumnMap kCustomFieldColumns{
    "custom_fields",
    db::column<&CustomField::id>("id", db::Use::Key),
    db::column<&CustomField::entity>("entity"),
    db::column<&CustomField::name>("name"),
    db::column<&CustomField::kind>("kind"),
    db::columnAs<ChoicesJsonCodec, &CustomField::choices>("choices"),
};

} // namespace satchel::custom_fields
