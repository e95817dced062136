#include "core/db/page_store.h"

#include <algorithm>
#include <cstring>

namespace satchel::db {

namespace {
bool isValidPageSize(std::size_t n) { return n >= 512 && n <= 65536 && (n & (n - 1)) == 0; }
} // namespace

PageStore::PageStore(std::size_t byteLimit) : m_byteLimit(byteLimit) {}

void PageStore::beginLoad(std::uint32_t pageSize, std::uint32_t pageCount, std::uint64_t seq) {
    m_pageSize = isValidPageSize(pageSize) ? pageSize : kDefaultPageSize;
    m_pages.clear();
    m_pages.resize(pageCount);
    m_isDirty.assign(pageCount, 0);
    m_dirty.clear();
    m_fileSize = std::uint64_t{pageCount} * m_pageSize;
    m_seq = seq;
    m_committedPageCount = pageCount;
}

std::uint8_t* PageStore::loadPage(std::uint32_t index) {
    if (index >= m_pages.size()) return nullptr;
    if (!m_pages[index]) m_pages[index] = std::make_unique<std::uint8_t[]>(pageSize()); // zeroed
    return m_pages[index].get();
}

std::uint32_t PageStore::pageCount() const {
    return static_cast<std::uint32_t>((m_fileSize + pageSize() - 1) / pageSize());
}

std::size_t PageStore::read(void* out, std::size_t n, std::uint64_t offset) const {
    auto* dst = static_cast<std::uint8_t*>(out);
    const std::size_t available =
        offset >= m_fileSize ? 0 : static_cast<std::size_t>(std::min<std::uint64_t>(n, m_fileSize - offset));
    std::size_t done = 0;
    while (done < available) {
        const std::uint64_t at = offset + done;
        const auto index = static_cast<std::uint32_t>(at / pageSize());
        const auto within = static_cast<std::size_t>(at % pageSize());
        const std::size_t chunk = std::min<std::size_t>(available - done, pageSize() - within);
        const std::uint8_t* src = page(index);
        if (src)
            std::memcpy(dst + done, src + within, chunk);
        else
            std::memset(dst + done, 0, chunk); // a hole: never written, reads as zeros
        done += chunk;
    }
    std::memset(dst + available, 0, n - available);
    return available;
}

std::uint8_t* PageStore::pageForWrite(std::uint32_t index) {
    if (index >= m_pages.size()) {
        m_pages.resize(index + 1);
        m_isDirty.resize(index + 1, 0);
    }
    if (!m_pages[index]) m_pages[index] = std::make_unique<std::uint8_t[]>(pageSize());
    if (!m_isDirty[index]) {
        m_isDirty[index] = 1;
        m_dirty.push_back(index);
    }
    return m_pages[index].get();
}

bool PageStore::write(const void* data, std::size_t n, std::uint64_t offset) {
    if (offset + n > m_byteLimit) return false;
    // The first write fixes the page size: SQLite writes whole pages to the main database file.
    if (!m_pageSize)
        m_pageSize = (offset == 0 && isValidPageSize(n)) ? static_cast<std::uint32_t>(n) : kDefaultPageSize;
    const auto* src = static_cast<const std::uint8_t*>(data);
    std::size_t done = 0;
    while (done < n) {
        const std::uint64_t at = offset + done;
        const auto index = static_cast<std::uint32_t>(at / pageSize());
        const auto within = static_cast<std::size_t>(at % pageSize());
        const std::size_t chunk = std::min<std::size_t>(n - done, pageSize() - within);
        std::memcpy(pageForWrite(index) + within, src + done, chunk);
        done += chunk;
    }
    m_fileSize = std::max<std::uint64_t>(m_fileSize, offset + n);
    return true;
}

void PageStore::truncate(std::uint64_t size) {
    if (size >= m_fileSize) {
        m_fileSize = size; // growing by truncate leaves a hole that reads as zeros
        return;
    }
    m_fileSize = size;
    const std::uint32_t keep = pageCount();
    if (keep < m_pages.size()) {
        m_pages.resize(keep);
        m_isDirty.resize(keep);
        std::erase_if(m_dirty, [keep](std::uint32_t i) { return i >= keep; });
    }
    // A partial last page keeps its bytes past the new end; zero them so a later grow reads zeros.
    if (const auto tail = static_cast<std::size_t>(size % pageSize()); tail && keep > 0 && m_pages[keep - 1]) {
        std::memset(pageForWrite(keep - 1) + tail, 0, pageSize() - tail);
    }
}

PageCommit PageStore::takeCommit() {
    PageCommit commit;
    commit.seq = ++m_seq;
    commit.pageSize = pageSize();
    commit.pageCount = pageCount();
    commit.previousPageCount = m_committedPageCount;
    commit.pages = std::move(m_dirty);
    std::sort(commit.pages.begin(), commit.pages.end());
    m_dirty.clear();
    for (std::uint32_t i : commit.pages) m_isDirty[i] = 0;
    // Holes inside the file (never written) are stored as zero pages so a loader finds every page.
    if (m_pages.size() < commit.pageCount) {
        m_pages.resize(commit.pageCount);
        m_isDirty.resize(commit.pageCount, 0);
    }
    for (std::uint32_t i = m_committedPageCount; i < commit.pageCount; ++i)
        if (!m_pages[i]) {
            m_pages[i] = std::make_unique<std::uint8_t[]>(pageSize());
            commit.pages.push_back(i);
        }
    std::sort(commit.pages.begin(), commit.pages.end());
    commit.pages.erase(std::unique(commit.pages.begin(), commit.pages.end()), commit.pages.end());
    m_committedPageCount = commit.pageCount;
    return commit;
}

const std::uint8_t* PageStore::page(std::uint32_t index) const {
    return index < m_pages.size() ? m_pages[index].get() : nullptr;
}

std::string PageStore::image() const {
    std::string out(static_cast<std::size_t>(m_fileSize), '\0');
    read(out.data(), out.size(), 0);
    return out;
}

} // namespace satchel::db
