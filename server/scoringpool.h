// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <QtConcurrent>
#include <atomic>
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
        QFuture<std::invoke_result_t<Fn>> future = QtConcurrent::run(&m_pool, [fn = std::move(fn)] {
            auto result = fn();
            releaseFreedMemory();
            return result;
        });
        future.waitForFinished();
        leave();
        return future.result();
    }

    int workers() const { return m_workers; }
    int capacity() const { return m_capacity; }

private:
    // A scoring frees tens of MiB of network buffers; hand them back to the system so that
    // the server's RSS follows what it really holds instead of the allocator's high-water mark.
    static void releaseFreedMemory();
    bool tryEnter();
    void leave();

    QThreadPool m_pool;
    int m_workers;
    int m_capacity;
    std::atomic<int> m_inFlight{0};
};

} // namespace vd::server
