#pragma once
// A table's columns, listed once: the select list, the row reader and the bind order of INSERT and
// UPDATE all come from one ColumnMap per entity, so they cannot drift apart when a column is added.
//
// Each column names its SQL column and the struct member that holds it, as a path of member
// pointers (`&Deal::amount, &Money::minor` for a nested member); its kind follows from the member's
// type (ColumnCodec). Reading and binding go by position, unrolled at compile time: nothing is
// looked up by name and no string is built per row, so the hot lists (100,000 contacts) pay
// exactly what hand-written readers did.
//
//   inline constexpr db::ColumnMap kStageColumns{"pipeline_stages",
//       db::column<&Stage::id>("id", db::Use::Key), db::column<&Stage::name>("name"), ...};
//   auto stmt = db.prepare(kStageColumns.select() + " ORDER BY position");
//   std::vector<Stage> stages = kStageColumns.readAll(stmt);
//   std::int64_t id = db::insertRow(db, kStageColumns, stage);   // and findRow, updateRow, RowInserter
//
// A query may select more around a map's columns: read(stmt, first) starts at column `first`.
#include "core/db/database.h"
#include "core/db/statement.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace satchel::db {

// How a column's value is held in C++ (and so how it is read and bound).
enum class ColumnKind { Text, Int64, OptionalInt64, Int, OptionalInt, Bool, Other };

// Which statements a column takes part in. Every column is selected and read.
enum class Use : unsigned char {
    ReadWrite,  // inserted and updated from the struct
    InsertOnly, // inserted, then changed only by statements of its own (created_at, deleted_at)
    Key,        // the row id: never written; UPDATE finds the row by it
    ReadOnly,   // never written; its name is SQL used as given in the select list: a joined table's
                // column with that table's alias ("c.name") or an expression
};

// How values of type T are read from a result column and bound to a parameter. Specialise it for
// another member type, or give a codec of its own to one column with columnAs.
template <typename T>
struct ColumnCodec;

template <>
struct ColumnCodec<std::string> {
    static constexpr ColumnKind kind = ColumnKind::Text;
    static void read(const Statement& s, int column, std::string& out) { out = s.columnText(column); }
    static void bind(Statement& s, int index, const std::string& value) { s.bind(index, value); }
};

template <>
struct ColumnCodec<std::int64_t> {
    static constexpr ColumnKind kind = ColumnKind::Int64;
    static void read(const Statement& s, int column, std::int64_t& out) { out = s.columnInt64(column); }
    static void bind(Statement& s, int index, std::int64_t value) { s.bind(index, value); }
};

// Small integers (percentages, positions, basis points): the schema's CHECKs keep them in range.
template <>
struct ColumnCodec<int> {
    static constexpr ColumnKind kind = ColumnKind::Int;
    static void read(const Statement& s, int column, int& out) { out = static_cast<int>(s.columnInt64(column)); }
    static void bind(Statement& s, int index, int value) { s.bind(index, value); }
};

template <>
struct ColumnCodec<bool> {
    static constexpr ColumnKind kind = ColumnKind::Bool;
    static void read(const Statement& s, int column, bool& out) { out = s.columnInt64(column) != 0; }
    static void bind(Statement& s, int index, bool value) { s.bind(index, value ? 1 : 0); }
};

// NULL <-> empty.
template <typename T>
struct ColumnCodec<std::optional<T>> {
    static constexpr ColumnKind kind = ColumnCodec<T>::kind == ColumnKind::Int64 ? ColumnKind::OptionalInt64
                                       : ColumnCodec<T>::kind == ColumnKind::Int ? ColumnKind::OptionalInt
                                                                                 : ColumnKind::Other;
    static void read(const Statement& s, int column, std::optional<T>& out) {
        if (s.columnIsNull(column)) {
            out.reset();
            return;
        }
        if (!out) out.emplace();
        ColumnCodec<T>::read(s, column, *out);
    }
    static void bind(Statement& s, int index, const std::optional<T>& value) {
        if (value)
            ColumnCodec<T>::bind(s, index, *value);
        else
            s.bind(index, nullptr);
    }
};

namespace detail {
template <typename M>
struct MemberPointer;
template <typename C, typename T>
struct MemberPointer<T C::*> {
    using Class = C;
};

// row.*First.*Rest...: the member a path of member pointers leads to.
template <auto First, auto... Rest, typename R>
constexpr auto& follow(R& row) {
    if constexpr (sizeof...(Rest) == 0)
        return row.*First;
    else
        return follow<Rest...>(row.*First);
}

template <auto First, auto... Rest>
struct MemberPath {
    using Row = typename MemberPointer<decltype(First)>::Class;
    using Value = std::remove_cvref_t<decltype(follow<First, Rest...>(std::declval<Row&>()))>;
};
} // namespace detail

// One column: its SQL name, how it is used, and the member it maps to (Path) read and bound by Codec.
template <typename Codec, auto... Path>
struct Column {
    using Row = typename detail::MemberPath<Path...>::Row;
    using Value = typename detail::MemberPath<Path...>::Value;
    static constexpr ColumnKind kind = Codec::kind;

    const char* name;
    Use use = Use::ReadWrite;

    static Value& member(Row& row) { return detail::follow<Path...>(row); }
    static const Value& member(const Row& row) { return detail::follow<Path...>(row); }
    void read(const Statement& s, int column, Row& row) const { Codec::read(s, column, member(row)); }
    void bind(Statement& s, int index, const Row& row) const { Codec::bind(s, index, member(row)); }
    bool inserted() const { return use == Use::ReadWrite || use == Use::InsertOnly; }
};

// db::column<&Contact::name>("name"); db::column<&Deal::amount, &Money::minor>("amount_minor").
template <auto... Path>
constexpr auto column(const char* name, Use use = Use::ReadWrite) {
    return Column<ColumnCodec<typename detail::MemberPath<Path...>::Value>, Path...>{name, use};
}
// A column whose member is stored in a form of its own (a list kept as JSON text ...).
template <typename Codec, auto... Path>
constexpr auto columnAs(const char* name, Use use = Use::ReadWrite) {
    return Column<Codec, Path...>{name, use};
}

template <typename... Columns>
class ColumnMap {
public:
    using Row = typename std::tuple_element_t<0, std::tuple<Columns...>>::Row;
    static_assert((std::is_same_v<typename Columns::Row, Row> && ...), "every column of a map belongs to one struct");

    constexpr ColumnMap(const char* table, Columns... columns) : m_table(table), m_columns(columns...) {}

    const char* table() const { return m_table; }
    // How many result columns read() consumes: a query may select more after them.
    static constexpr int size() { return static_cast<int>(sizeof...(Columns)); }

    // "c.id, c.name, ..." (the table's column names, each after `alias.` when an alias is given).
    std::string selectList(std::string_view alias = {}) const {
        std::string out;
        forEach([&](const char* name, ColumnKind, Use use) {
            if (!out.empty()) out += ", ";
            if (!alias.empty() && use != Use::ReadOnly) out.append(alias).append(".");
            out += name;
        });
        return out;
    }
    // "SELECT <selectList> FROM table [alias]": add the joins and WHERE after it.
    std::string select(std::string_view alias = {}) const {
        std::string out = "SELECT " + selectList(alias) + " FROM " + m_table;
        if (!alias.empty()) out.append(" ").append(alias);
        return out;
    }

    // Reads the current row, whose columns `first`, `first + 1` ... are this map's in order.
    void read(const Statement& s, Row& row, int first = 0) const {
        readAt(s, row, first, std::index_sequence_for<Columns...>{});
    }
    Row read(const Statement& s, int first = 0) const {
        Row row;
        read(s, row, first);
        return row;
    }
    // Steps through every remaining row.
    std::vector<Row> readAll(Statement& s) const {
        std::vector<Row> rows;
        while (s.step()) rows.push_back(read(s));
        return rows;
    }

    // "INSERT INTO table (a, b, ...) VALUES (?, ?, ...)" over the columns written on insert;
    // `verb` may be "INSERT OR IGNORE".
    std::string insertSql(std::string_view verb = "INSERT") const {
        std::string names, marks;
        forEach([&](const char* name, ColumnKind, Use use) {
            if (use != Use::ReadWrite && use != Use::InsertOnly) return;
            names += (names.empty() ? "" : ", ") + std::string(name);
            marks += marks.empty() ? "?" : ", ?";
        });
        return std::string(verb) + " INTO " + m_table + " (" + names + ") VALUES (" + marks + ")";
    }
    // Binds the row to insertSql()'s parameters, from `first`; returns the next free parameter.
    int bindInsert(Statement& s, const Row& row, int first = 1) const {
        int index = first;
        std::apply([&](const auto&... c) { ((c.inserted() ? c.bind(s, index++, row) : void()), ...); }, m_columns);
        return index;
    }

    // The key column's name; throws for a map without one.
    const char* key() const {
        const char* key = nullptr;
        forEach([&](const char* name, ColumnKind, Use use) {
            if (use == Use::Key) key = name;
        });
        if (!key) throw std::logic_error(std::string("the column map of ") + m_table + " has no key column");
        return key;
    }

    // "UPDATE table SET a = ?, b = ? ... WHERE id = ?" over the ReadWrite columns, by the key.
    std::string updateSql() const {
        std::string sets;
        forEach([&](const char* name, ColumnKind, Use use) {
            if (use == Use::ReadWrite) sets += (sets.empty() ? "" : ", ") + std::string(name) + " = ?";
        });
        return std::string("UPDATE ") + m_table + " SET " + sets + " WHERE " + key() + " = ?";
    }
    // Binds the row to updateSql()'s parameters: the ReadWrite columns, then the key.
    void bindUpdate(Statement& s, const Row& row) const {
        int index = 1;
        std::apply([&](const auto&... c) { ((c.use == Use::ReadWrite ? c.bind(s, index++, row) : void()), ...); },
                   m_columns);
        std::apply([&](const auto&... c) { ((c.use == Use::Key ? c.bind(s, index++, row) : void()), ...); }, m_columns);
    }

    // fn(name, kind, use) for every column in order: for code that walks a table's columns
    // (exports, checks against the schema).
    template <typename Fn>
    void forEach(Fn&& fn) const {
        std::apply([&](const auto&... c) { (fn(c.name, c.kind, c.use), ...); }, m_columns);
    }
    // fn(column) for every column in order, where column.member(row) is the column's member.
    template <typename Fn>
    void visit(Fn&& fn) const {
        std::apply([&](const auto&... c) { (fn(c), ...); }, m_columns);
    }

private:
    template <std::size_t... I>
    void readAt(const Statement& s, Row& row, int first, std::index_sequence<I...>) const {
        (std::get<I>(m_columns).read(s, first + static_cast<int>(I), row), ...);
    }

    const char* m_table;
    std::tuple<Columns...> m_columns;
};

// Rows of one map inserted with one statement prepared for all of them (seed, bulk adds).
template <typename Map>
class RowInserter {
public:
    RowInserter(Database& db, const Map& map, std::string_view verb = "INSERT")
        : m_db(db), m_map(map), m_insert(db.prepare(map.insertSql(verb))) {}
    // Returns the new row's id. With "INSERT OR IGNORE", Database::changes() tells whether it was new.
    std::int64_t add(const typename Map::Row& row) {
        m_map.bindInsert(m_insert, row);
        m_insert.run();
        m_insert.reset();
        return m_db.lastInsertRowid();
    }

private:
    Database& m_db;
    const Map& m_map;
    Statement m_insert;
};

// The row whose key is `key`, if there is one.
template <typename Map>
std::optional<typename Map::Row> findRow(Database& db, const Map& map, std::int64_t key) {
    auto stmt = db.prepare(map.select() + " WHERE " + map.key() + " = ?");
    stmt.bind(1, key);
    if (!stmt.step()) return std::nullopt;
    return map.read(stmt);
}

template <typename Map>
std::int64_t insertRow(Database& db, const Map& map, const typename Map::Row& row) {
    return RowInserter(db, map).add(row);
}

// Writes every ReadWrite column of the row with the row's key.
template <typename Map>
void updateRow(Database& db, const Map& map, const typename Map::Row& row) {
    auto stmt = db.prepare(map.updateSql());
    map.bindUpdate(stmt, row);
    stmt.run();
}

// Those of `keys` whose rows exist and are live (deleted_at IS NULL: the map's table keeps deleted
// rows in a trash), in ascending order. One statement for any number of keys: they cross as one
// JSON array parameter. Screens prune their selections with it after another screen deleted or merged.
template <typename Map>
std::vector<std::int64_t> liveKeys(Database& db, const Map& map, const std::vector<std::int64_t>& keys) {
    std::vector<std::int64_t> live;
    if (keys.empty()) return live;
    std::string json = "[";
    for (std::size_t i = 0; i < keys.size(); ++i) json += (i ? "," : "") + std::to_string(keys[i]);
    json += "]";
    auto stmt = db.prepare(std::string("SELECT ") + map.key() + " FROM " + map.table() + " WHERE " + map.key() +
                           " IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY 1");
    stmt.bind(1, json);
    while (stmt.step()) live.push_back(stmt.columnInt64(0));
    return live;
}

} // namespace satchel::db
