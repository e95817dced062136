#pragma once
// Which rows of a long table are selected, the way desktop lists do it: a click selects one row
// (and opens it), Ctrl+click adds or removes one, Shift+click adds the range from the row last
// clicked. Rows are known by id; `rows.row(index)` is the row at a position in the current order
// (a RowCache), or null.
#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

namespace satchel::ui {

class RowSelection {
public:
    // Returns true for a plain click: the caller opens that row.
    template <typename Rows>
    bool click(std::int64_t index, std::int64_t id, bool ctrl, bool shift, Rows& rows) {
        if (shift && m_anchor >= 0) {
            const auto [from, to] = std::minmax(m_anchor, index);
            for (std::int64_t i = from; i <= to; ++i)
                if (const auto* row = rows.row(i)) m_ids.insert(row->id);
            return false;
        }
        m_anchor = index;
        if (ctrl) {
            if (!m_ids.erase(id)) m_ids.insert(id);
            return false;
        }
        m_ids = {id};
        return true;
    }
    void select(std::int64_t id) { m_ids = {id}; }
    void add(const std::vector<std::int64_t>& ids) { m_ids.insert(ids.begin(), ids.end()); }
    void clear() { m_ids.clear(), m_anchor = -1; }
    // After the data changed: keeps only the ids `live` returns (it gets the selected ids and
    // answers those that still exist), so "N selected" never counts a record that is gone.
    template <typename Live>
    void retain(Live&& live) {
        if (m_ids.empty()) return;
        const std::vector<std::int64_t> kept = live(ids());
        m_ids = {kept.begin(), kept.end()};
    }
    bool contains(std::int64_t id) const { return m_ids.count(id) > 0; }
    bool empty() const { return m_ids.empty(); }
    std::size_t size() const { return m_ids.size(); }
    std::vector<std::int64_t> ids() const { return {m_ids.begin(), m_ids.end()}; }

private:
    std::set<std::int64_t> m_ids;
    std::int64_t m_anchor = -1;
};

} // namespace satchel::ui
