#pragma once
// Work split into steps so that no frame of the interface holds the page for long: a browser tab
// has one thread, so a 100 ms read is a 100 ms freeze. Each frame runs steps until its time budget
// is spent. The steps fill a fresh `Data`; the last complete one stays readable meanwhile, so a
// screen that reloads after a change never shows half old, half new figures.
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace satchel {

// How many pieces of sliced work are unfinished anywhere in the program. The automation surface
// waits for zero before it reads the screen, the status bar says "Loading…" meanwhile.
class WorkInFlight {
public:
    static int count() { return s_count; }

    // Held while one piece of work is unfinished.
    class Token {
    public:
        Token() { ++s_count; }
        ~Token() { --s_count; }
        Token(const Token&) = delete;
        Token& operator=(const Token&) = delete;
    };

private:
    inline static int s_count = 0;
};

template <typename Data>
class SlicedWork {
public:
    using Step = std::function<void(Data&)>;
    using Clock = std::chrono::steady_clock;

    // Starts over with these steps (dropping any unfinished run); the complete data stays readable.
    void start(std::vector<Step> steps) {
        m_steps = std::move(steps);
        m_next = Data{};
        m_done = 0;
        if (!m_token) m_token = std::make_unique<WorkInFlight::Token>();
        if (m_steps.empty()) finish();
    }

    // Runs steps until `budget` has passed, always at least one. True when the work completed in
    // this call. A step that throws ends the run (nothing half-read is published) and rethrows.
    bool run(Clock::duration budget) {
        if (!running()) return false;
        const auto until = Clock::now() + budget;
        do {
            try {
                m_steps[m_done](m_next);
            } catch (...) {
                m_steps.clear();
                m_token.reset();
                throw;
            }
            if (++m_done == m_steps.size()) {
                finish();
                return true;
            }
        } while (Clock::now() < until);
        return false;
    }

    bool running() const { return m_token != nullptr; }
    // A complete result exists (from this run or an earlier one).
    bool ready() const { return m_ready; }
    const Data& data() const { return m_data; }
    float progress() const {
        return m_steps.empty() ? 1.0f : static_cast<float>(m_done) / static_cast<float>(m_steps.size());
    }

private:
    void finish() {
        m_data = std::move(m_next);
        m_next = Data{};
        m_steps.clear();
        m_ready = true;
        m_token.reset();
    }

    std::vector<Step> m_steps;
    std::size_t m_done = 0;
    Data m_data, m_next;
    bool m_ready = false;
    std::unique_ptr<WorkInFlight::Token> m_token;
};

} // namespace satchel
