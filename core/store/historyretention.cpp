// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyretention.h"

#include "store/historystore.h"

HistoryRetention::HistoryRetention(HistoryStore *store, QObject *parent, Clock clock)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_timer(this)
{
    m_timer.setInterval(CheckInterval);
    // Whole-second precision is plenty for an hourly check, and wakes the system less.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HistoryRetention::check);
}

void HistoryRetention::start()
{
    m_timer.start();
}

void HistoryRetention::check()
{
    const HistoryResult<int> result = m_store->purgeIfDue(m_clock());
    if (!result.ok())
        emit failed(result.error.message);
    else if (result.value > 0)
        emit purged(result.value);
}
