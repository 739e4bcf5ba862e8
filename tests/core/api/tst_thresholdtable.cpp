// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/thresholdtable.h"

#include <QTest>

class TestThresholdTable : public QObject
{
    Q_OBJECT

private slots:
    void rowReached_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("row");
        QTest::newRow("below table") << 0.399 << -1;
        QTest::newRow("exactly 0.4") << 0.4 << 0;
        QTest::newRow("between") << 0.65 << 2;
        QTest::newRow("exactly recommended") << 0.7 << 3;
        QTest::newRow("just below recommended") << 0.6999 << 2;
        QTest::newRow("0.9") << 0.9 << 5;
        QTest::newRow("1.0") << 1.0 << 5;
    }
    void rowReached()
    {
        QFETCH(double, score);
        QFETCH(int, row);
        QCOMPARE(ThresholdTable::rowReached(score).value_or(-1), row);
    }
    void recommendedRowHasRate()
    {
        const auto row = ThresholdTable::rowForThreshold(ThresholdTable::RecommendedThreshold);
        QVERIFY(row.has_value());
        QCOMPARE(ThresholdTable::rows().at(*row).falseAcceptRate, 1e-4);
        QVERIFY(!ThresholdTable::rowForThreshold(0.75).has_value());
    }
};

QTEST_GUILESS_MAIN(TestThresholdTable)
#include "tst_thresholdtable.moc"
