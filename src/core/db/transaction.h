#pragma once
// A transaction that rolls back unless commit() is called: an exception anywhere between
// begin and commit leaves the database exactly as it was.
namespace satchel::db {

class Database;

class Transaction {
public:
    explicit Transaction(Database& db); // BEGIN IMMEDIATE: take the write lock up front
    ~Transaction();                     // ROLLBACK if not committed; never throws
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace satchel::db
