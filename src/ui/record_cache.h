#pragma once
// One record a screen shows every frame (the selected deal, ticket, contact), read again only when
// another record is chosen or the data changed, never once per frame.
#include <cstdint>
#include <optional>

namespace satchel::ui {

template <typename Record>
class RecordCache {
public:
    // `load(id)` returns std::optional<Record>; `changeCount` is the workspace's change counter.
    template <typename Load>
    const std::optional<Record>& get(std::int64_t id, std::int64_t changeCount, Load&& load) {
        if (id != m_id || changeCount != m_at) {
            m_value = load(id);
            m_id = id;
            m_at = changeCount;
        }
        return m_value;
    }

private:
    std::int64_t m_id = -1, m_at = -1;
    std::optional<Record> m_value;
};

} // namespace satchel::ui
