#include "core/db/change_feed.h"

#include <utility>

namespace satchel::db {

ChangeFeed::Subscription::Subscription(Subscription&& other) noexcept
    : m_feed(std::exchange(other.m_feed, nullptr)), m_it(other.m_it) {}

ChangeFeed::Subscription& ChangeFeed::Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        release();
        m_feed = std::exchange(other.m_feed, nullptr);
        m_it = other.m_it;
    }
    return *this;
}

ChangeFeed::Subscription::~Subscription() { release(); }

void ChangeFeed::Subscription::release() noexcept {
    if (m_feed) m_feed->m_listeners.erase(m_it);
    m_feed = nullptr;
}

ChangeFeed::Subscription ChangeFeed::subscribe(Listener listener) {
    m_listeners.push_back(std::move(listener));
    return Subscription(this, std::prev(m_listeners.end()));
}

void ChangeFeed::publish(const RowChange& change) {
    ++m_writes;
    for (const Listener& listener : m_listeners) listener(change);
}

} // namespace satchel::db
