#pragma once
// The database file as an array of fixed-size pages in memory, with the pages changed since the
// last commit tracked. The page VFS (page_vfs.h) serves SQLite's reads and writes from here and,
// at each commit, hands the changed pages to a CommitSink (in the browser: one IndexedDB
// transaction). Nothing here knows about the browser.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace satchel::db {

// What one commit changed: enough to bring a stored copy from the previous commit to this one.
struct PageCommit {
    std::uint64_t seq = 0;               // 1, 2, 3 ... per store; the stored header records it
    std::uint32_t pageSize = 0;          // bytes per page
    std::uint32_t pageCount = 0;         // pages in the file after this commit
    std::uint32_t previousPageCount = 0; // pages before it; pages >= pageCount are to be deleted
    std::vector<std::uint32_t> pages;    // 0-based indices of changed pages, ascending
};

class PageStore {
public:
    static constexpr std::uint32_t kDefaultPageSize = 4096;

    // `byteLimit`: the file may not grow past this (writes fail with SQLITE_FULL instead of the
    // page running out of memory).
    explicit PageStore(std::size_t byteLimit = SIZE_MAX);

    // ---- Loading a stored copy, before SQLite opens the file ----
    void beginLoad(std::uint32_t pageSize, std::uint32_t pageCount, std::uint64_t seq);
    // A zeroed buffer of pageSize() bytes for page `index` to be filled by the loader.
    std::uint8_t* loadPage(std::uint32_t index);

    // ---- File operations as SQLite issues them ----
    std::uint64_t fileSize() const { return m_fileSize; }
    // Copies n bytes at offset; returns the number of bytes that existed (the rest is zeroed).
    std::size_t read(void* out, std::size_t n, std::uint64_t offset) const;
    // False when the write would pass the byte limit (nothing is changed then).
    bool write(const void* data, std::size_t n, std::uint64_t offset);
    void truncate(std::uint64_t size);

    // ---- Commits ----
    bool hasChanges() const { return hasDirtyPages() || pageCount() != m_committedPageCount; }
    bool hasDirtyPages() const { return !m_dirty.empty(); }
    // Describes the changes since the last commit and starts a new one. Pages stay readable.
    PageCommit takeCommit();
    // Page `index` (pageSize() bytes), or nullptr past the end.
    const std::uint8_t* page(std::uint32_t index) const;

    std::uint32_t pageSize() const { return m_pageSize ? m_pageSize : kDefaultPageSize; }
    std::uint32_t pageCount() const;
    std::uint64_t seq() const { return m_seq; }
    std::size_t byteLimit() const { return m_byteLimit; }
    // The whole file, as a standalone SQLite database (a backup).
    std::string image() const;

private:
    std::uint8_t* pageForWrite(std::uint32_t index);

    std::size_t m_byteLimit;
    std::uint32_t m_pageSize = 0; // fixed by the first write or the loaded copy
    std::uint64_t m_fileSize = 0;
    std::uint64_t m_seq = 0;
    std::uint32_t m_committedPageCount = 0;
    std::vector<std::unique_ptr<std::uint8_t[]>> m_pages;
    std::vector<std::uint8_t> m_isDirty; // per page
    std::vector<std::uint32_t> m_dirty;  // indices, in first-written order
};

// Receives each commit's pages synchronously; it must copy what it keeps.
class CommitSink {
public:
    virtual ~CommitSink() = default;
    virtual void commit(const PageStore& store, const PageCommit& commit) = 0;
};

} // namespace satchel::db
