// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historyretention.h"
#include "store/historystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The hourly check of a window that stays open for days, on a real database and a clock the
// test moves.
class TestHistoryRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purgesOnceADayWhileRunning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"history.sqlite"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        HistoryStore store(path);
        store.setRetentionDays(7);
        QVERIFY(store.open().ok());
        constexpr qint64 Hour = 3600;
        for (const qint64 hoursAgo : {5 * 24, 4 * 24 + 12, 24}) {
            HistoryEntry e;
            e.timeUtc = start.addSecs(-hoursAgo * Hour);
            e.requestId = u"hours-%1"_s.arg(hoursAgo);
            e.verdict = u"error"_s;
            e.status = u"NETWORK_ERROR"_s;
            QVERIFY(store.record(e).value > 0);
        }

        QDateTime now = start;
        HistoryRetention retention(&store, nullptr, [&now] { return now; });
        QSignalSpy purged(&retention, &HistoryRetention::purged);
        QSignalSpy failed(&retention, &HistoryRetention::failed);
        retention.start();
        QVERIFY(retention.isActive());

        // Two days and an hour on: the 5-day record is past 7 days, the 4½-day one not yet.
        const QDateTime first = start.addSecs((2 * 24 + 1) * Hour);
        now = first;
        retention.check();
        QCOMPARE(purged.count(), 1);
        QCOMPARE(purged.first().first().toInt(), 1);
        // Twelve hours later the 4½-day record is past 7 days too, but the day is not over.
        now = first.addSecs(12 * Hour);
        retention.check();
        QCOMPARE(purged.count(), 1);
        QCOMPARE(store.count().value, 2);
        now = first.addSecs(24 * Hour);
        retention.check();
        QCOMPARE(purged.count(), 2);
        QCOMPARE(store.count().value, 1);
        QCOMPARE(store.entries(1).value.first().requestId, u"hours-24"_s);
        QCOMPARE(failed.count(), 0);
    }

    void checksEveryHourAndSaysWhenItFails()
    {
        HistoryStore store(u"/proc/no-history-here/history.sqlite"_s);
        store.setRetentionDays(30);
        HistoryRetention retention(&store);
        QSignalSpy failed(&retention, &HistoryRetention::failed);
        QVERIFY(!retention.isActive());
        retention.start();
        QVERIFY(retention.isActive());
        const QTimer *timer = retention.findChild<QTimer *>();
        QVERIFY(timer);
        QCOMPARE(timer->intervalAsDuration(),
                 std::chrono::milliseconds(HistoryRetention::CheckInterval));
        retention.check();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"no-history-here"_s),
                 qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRetention)
#include "tst_historyretention.moc"
