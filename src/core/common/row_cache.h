#pragma once
// The rows a long list shows, fetched a block at a time as they scroll into view and kept for
// the next frames. A table of 100,000 rows draws only the few dozen on screen; this holds just the
// blocks around them. When the block before the one needed is cached, its last row is handed to
// the fetch so it can continue from there (keyset paging) instead of counting past an offset.
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <vector>

namespace satchel {

template <typename Row>
class RowCache {
public:
    // Rows [offset, offset + limit). `after` is the row just before `offset` when known, else null.
    using Fetch = std::function<std::vector<Row>(std::int64_t offset, int limit, const Row* after)>;

    explicit RowCache(int blockSize = 100, std::size_t maxBlocks = 24)
        : m_blockSize(blockSize), m_maxBlocks(maxBlocks) {}

    // A new query, or the data changed: drop every cached row. `firstBlock`, when given, is rows
    // [0, blockSize) already read (with the total, in one query).
    void reset(Fetch fetch, std::int64_t total, std::vector<Row> firstBlock = {}) {
        m_fetch = std::move(fetch);
        m_total = total;
        m_blocks.clear();
        if (!firstBlock.empty()) m_blocks.emplace(0, std::move(firstBlock));
    }
    int blockSize() const { return m_blockSize; }
    std::int64_t total() const { return m_total; }

    // The row at `index`, loading its block if needed; null outside [0, total) or past the data's end.
    const Row* row(std::int64_t index) {
        if (index < 0 || index >= m_total || !m_fetch) return nullptr;
        const std::int64_t block = index / m_blockSize;
        auto it = m_blocks.find(block);
        if (it == m_blocks.end()) it = load(block);
        const std::size_t at = static_cast<std::size_t>(index % m_blockSize);
        return at < it->second.size() ? &it->second[at] : nullptr;
    }

    int fetches() const { return m_fetches; }
    int keysetFetches() const { return m_keysetFetches; }

private:
    typename std::map<std::int64_t, std::vector<Row>>::iterator load(std::int64_t block) {
        const Row* after = nullptr;
        if (auto prev = m_blocks.find(block - 1);
            prev != m_blocks.end() && !prev->second.empty() && static_cast<int>(prev->second.size()) == m_blockSize)
            after = &prev->second.back();
        ++m_fetches;
        if (after) ++m_keysetFetches;
        std::vector<Row> rows = m_fetch(block * m_blockSize, m_blockSize, after);
        // Keep the cache small: forget the block farthest from the one being read.
        while (m_blocks.size() >= m_maxBlocks) {
            auto far = m_blocks.begin();
            if (std::llabs(m_blocks.rbegin()->first - block) > std::llabs(far->first - block))
                far = std::prev(m_blocks.end());
            m_blocks.erase(far);
        }
        return m_blocks.emplace(block, std::move(rows)).first;
    }

    int m_blockSize;
    std::size_t m_maxBlocks;
    Fetch m_fetch;
    std::int64_t m_total = 0;
    std::map<std::int64_t, std::vector<Row>> m_blocks;
    int m_fetches = 0, m_keysetFetches = 0;
};

} // namespace satchel
