#pragma once
// The undo of a compound change, recorded by SQLite's session extension: every row the change
// inserted, updated or deleted in an ordinary table, as a changeset that puts them back. Used for
// what a person may take back right after doing it (a merge), where writing the reverse by hand
// would have to know every table the change touched.
//
// The search index is left out (its FTS5 shadow tables hold index blocks, not rows a person
// wrote): the caller re-indexes the records it restored.
#include <string>

struct sqlite3_session;

namespace satchel::db {

class Database;

class ChangeRecorder {
public:
    // Starts recording on `db`'s main database. Construct it inside the transaction it records.
    explicit ChangeRecorder(Database& db);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // The changeset that reverses everything recorded so far.
    std::string undo() const;

private:
    sqlite3_session* m_session = nullptr;
};

// Applies an undo from ChangeRecorder. Returns false, and applies nothing, when a row it would
// touch changed since it was recorded (the caller says so; nothing is half-undone). Call it inside
// a transaction.
bool applyUndo(Database& db, const std::string& undo);

} // namespace satchel::db
