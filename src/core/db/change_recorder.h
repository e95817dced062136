#pragma once
// The undo of a compound change, recorded by SQLite's session extension: every row the change
// inserted, updated or deleted in an ordinary table, as a changeset that puts them back. Used for
// what a person may take back right after doing it (a merge), where writing the reverse by hand
// would have to know every table the change touched.
//
// The search index is left out (its FTS5 shadow tables hold index blocks, not rows a person
// wrote): the caller re-indexes the records it restored.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_session;

namespace satchel::db {

class Database;

class ChangeRecorder {
public:
    // Starts recording on `db`'s main database. Construct it inside the transaction it records.
    // Tables whose names start with one of `skip` are not recorded (besides the search index).
    explicit ChangeRecorder(Database& db, std::initializer_list<std::string_view> skip = {});
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // The changeset that reverses everything recorded so far.
    std::string undo() const;
    // Changes made between pause() and resume() are not recorded (an import records the rows it
    // creates as a run of ids instead: one changeset entry per created row would double its size).
    void pause();
    void resume();

private:
    sqlite3_session* m_session = nullptr;
    std::vector<std::string> m_skip;
};

// Applies an undo from ChangeRecorder. Returns false, and applies nothing, when a row it would
// touch changed since it was recorded (the caller says so; nothing is half-undone). Call it inside
// a transaction.
bool applyUndo(Database& db, const std::string& undo);

// A row an undo would put back, but which changed since it was recorded (or is gone).
struct UndoConflict {
    std::string table;
    std::int64_t key = 0;                     // the row's first integer primary-key column (0 for others)
    std::vector<std::int64_t> integerColumns; // each column's value when an integer, else 0 (a row of
                                              // a link table names its owner in one of them)
};
// Applies an undo row by row: a row that changed since is kept as it is now and listed, unless
// `overwrite`, which puts it back anyway. A row the undo would delete that is gone already is not
// a conflict. Call it inside a transaction.
std::vector<UndoConflict> applyUndoKeepingChanges(Database& db, const std::string& undo, bool overwrite);
// The integer keys of the rows of `table` an undo touches.
std::vector<std::int64_t> undoKeys(const std::string& undo, std::string_view table);

} // namespace satchel::db
