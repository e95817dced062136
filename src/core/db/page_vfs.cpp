#include "core/db/page_vfs.h"

#include "core/db/db_error.h"

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace satchel::db {

namespace {

struct PageVfs {
    sqlite3_vfs base{};
    std::string name;
    PageStore* store = nullptr;
    CommitSink* sink = nullptr;
    std::map<std::string, std::shared_ptr<std::vector<std::uint8_t>>> files; // journals, temp files
    std::string mainName; // the first main database opened through this VFS
};

// One open file: either the main database (in the PageStore) or an in-memory byte vector.
// SQLite hands us szOsFile raw bytes: the File is constructed in them by xOpen and destroyed by xClose.
struct File {
    sqlite3_file base{};
    PageVfs* vfs = nullptr;
    bool isMain = false;
    std::shared_ptr<std::vector<std::uint8_t>> bytes;
    std::string name;
    bool deleteOnClose = false;
};

File* asFile(sqlite3_file* f) { return reinterpret_cast<File*>(f); }

int fileClose(sqlite3_file* f) {
    File* file = asFile(f);
    if (file->deleteOnClose) file->vfs->files.erase(file->name);
    file->~File();
    return SQLITE_OK;
}

int fileRead(sqlite3_file* f, void* out, int n, sqlite3_int64 offset) {
    File* file = asFile(f);
    std::size_t got;
    if (file->isMain) {
        got = file->vfs->store->read(out, static_cast<std::size_t>(n), static_cast<std::uint64_t>(offset));
    } else {
        const auto& b = *file->bytes;
        const auto off = static_cast<std::size_t>(offset);
        got = off >= b.size() ? 0 : std::min<std::size_t>(static_cast<std::size_t>(n), b.size() - off);
        if (got) std::memcpy(out, b.data() + off, got);
        std::memset(static_cast<char*>(out) + got, 0, static_cast<std::size_t>(n) - got);
    }
    return got == static_cast<std::size_t>(n) ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
}

int fileWrite(sqlite3_file* f, const void* data, int n, sqlite3_int64 offset) {
    File* file = asFile(f);
    if (file->isMain)
        return file->vfs->store->write(data, static_cast<std::size_t>(n), static_cast<std::uint64_t>(offset))
                   ? SQLITE_OK
                   : SQLITE_FULL;
    auto& b = *file->bytes;
    const auto end = static_cast<std::size_t>(offset) + static_cast<std::size_t>(n);
    if (b.size() < end) b.resize(end);
    std::memcpy(b.data() + offset, data, static_cast<std::size_t>(n));
    return SQLITE_OK;
}

void commitChanges(PageVfs& vfs) {
    if (!vfs.store->hasChanges()) return;
    const PageCommit commit = vfs.store->takeCommit();
    vfs.sink->commit(*vfs.store, commit);
}

int fileSync(sqlite3_file* f, int) {
    File* file = asFile(f);
    // SQLite syncs the main file once per commit, after writing every page of it: the commit point.
    if (file->isMain) commitChanges(*file->vfs);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file* f, sqlite3_int64 size) {
    File* file = asFile(f);
    if (!file->isMain) {
        file->bytes->resize(static_cast<std::size_t>(size));
        return SQLITE_OK;
    }
    PageStore& store = *file->vfs->store;
    store.truncate(static_cast<std::uint64_t>(size));
    // VACUUM syncs the smaller database and only then cuts the file: nothing syncs after the cut.
    // A cut that leaves no written-but-unsynced page is its own commit (the header already says
    // the new size), so the stored copy does not keep dead pages until some later commit.
    if (!store.hasDirtyPages()) commitChanges(*file->vfs);
    return SQLITE_OK;
}

int fileSize(sqlite3_file* f, sqlite3_int64* size) {
    File* file = asFile(f);
    *size = static_cast<sqlite3_int64>(file->isMain ? file->vfs->store->fileSize() : file->bytes->size());
    return SQLITE_OK;
}

// One connection per store: locking has nothing to arbitrate (the page's Web Lock keeps other tabs out).
int fileLock(sqlite3_file*, int) { return SQLITE_OK; }
int fileUnlock(sqlite3_file*, int) { return SQLITE_OK; }
int fileCheckReservedLock(sqlite3_file*, int* out) {
    *out = 0;
    return SQLITE_OK;
}
int fileControl(sqlite3_file*, int, void*) { return SQLITE_NOTFOUND; }
int fileSectorSize(sqlite3_file*) { return 512; }
int fileDeviceCharacteristics(sqlite3_file*) { return SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_SAFE_APPEND; }

const sqlite3_io_methods kFileMethods = {
    1,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

PageVfs* asVfs(sqlite3_vfs* v) { return static_cast<PageVfs*>(v->pAppData); }

int vfsOpen(sqlite3_vfs* v, const char* name, sqlite3_file* f, int flags, int* outFlags) {
    PageVfs* vfs = asVfs(v);
    File* file = new (f) File{};
    file->vfs = vfs;
    file->name = name ? name : "";
    file->isMain = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    if (file->isMain) {
        if (vfs->mainName.empty()) vfs->mainName = file->name;
        if (vfs->mainName != file->name) {
            file->~File();
            f->pMethods = nullptr;
            return SQLITE_CANTOPEN; // one store holds one database
        }
    } else {
        if (name) {
            // Named (journals): kept until deleted, so xAccess sees them like files on a disk.
            auto& slot = vfs->files[file->name];
            if (!slot) slot = std::make_shared<std::vector<std::uint8_t>>();
            file->bytes = slot;
            file->deleteOnClose = (flags & SQLITE_OPEN_DELETEONCLOSE) != 0;
        } else {
            file->bytes = std::make_shared<std::vector<std::uint8_t>>(); // anonymous temp file
        }
    }
    file->base.pMethods = &kFileMethods;
    if (outFlags) *outFlags = flags;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs* v, const char* name, int) {
    asVfs(v)->files.erase(name);
    return SQLITE_OK;
}

int vfsAccess(sqlite3_vfs* v, const char* name, int, int* out) {
    PageVfs* vfs = asVfs(v);
    *out = (name == vfs->mainName) ? vfs->store->fileSize() > 0 : vfs->files.count(name) > 0;
    return SQLITE_OK;
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    sqlite3_snprintf(n, out, "%s", name);
    return SQLITE_OK;
}

sqlite3_vfs* defaultVfs(sqlite3_vfs* v) {
    sqlite3_vfs* d = sqlite3_vfs_find(nullptr);
    return d == v ? nullptr : d;
}

int vfsRandomness(sqlite3_vfs* v, int n, char* out) {
    if (sqlite3_vfs* d = defaultVfs(v)) return d->xRandomness(d, n, out);
    std::memset(out, 0, static_cast<std::size_t>(n));
    return n;
}

int vfsSleep(sqlite3_vfs* v, int micros) {
    sqlite3_vfs* d = defaultVfs(v);
    return d ? d->xSleep(d, micros) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* out) {
    sqlite3_vfs* d = defaultVfs(v);
    return d ? d->xCurrentTimeInt64(d, out) : SQLITE_ERROR;
}

int vfsCurrentTime(sqlite3_vfs* v, double* out) {
    sqlite3_int64 ms = 0;
    const int rc = vfsCurrentTimeInt64(v, &ms);
    *out = static_cast<double>(ms) / 86400000.0;
    return rc;
}

int vfsGetLastError(sqlite3_vfs*, int, char*) { return 0; }

} // namespace

void registerPageVfs(const char* name, PageStore& store, CommitSink& sink) {
    // Registered VFS objects must live as long as the process; re-registering reuses the entry.
    static std::map<std::string, std::unique_ptr<PageVfs>> registry;
    auto& slot = registry[name];
    if (!slot) {
        slot = std::make_unique<PageVfs>();
        slot->name = name;
        sqlite3_vfs& b = slot->base;
        b.iVersion = 2;
        b.szOsFile = sizeof(File);
        b.mxPathname = 512;
        b.zName = slot->name.c_str();
        b.pAppData = slot.get();
        b.xOpen = vfsOpen;
        b.xDelete = vfsDelete;
        b.xAccess = vfsAccess;
        b.xFullPathname = vfsFullPathname;
        b.xRandomness = vfsRandomness;
        b.xSleep = vfsSleep;
        b.xCurrentTime = vfsCurrentTime;
        b.xGetLastError = vfsGetLastError;
        b.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    }
    slot->store = &store;
    slot->sink = &sink;
    slot->files.clear();
    slot->mainName.clear();
    if (const int rc = sqlite3_vfs_register(&slot->base, 0); rc != SQLITE_OK)
        throw DbError(std::string("cannot register the page VFS '") + name + "': " + sqlite3_errstr(rc), rc);
}

} // namespace satchel::db
