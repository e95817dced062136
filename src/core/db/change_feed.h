#pragma once
// Every row write on one connection, fanned out to whoever listens. SQLite gives a connection ONE
// update hook; whoever sets it last silently takes it from everyone else. So the Database owns the
// hook and hands each write to the subscribers here: the contact name order, and later an import's
// change tracking or sync, listen side by side. Nothing is process-wide: each connection has its
// own feed and its own counter.
//
// Blind spots (SQLite's update hook, documented in sqlite3_update_hook and tested in
// tests/unit/change_feed_test.cpp):
//   1. Rows deleted by the REPLACE conflict resolution are not reported (only the row inserted
//      in their place is). A listener that keeps per-row state must not rely on seeing them.
//   2. "DELETE FROM t" with no WHERE may use the truncate optimisation and report no row at all.
//      SQLite skips that optimisation for a table other tables point to by a foreign key (with
//      foreign keys on, as every Satchel connection has) or that has triggers; the test pins the
//      behaviour for contacts and shows it for a plain table.
//   3. WITHOUT ROWID tables and SQLite's internal tables (sqlite_sequence, sqlite_stat*) are not
//      reported. Rolled-back writes ARE reported (the hook fires as the row is written): listeners
//      treat a report as "may have changed", never as "committed".
#include <cstdint>
#include <functional>
#include <list>
#include <string_view>

namespace satchel::db {

enum class RowOp { Insert, Update, Delete };

struct RowChange {
    RowOp op;
    std::string_view database; // "main", "temp" or an attached name; valid only during the call
    std::string_view table;    // valid only during the call
    std::int64_t rowid;
};

class ChangeFeed {
public:
    using Listener = std::function<void(const RowChange&)>;

    // Stops the listener when destroyed. Movable, so a service can hold one as a member.
    class Subscription {
    public:
        Subscription() = default;
        Subscription(Subscription&& other) noexcept;
        Subscription& operator=(Subscription&& other) noexcept;
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;
        ~Subscription();

    private:
        friend class ChangeFeed;
        Subscription(ChangeFeed* feed, std::list<Listener>::iterator it) : m_feed(feed), m_it(it) {}
        void release() noexcept;
        ChangeFeed* m_feed = nullptr;
        std::list<Listener>::iterator m_it;
    };

    ChangeFeed() = default;
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    [[nodiscard]] Subscription subscribe(Listener listener);
    // Rows reported on this connection since it opened (every table): a cheap staleness check.
    std::uint64_t writes() const { return m_writes; }
    std::size_t subscriberCount() const { return m_listeners.size(); }

    // Called by the connection's update hook.
    void publish(const RowChange& change);

private:
    std::list<Listener> m_listeners; // a list: subscriptions hold iterators that must stay valid
    std::uint64_t m_writes = 0;
};

} // namespace satchel::db
