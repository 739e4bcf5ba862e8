// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringpool.h"

#include "logging.h"

#include <algorithm>
#include <malloc.h>

namespace vd::server {

ScoringPool::ScoringPool(int workers, int queueLength)
    : m_workers(std::max(1, workers))
    , m_capacity(std::max(1, workers) + std::max(0, queueLength))
{
    m_pool.setMaxThreadCount(m_workers);
    // Scoring threads load the networks' working memory once; keep them.
    m_pool.setExpiryTimeout(-1);
}

ScoringPool::~ScoringPool()
{
    m_pool.waitForDone();
}

void ScoringPool::beginScoring()
{
    const int running = ++m_scoring;
    qCDebug(lcServer).noquote() << QStringLiteral("scoring started, scorings_running=%1 workers=%2")
                                       .arg(running)
                                       .arg(m_workers);
}

void ScoringPool::endScoring()
{
    --m_scoring;
    malloc_trim(0);
}

bool ScoringPool::tryEnter()
{
    int current = m_inFlight.load();
    do {
        if (current >= m_capacity)
            return false;
    } while (!m_inFlight.compare_exchange_weak(current, current + 1));
    return true;
}

void ScoringPool::leave()
{
    --m_inFlight;
}

} // namespace vd::server
