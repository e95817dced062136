#pragma once
// Where the database is kept and how safe it is. On the web: pages in IndexedDB (web/page_store.js)
// behind the page VFS. The UI reads storageStatus() to show Saved / Saving… / the error.
#include "core/db/page_store.h"

#include <cstdint>
#include <string>

namespace satchel::platform {

// Shared with the page (StorageState in web/js_boundary.js); the page checks both agree at start-up.
enum class StorageState { Saved = 0, Saving = 1, Failed = 2, ReadOnly = 3, TakenOver = 4, Unavailable = 5 };

struct StorageStatus {
    StorageState state = StorageState::Saved;
    int pendingCommits = 0;
    std::uint64_t lastCommitSeq = 0; // the last commit known durable
    std::string error;               // plain words, empty when all is well
    bool persisted = false;          // navigator.storage.persist() granted
    double usageBytes = 0, quotaBytes = 0;
};

const StorageStatus& storageStatus();
// True while another tab owns the database (this one must not write).
bool storageReadOnly();

// The database file's pages and where its commits go; the page VFS is registered over these.
db::PageStore& pageStore();
db::CommitSink& commitSink();
// Registers SQLite's VFS over pageStore() and commitSink() and returns its name, for the Workspace.
// Throws DbError if SQLite refuses it.
const char* databaseVfs();

// "Take over" from another tab: reloads this page as the owner; the other tab stops writing.
void takeOverStorage();
// Asks the browser for fresh usage/quota figures (they arrive in storageStatus()).
void refreshStorageUsage();

// Offers `bytes` to the user as a downloaded file.
void downloadFile(const std::string& filename, const std::string& mimeType, const std::string& bytes);

} // namespace satchel::platform
