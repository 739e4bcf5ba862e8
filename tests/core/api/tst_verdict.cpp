// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/thresholdtable.h"
#include "api/verdict.h"

#include <QTest>

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<double>("verify");
        QTest::addColumn<double>("hack");
        QTest::addColumn<double>("verifyThreshold");
        QTest::addColumn<double>("hackThreshold");
        QTest::addColumn<Verdict::Identity>("identity");
        QTest::addColumn<Verdict::Liveness>("liveness");
        QTest::addColumn<Verdict::Overall>("overall");
        QTest::addColumn<int>("rowReached");

        using I = Verdict::Identity;
        using L = Verdict::Liveness;
        using O = Verdict::Overall;
        QTest::newRow("same person")
            << 0.8712 << 0.031 << 0.7 << 0.98 << I::SamePerson << L::Live << O::SamePerson << 4;
        QTest::newRow("exactly at threshold")
            << 0.7 << 0.0 << 0.7 << 0.98 << I::SamePerson << L::Live << O::SamePerson << 3;
        QTest::newRow("just below")
            << 0.6999 << 0.0 << 0.7 << 0.98 << I::NotSamePerson << L::Live << O::NotSamePerson << 2;
        QTest::newRow("below the table")
            << 0.2 << 0.1 << 0.7 << 0.98 << I::NotSamePerson << L::Live << O::NotSamePerson << -1;
        QTest::newRow("hack at threshold is live")
            << 0.9 << 0.98 << 0.7 << 0.98 << I::SamePerson << L::Live << O::SamePerson << 5;
        QTest::newRow("attack wins over same person")
            << 0.95 << 0.985 << 0.7 << 0.98 << I::SamePerson << L::Attack << O::PossibleAttack << 5;
        QTest::newRow("attack and not same") << 0.1 << 0.999 << 0.7 << 0.98 << I::NotSamePerson
                                             << L::Attack << O::PossibleAttack << -1;
        QTest::newRow("stricter verify setting")
            << 0.85 << 0.1 << 0.9 << 0.98 << I::NotSamePerson << L::Live << O::NotSamePerson << 4;
        QTest::newRow("stricter hack setting")
            << 0.85 << 0.6 << 0.7 << 0.5 << I::SamePerson << L::Attack << O::PossibleAttack << 4;
        // 0.5 is a server's "cannot tell": never live, whatever the threshold.
        QTest::newRow("cannot tell is not live") << 0.93 << 0.5 << 0.7 << 0.98 << I::SamePerson
                                                 << L::CannotTell << O::PossibleAttack << 5;
        QTest::newRow("cannot tell under a low hack threshold")
            << 0.93 << 0.5000 << 0.7 << 0.3 << I::SamePerson << L::CannotTell << O::PossibleAttack
            << 5;
        QTest::newRow("near 0.5 is a measured score")
            << 0.93 << 0.51 << 0.7 << 0.98 << I::SamePerson << L::Live << O::SamePerson << 5;
    }
    void decide()
    {
        QFETCH(double, verify);
        QFETCH(double, hack);
        QFETCH(double, verifyThreshold);
        QFETCH(double, hackThreshold);
        QFETCH(Verdict::Identity, identity);
        QFETCH(Verdict::Liveness, liveness);
        QFETCH(Verdict::Overall, overall);
        QFETCH(int, rowReached);

        VerificationResult result;
        result.verifyScore = verify;
        result.hackScore = hack;
        const Verdict v = Verdict::decide(result, {verifyThreshold, hackThreshold});
        QCOMPARE(v.identity, identity);
        QCOMPARE(v.liveness, liveness);
        QCOMPARE(v.overall, overall);
        QCOMPARE(v.rowReached.value_or(-1), rowReached);
        QCOMPARE(v.thresholds.verify, verifyThreshold);
        QCOMPARE(v.thresholds.hack, hackThreshold);
    }

    void defaults()
    {
        const Thresholds t;
        QCOMPARE(t.verify, 0.7);
        QCOMPARE(t.hack, 0.98);
    }

    void decisionRow_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("rate");
        QTest::addColumn<bool>("exact");
        QTest::newRow("recommended 0.7") << 0.7 << 3 << 1e-4 << true;
        QTest::newRow("0.4") << 0.4 << 0 << 1e-1 << true;
        QTest::newRow("0.9") << 0.9 << 5 << 1e-6 << true;
        QTest::newRow("between rows: bound of the row below") << 0.75 << 3 << 1e-4 << false;
    }
    void decisionRow()
    {
        QFETCH(double, threshold);
        QFETCH(int, row);
        QFETCH(double, rate);
        QFETCH(bool, exact);
        VerificationResult result;
        result.verifyScore = 0.5;
        const Verdict v = Verdict::decide(result, {threshold, 0.98});
        QCOMPARE(v.decisionRow.value_or(-1), row);
        QVERIFY(v.decisionFalseAcceptRate.has_value());
        QCOMPARE(*v.decisionFalseAcceptRate, rate);
        QCOMPARE(v.decisionThresholdExact, exact);
        QCOMPARE(ThresholdTable::rows().at(row).falseAcceptRate, rate);
    }

    void thresholdsCompareAsDecimalText()
    {
        // 0.1 + 0.2 is not 0.3 in binary; as thresholds they are the same.
        QVERIFY((Thresholds{0.1 + 0.2, 0.98}) == (Thresholds{0.3, 0.98}));
        QVERIFY((Thresholds{0.7, 0.98}) != (Thresholds{0.8, 0.98}));
        QVERIFY((Thresholds{0.7, 0.98}) != (Thresholds{0.7, 0.95}));
        QVERIFY(Thresholds{} == (Thresholds{Thresholds::DefaultVerify, Thresholds::DefaultHack}));
    }

    void thresholdBelowTheTableHasNoRate()
    {
        VerificationResult result;
        result.verifyScore = 0.35;
        const Verdict v = Verdict::decide(result, {0.3, 0.98});
        QCOMPARE(v.identity, Verdict::Identity::SamePerson);
        QVERIFY(!v.decisionRow.has_value());
        QVERIFY(!v.decisionFalseAcceptRate.has_value());
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
