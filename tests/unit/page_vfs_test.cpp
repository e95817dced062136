// The page VFS, driven through real SQLite, with a fake durable store standing in for IndexedDB.
#include "core/db/database.h"
#include "core/db/page_vfs.h"
#include "core/db/transaction.h"
#include "core/workspace/workspace.h"
#include "fake_page_db.h"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace satchel;
using namespace satchel::db;

namespace {

std::int64_t scalar(Database& db, const char* sql) {
    auto stmt = db.prepare(sql);
    stmt.step();
    return stmt.columnInt64(0);
}

std::string text(Database& db, const char* sql) {
    auto stmt = db.prepare(sql);
    stmt.step();
    return stmt.columnText(0);
}

void usePageJournal(Database& db) { db.execScript("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = FULL"); }

// Opens what a durable copy holds, as a new page would after a reload.
struct Reopened {
    PageStore store;
    RecordingSink sink;
    std::unique_ptr<Database> db;
    explicit Reopened(const FakePageDb& copy) {
        copy.loadInto(store);
        registerPageVfs("reopened", store, sink);
        db = std::make_unique<Database>("satchel.db", "reopened");
        usePageJournal(*db);
    }
};

} // namespace

TEST_CASE("page VFS: each commit hands over its changed pages once, and a reload sees the data") {
    PageStore store;
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    {
        Database db("satchel.db", "pages");
        usePageJournal(db);
        db.execScript("CREATE TABLE t (v TEXT)");
        const auto afterCreate = sink.commits.size();
        CHECK(afterCreate >= 1);
        db.prepare("INSERT INTO t VALUES (?)").bind(1, "张三").run();
        REQUIRE(sink.commits.size() == afterCreate + 1);
        // A one-row insert changes a page or two, never the whole file.
        CHECK(sink.commits.back().pages.size() <= 3);
        CHECK(sink.commits.back().seq == sink.commits.size());
    }
    Reopened again(sink.durable);
    CHECK(text(*again.db, "SELECT v FROM t") == "张三");
    CHECK(text(*again.db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("page VFS: a rolled-back transaction leaves the stored copy at the last commit, even when it spilled pages") {
    PageStore store;
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    Database db("satchel.db", "pages");
    usePageJournal(db);
    db.execScript("PRAGMA cache_size = 5; CREATE TABLE t (v BLOB)");
    db.prepare("INSERT INTO t VALUES (?)").bind(1, "kept").run();
    const std::string before = store.image();
    {
        Transaction tx(db);
        auto insert = db.prepare("INSERT INTO t VALUES (randomblob(3000))");
        for (int i = 0; i < 200; ++i) { // far more than 5 cached pages: SQLite spills to the file
            insert.run();
            insert.reset();
        }
        CHECK(store.fileSize() > before.size()); // spilled: the file itself grew mid-transaction
        // no commit: the destructor rolls back. SQLite writes the original pages back and syncs,
        // which hands over those restored pages: still the last committed state.
    }
    CHECK(store.image() == before);
    CHECK(scalar(db, "SELECT count(*) FROM t") == 1);
    Reopened again(sink.durable);
    CHECK(scalar(*again.db, "SELECT count(*) FROM t") == 1);
    CHECK(text(*again.db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("page VFS: VACUUM after deleting shrinks the stored copy, which still opens cleanly") {
    PageStore store;
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    Database db("satchel.db", "pages");
    usePageJournal(db);
    db.execScript("CREATE TABLE t (v BLOB)");
    db.execScript("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                  "INSERT INTO t SELECT randomblob(2000) FROM n");
    const auto grown = sink.durable.pageCount;
    db.execScript("DELETE FROM t WHERE rowid > 10; VACUUM");
    CHECK(sink.durable.pageCount < grown / 4);
    CHECK(sink.durable.pages.size() == sink.durable.pageCount); // the pages past the end are gone
    Reopened again(sink.durable);
    CHECK(scalar(*again.db, "SELECT count(*) FROM t") == 10);
    CHECK(text(*again.db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("page VFS: a full store fails the write with SQLITE_FULL and keeps the last commit intact") {
    PageStore store(64 * 1024);
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    Database db("satchel.db", "pages");
    usePageJournal(db);
    db.execScript("CREATE TABLE t (v BLOB)");
    db.prepare("INSERT INTO t VALUES (?)").bind(1, "small").run();
    CHECK_THROWS_WITH_AS(db.execScript("INSERT INTO t SELECT randomblob(200000)"), doctest::Contains("full"), DbError);
    CHECK(scalar(db, "SELECT count(*) FROM t") == 1);
    CHECK(text(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("page VFS: whatever commit the durable copy stopped at, it opens as exactly that state") {
    PageStore store;
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    Database db("satchel.db", "pages");
    usePageJournal(db);
    db.execScript("PRAGMA cache_size = 10; CREATE TABLE t (batch INTEGER, v BLOB)"); // small cache: large commits spill
    const auto base = sink.commits.size();
    std::mt19937 random(42);
    std::vector<std::int64_t> rowsAfter; // row count after each workload commit
    std::int64_t rows = 0;
    for (int batch = 1; batch <= 30; ++batch) {
        const int n = batch % 7 == 0 ? 2000 : static_cast<int>(random() % 20) + 1; // some large commits
        Transaction tx(db);
        auto insert = db.prepare("INSERT INTO t VALUES (?, randomblob(?))");
        for (int i = 0; i < n; ++i) {
            insert.bindAll(batch, static_cast<int>(random() % 500));
            insert.run();
            insert.reset();
        }
        if (batch % 5 == 0) db.execScript("DELETE FROM t WHERE rowid % 3 = 0");
        tx.commit();
        rows = scalar(db, "SELECT count(*) FROM t");
        rowsAfter.push_back(rows);
    }
    REQUIRE(sink.snapshots.size() == base + 30);
    for (size_t k = 0; k < 30; ++k) {
        CAPTURE(k);
        Reopened again(sink.snapshots[base + k]);
        CHECK(text(*again.db, "PRAGMA integrity_check") == "ok");
        CHECK(scalar(*again.db, "SELECT count(*) FROM t") == rowsAfter[k]);
        CHECK(scalar(*again.db, "SELECT max(batch) FROM t") == static_cast<std::int64_t>(k + 1));
    }
}

TEST_CASE("a workspace on the page VFS creates its schema and survives a reload") {
    PageStore store;
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    {
        Workspace ws(
            "satchel.db", [] { return std::int64_t{1}; }, "pages");
        ws.contacts().add({"王小明", "", ""});
        CHECK(text(ws.database(), "PRAGMA journal_mode") == "memory");
    }
    PageStore store2;
    RecordingSink sink2;
    sink.durable.loadInto(store2);
    registerPageVfs("pages", store2, sink2);
    Workspace ws(
        "satchel.db", [] { return std::int64_t{2}; }, "pages");
    CHECK(ws.contacts().list(10).at(0).name == "王小明");
    CHECK(sink2.commits.empty()); // opening an up-to-date database writes nothing
}

#include "core/common/failure.h"

#include <cstdio>

TEST_CASE("a workspace whose store is full refuses the save in plain words and keeps its data") {
    // Room for the schema plus about 64 KB of contacts.
    std::size_t schemaBytes;
    {
        PageStore probe;
        RecordingSink probeSink;
        registerPageVfs("probe", probe, probeSink);
        Workspace empty(
            "satchel.db", [] { return std::int64_t{1}; }, "probe");
        schemaBytes = probe.fileSize();
    }
    PageStore store(schemaBytes + 64 * 1024);
    RecordingSink sink;
    registerPageVfs("pages", store, sink);
    Workspace ws(
        "satchel.db", [] { return std::int64_t{1}; }, "pages");
    ws.contacts().add({"First", "", ""});
    std::string reason;
    try {
        for (int i = 0; i < 5000; ++i) ws.contacts().add({"Contact number " + std::to_string(i), "", ""});
    } catch (const std::exception& e) {
        reason = describeFailure(e);
    }
    CHECK(reason.find("the database is full") != std::string::npos);
    CHECK(text(ws.database(), "PRAGMA integrity_check") == "ok");
    CHECK(ws.contacts().list(1).at(0).name == "Contact number 0");
}

TEST_CASE("natively a workspace is an ordinary SQLite file in WAL mode") {
    const std::string path = "satchel_wal_test.sqlite3";
    std::remove(path.c_str());
    {
        Workspace ws(path);
        ws.contacts().add({"On disk", "", ""});
        CHECK(text(ws.database(), "PRAGMA journal_mode") == "wal");
    }
    Workspace again(path);
    CHECK(again.contacts().count() == 1);
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}
