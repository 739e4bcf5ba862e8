// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <future>
#include <optional>
#include <type_traits>

namespace vd::server {

// The worker pool that scores requests (--workers N), with a bounded queue: when the workers
// are busy and the queue is full, run() refuses at once instead of letting requests pile up,
// and the caller answers 503. Connection threads only wait here; they never score.
class ScoringPool
{
public:
    ScoringPool(int workers, int queueLength);
    ~ScoringPool();

    // Runs fn on a worker and waits for its result; nullopt when the pool is full.
    template<typename Fn> auto run(Fn fn) -> std::optional<std::invoke_result_t<Fn>>
    {
        if (!tryEnter())
            return std::nullopt;
        // A std::future, not a QFuture: QFuture::waitForFinished() runs a still-queued task on
        // the waiting thread, so a connection thread would score and --workers would not bound
        // the scorings running at once.
        auto task = std::make_shared<std::packaged_task<std::invoke_result_t<Fn>()>>(
            [this, fn = std::move(fn)] {
                beginScoring();
                auto result = fn();
                endScoring();
                return result;
            });
        std::future<std::invoke_result_t<Fn>> result = task->get_future();
        m_pool.start([task] { (*task)(); });
        result.wait();
        leave();
        return result.get();
    }

    int workers() const { return m_workers; }
    int capacity() const { return m_capacity; }
    // For GET /metrics: scorings running, and those admitted but waiting for a worker.
    int scoring() const { return m_scoring.load(); }
    int queued() const { return std::max(0, m_inFlight.load() - m_scoring.load()); }

private:
    bool tryEnter();
    void leave();
    // Counts the scorings running at once; the log line shows it (tests check it against
    // --workers).
    void beginScoring();
    // A scoring frees tens of MiB of network buffers; hand them back to the system so that
    // the server's RSS follows what it really holds instead of the allocator's high-water mark.
    void endScoring();

    QThreadPool m_pool;
    int m_workers;
    int m_capacity;
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_scoring{0};
};

} // namespace vd::server
