// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

class HistoryStore;

// Keeps the retention of a history that stays open for days: every hour it asks the store to
// purge, which it does once a day (HistoryStore::purgeIfDue). An idle window purges as well as
// one that records.
class HistoryRetention : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr std::chrono::hours CheckInterval{1};

    // store must outlive this object; clock gives the UTC time (tests move it).
    explicit HistoryRetention(HistoryStore *store, QObject *parent = nullptr,
                              Clock clock = &QDateTime::currentDateTimeUtc);

    // Starts the hourly checks.
    void start();
    bool isActive() const { return m_timer.isActive(); }
    // Purges now if a purge is due.
    void check();

signals:
    // After a purge that deleted records.
    void purged(int count);
    // A purge failed, with the store's translated message.
    void failed(const QString &message);

private:
    HistoryStore *m_store;
    Clock m_clock;
    QTimer m_timer;
};
