// The web side of the page store: the commit sink that hands pages to web/page_store.js, the
// functions that page calls to load pages and report status, and file downloads. Every call across
// the boundary is declared in js_boundary.h.
#include "core/db/page_vfs.h"
#include "platform/storage.h"
#include "platform/web/js_boundary.h"

#include <emscripten.h>

#include <cstdint>
#include <vector>

namespace satchel::platform {

namespace {

// The wasm heap may grow to 2 GiB (SATCHEL_MAXIMUM_MEMORY); the database may use half, leaving room
// for SQLite's cache, the UI and the copies a commit makes. Past it writes fail with "database or
// disk is full" and the user is told, instead of the tab running out of memory.
constexpr std::size_t kDatabaseByteLimit = std::size_t{1} << 30;

class WebCommitSink final : public db::CommitSink {
public:
    void commit(const db::PageStore& store, const db::PageCommit& c) override {
        m_list.clear();
        for (std::uint32_t index : c.pages) {
            m_list.push_back(index);
            m_list.push_back(static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(store.page(index))));
        }
        // page_store.js copies every page out before returning: the pointers are not kept.
        js::commit(c.seq, c.pageSize, c.pageCount, c.previousPageCount, m_list.data(),
                   static_cast<int>(c.pages.size()));
    }

private:
    std::vector<std::uint32_t> m_list; // (index, pointer) pairs
};

struct WebStorage {
    db::PageStore store{kDatabaseByteLimit};
    WebCommitSink sink;
    StorageStatus status;
};

WebStorage& webStorage() {
    static WebStorage w;
    return w;
}

} // namespace

const StorageStatus& storageStatus() { return webStorage().status; }

bool storageReadOnly() {
    const auto s = webStorage().status.state;
    return s == StorageState::ReadOnly || s == StorageState::TakenOver;
}

db::PageStore& pageStore() { return webStorage().store; }
db::CommitSink& commitSink() { return webStorage().sink; }

const char* databaseVfs() {
    static constexpr const char* kName = "satchel-idb";
    db::registerPageVfs(kName, pageStore(), commitSink());
    return kName;
}

void takeOverStorage() { js::takeOverStorage(); }

void refreshStorageUsage() { js::refreshStorageUsage(); }

void downloadFile(const std::string& filename, const std::string& mimeType, const std::string& bytes) {
    js::downloadFile(filename, mimeType, bytes);
}

} // namespace satchel::platform

// ---- Called by web/page_store.js (through web/js_boundary.js) ----------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE double satchel_store_byte_limit() {
    return static_cast<double>(satchel::platform::pageStore().byteLimit());
}

EMSCRIPTEN_KEEPALIVE void satchel_store_begin_load(std::uint32_t pageSize, std::uint32_t pageCount, double seq) {
    satchel::platform::pageStore().beginLoad(pageSize, pageCount, static_cast<std::uint64_t>(seq));
}

EMSCRIPTEN_KEEPALIVE std::uint8_t* satchel_store_load_page(std::uint32_t index) {
    return satchel::platform::pageStore().loadPage(index);
}

EMSCRIPTEN_KEEPALIVE void satchel_storage_status(int state, int pending, double lastSeq, const char* error,
                                                 int persisted, double usage, double quota) {
    auto& s = satchel::platform::webStorage().status;
    s.state = static_cast<satchel::platform::StorageState>(state);
    s.pendingCommits = pending;
    s.lastCommitSeq = static_cast<std::uint64_t>(lastSeq);
    s.error = error ? error : "";
    s.persisted = persisted != 0;
    s.usageBytes = usage;
    s.quotaBytes = quota;
}

} // extern "C"
