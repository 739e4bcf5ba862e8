// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// Where a running batch stands, for a progress bar: counts, rate, time and the current window.
struct BatchProgress
{
    qint64 done = 0;  // pairs with a recorded answer (this run and earlier ones)
    qint64 total = 0; // pairs that will be sent (rejected ones not counted)
    qint64 okCount = 0;
    qint64 retries = 0;          // transient failures retried this run
    double pairsPerSecond = 0.0; // answers this run / elapsed
    qint64 elapsedMs = 0;        // this run, pauses excluded
    qint64 etaMs = -1;           // -1: not known yet
    int concurrency = 0;         // the AIMD window now
    int inFlight = 0;

    // "m:ss", or "h:mm:ss" from an hour: how elapsed and left times are shown.
    static QString clock(qint64 ms)
    {
        const qint64 seconds = ms / 1000;
        const auto twoDigits = [](qint64 n) {
            return QString::number(n).rightJustified(2, u'0');
        };
        if (seconds >= 3600)
            return QString::number(seconds / 3600) + u':' + twoDigits((seconds / 60) % 60) + u':' +
                   twoDigits(seconds % 60);
        return QString::number(seconds / 60) + u':' + twoDigits(seconds % 60);
    }
};

Q_DECLARE_METATYPE(BatchProgress)
