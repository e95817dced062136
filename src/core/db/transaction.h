#pragma once
// A transaction that rolls back unless commit() is called: an exception anywhere between
// begin and commit leaves the database exactly as it was. Begun inside another, it is a savepoint
// of that one: a service step that commits on its own (reopen a deal) can also be one part of a
// larger step (reopen it, then move it out of a removed stage) that commits or fails as a whole.
namespace satchel::db {

class Database;

class Transaction {
public:
    explicit Transaction(Database& db); // BEGIN IMMEDIATE (take the write lock up front), or SAVEPOINT
    ~Transaction();                     // ROLLBACK (TO the savepoint) if not committed; never throws
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace satchel::db
