// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/ratecontroller.h"

#include <QTest>

// The AIMD of the batch: halve on overload, climb back by one per window of successes.
class TestRateController : public QObject
{
    Q_OBJECT

private slots:
    void startsUnthrottledAtTheMaximum()
    {
        const RateController rate(4);
        QCOMPARE(rate.window(), 4);
        QCOMPARE(rate.spacingMs(), 0);
    }

    void overloadHalvesTheWindowAndSpacesStarts()
    {
        RateController rate(8);
        rate.onOverload();
        QCOMPARE(rate.window(), 4);
        QCOMPARE(rate.spacingMs(), 50);
        rate.onOverload();
        QCOMPARE(rate.window(), 2);
        QCOMPARE(rate.spacingMs(), 100);
        for (int i = 0; i < 5; ++i)
            rate.onOverload();
        QCOMPARE(rate.window(), 1);
        QCOMPARE(rate.spacingMs(), 2000); // bounded
    }

    void climbsBackByOnePerWindowOfSuccesses()
    {
        RateController rate(4);
        rate.onOverload();
        rate.onOverload();
        QCOMPARE(rate.window(), 1);
        rate.onSuccess(); // a window of 1
        QCOMPARE(rate.window(), 2);
        rate.onSuccess();
        QCOMPARE(rate.window(), 2); // half of a window of 2
        rate.onSuccess();
        QCOMPARE(rate.window(), 3);
        for (int i = 0; i < 3; ++i)
            rate.onSuccess();
        QCOMPARE(rate.window(), 4);
        for (int i = 0; i < 100; ++i)
            rate.onSuccess();
        QCOMPARE(rate.window(), 4); // never past the maximum
    }

    void spacingNeverDropsFarBelowTheLastOverload()
    {
        RateController rate(1);
        rate.onOverload(); // 50 ms
        rate.onOverload(); // floor 52.5, spacing 100
        for (int i = 0; i < 3; ++i)
            rate.onSuccess();
        QVERIFY(rate.spacingMs() >= 50);
        QVERIFY(rate.spacingMs() < 100);
        // The floor decays: a limit that was raised is found again in the end.
        for (int i = 0; i < 1000; ++i)
            rate.onSuccess();
        QCOMPARE(rate.spacingMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateController)
#include "tst_ratecontroller.moc"
