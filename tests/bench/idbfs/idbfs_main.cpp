// Benchmark baseline: the same SQLite database persisted the usual Emscripten way, as a file on an
// IDBFS mount flushed with FS.syncfs (which rewrites every changed file whole). Driven from
// tests/bench/idbfs/index.html by tests/bench/storage_bench.mjs.
#include <emscripten.h>
#include <sqlite3.h>

#include <string>

namespace {
sqlite3* g_db = nullptr;
std::string g_error;
} // namespace

extern "C" {

// Opens /data/bench.db (the page has mounted IDBFS at /data and loaded it with syncfs(true)).
EMSCRIPTEN_KEEPALIVE const char* idbfs_open() {
    if (sqlite3_open("/data/bench.db", &g_db) != SQLITE_OK) return sqlite3_errmsg(g_db);
    // Same journal as Satchel's page store, so both write only the database file.
    sqlite3_exec(g_db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    return "";
}

// Benchmark SQL from the harness (constants, no user input).
EMSCRIPTEN_KEEPALIVE const char* idbfs_exec(const char* sql) {
    char* err = nullptr;
    g_error.clear();
    if (sqlite3_exec(g_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        g_error = err ? err : "error";
        sqlite3_free(err);
    }
    return g_error.c_str();
}

} // extern "C"

int main() { return 0; }
