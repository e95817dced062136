#pragma once
// A screen's data read in slices (core/common/sliced_work.h): each frame runs steps for a few
// milliseconds, so opening a screen over 100,000 records never freezes the tab. It reads again
// when the workspace changed or the screen asks for it; until the first read is whole it shows
// "Loading…" with its progress, and a failed read shows its error instead of the screen.
#include "core/common/sliced_work.h"
#include "ui/i18n/translator.h"

#include <chrono>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

namespace satchel::ui {

// Shows "Loading…" and how far along it is.
void loadingProgress(float fraction, const Translator& tr);
// Shows why the screen's data could not be read.
void loadFailed(const std::string& reason, const Translator& tr);

// Time a frame spends reading: the frame still fits in ~16 ms with the drawing.
inline constexpr std::chrono::milliseconds kLoadBudgetPerFrame{8};

template <typename Data>
class ScreenLoad {
public:
    using Steps = std::vector<typename SlicedWork<Data>::Step>;

    // One frame: (re)starts the read when `changeCount` moved or reload() was called, runs steps
    // for this frame's budget. False while there is nothing whole to draw yet.
    template <typename MakeSteps>
    bool frame(std::int64_t changeCount, MakeSteps&& makeSteps, const Translator& tr) {
        if (!m_work.running() && (changeCount != m_readAt || m_stale)) {
            m_readAt = changeCount;
            m_stale = false;
            m_error.clear();
            m_work.start(makeSteps());
        }
        try {
            m_work.run(kLoadBudgetPerFrame);
        } catch (const std::exception& e) {
            m_error = e.what();
        }
        if (!m_error.empty()) {
            loadFailed(m_error, tr);
            return false;
        }
        if (m_work.ready()) return true;
        loadingProgress(m_work.progress(), tr);
        return false;
    }
    // frame() for data that depends on "now" (overdue tasks, this month's revenue): also reads
    // again once a minute, and at once when the clock moves back (a pinned clock in tests).
    template <typename MakeSteps>
    bool frameAt(std::int64_t now, std::int64_t changeCount, MakeSteps&& makeSteps, const Translator& tr) {
        if ((now - m_readNow > kClockRefreshMs || now < m_readNow) && !running()) reload();
        return frame(
            changeCount,
            [&] {
                m_readNow = now;
                return makeSteps(now);
            },
            tr);
    }
    // Read again next frame (a filter or the week shown changed, or time moved on).
    void reload() { m_stale = true; }
    bool running() const { return m_work.running(); }
    const Data& data() const { return m_work.data(); }

private:
    SlicedWork<Data> m_work;
    static constexpr std::int64_t kClockRefreshMs = 60'000;
    std::int64_t m_readAt = -1;
    std::int64_t m_readNow = 0;
    bool m_stale = false;
    std::string m_error;
};

} // namespace satchel::ui
