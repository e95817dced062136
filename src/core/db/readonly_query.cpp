#include "core/db/readonly_query.h"

#include "core/db/database.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace satchel::db {

namespace {

// Ordered, so rows keep the column order of the SELECT.
using Json = nlohmann::ordered_json;

void bindJson(Statement& stmt, int index, const Json& value) {
    switch (value.type()) {
    case Json::value_t::null: stmt.bind(index, nullptr); break;
    case Json::value_t::boolean: stmt.bind(index, value.get<bool>() ? 1 : 0); break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: stmt.bind(index, value.get<std::int64_t>()); break;
    case Json::value_t::number_float: stmt.bind(index, value.get<double>()); break;
    case Json::value_t::string: stmt.bind(index, value.get<std::string>()); break;
    default:
        throw DbError("query parameter " + std::to_string(index) + " must be null, a boolean, a number or a string",
                      SQLITE_MISMATCH);
    }
}

Json columnJson(const Statement& stmt, int column) {
    switch (stmt.columnType(column)) {
    case ColumnType::Integer: return stmt.columnInt64(column);
    case ColumnType::Real: return stmt.columnDouble(column);
    case ColumnType::Text: return stmt.columnText(column);
    case ColumnType::Blob: {
        static constexpr char hex[] = "0123456789abcdef";
        std::string out;
        for (unsigned char c : stmt.columnBlob(column)) {
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        return out;
    }
    case ColumnType::Null: break;
    }
    return nullptr;
}

} // namespace

std::string queryReadonlyJson(Database& db, std::string_view sql, std::string_view paramsJson) {
    auto stmt = db.prepare(sql);
    if (!stmt.readonly())
        throw DbError("only read-only statements are allowed here: " + std::string(sql), SQLITE_READONLY);

    Json params = paramsJson.empty() ? Json::array() : Json::parse(paramsJson, nullptr, /*allow_exceptions=*/false);
    if (!params.is_array()) throw DbError("query parameters must be a JSON array", SQLITE_MISMATCH);
    if (static_cast<int>(params.size()) != stmt.parameterCount())
        throw DbError("query expects " + std::to_string(stmt.parameterCount()) + " parameters, got " +
                          std::to_string(params.size()),
                      SQLITE_RANGE);
    for (size_t i = 0; i < params.size(); ++i) bindJson(stmt, static_cast<int>(i) + 1, params[i]);

    Json rows = Json::array();
    while (stmt.step()) {
        Json row = Json::object();
        for (int c = 0; c < stmt.columnCount(); ++c) row[stmt.columnName(c)] = columnJson(stmt, c);
        rows.push_back(std::move(row));
    }
    return rows.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace satchel::db
