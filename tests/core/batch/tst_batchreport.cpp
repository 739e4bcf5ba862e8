// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr double Eps = 1e-12;

BatchResult row(qint64 index, BatchExpectation expected, const QString &status,
                std::optional<double> verify, std::optional<double> hack, const QString &device)
{
    BatchResult r;
    r.pairIndex = index;
    r.expected = expected;
    r.status = status;
    r.verifyScore = verify;
    r.hackScore = hack;
    r.latencyMs = index * 100;
    r.device = device;
    r.sdkVersion = index % 2 ? u"2.1"_s : u"2.2"_s;
    return r;
}

// The hand-computed batch of 12 pairs (latency = 100 ms x pair index):
//  #  expected   status            verify  hack  device
//  1  same       OK                0.95    0.10  A
//  2  same       OK                0.85    0.10  A
//  3  same       OK                0.75    0.10  A
//  4  same       OK                0.65    0.10  A
//  5  same       OK                0.45    0.99  A   (genuine flagged as an attack)
//  6  different  OK                0.85    0.10  A
//  7  different  OK                0.55    0.10  B
//  8  different  OK                0.20    0.10  B
//  9  different  NO_FACE_DETECTED  -       -     B   (answered, not scored)
// 10  attack     OK                0.90    0.99  B   (detected: 0.99 > 0.98)
// 11  attack     OK                0.80    0.50  B   (detected: 0.5 = cannot tell)
// 12  attack     OK                0.30    0.60  B   (missed)
QList<BatchResult> twelvePairs()
{
    const QString ok = u"OK"_s;
    using E = BatchExpectation;
    return {
        row(1, E::Same, ok, 0.95, 0.10, u"A"_s),
        row(2, E::Same, ok, 0.85, 0.10, u"A"_s),
        row(3, E::Same, ok, 0.75, 0.10, u"A"_s),
        row(4, E::Same, ok, 0.65, 0.10, u"A"_s),
        row(5, E::Same, ok, 0.45, 0.99, u"A"_s),
        row(6, E::Different, ok, 0.85, 0.10, u"A"_s),
        row(7, E::Different, ok, 0.55, 0.10, u"B"_s),
        row(8, E::Different, ok, 0.20, 0.10, u"B"_s),
        row(9, E::Different, u"NO_FACE_DETECTED"_s, std::nullopt, std::nullopt, u"B"_s),
        row(10, E::Attack, ok, 0.90, 0.99, u"B"_s),
        row(11, E::Attack, ok, 0.80, 0.50, u"B"_s),
        row(12, E::Attack, ok, 0.30, 0.60, u"B"_s),
    };
}

BatchReport reportOf(const QList<BatchResult> &rows, qint64 total)
{
    BatchReport report(Thresholds{0.75, 0.98});
    report.setTotalPairs(total);
    for (const BatchResult &r : rows)
        report.add(r);
    return report;
}

void compareRate(const std::optional<double> &actual, double expected)
{
    QVERIFY(actual.has_value());
    QVERIFY2(std::abs(*actual - expected) < Eps,
             qPrintable(u"%1 != %2"_s.arg(*actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}
} // namespace

class TstBatchReport : public QObject
{
    Q_OBJECT

private slots:
    void counts();
    void errorRatesAtEveryTableRow_data();
    void errorRatesAtEveryTableRow();
    void decisionThreshold();
    void attackRates();
    void detPointsEqualTheTable();
    void histograms();
    void latencyPercentiles();
    void breakdowns();
    void partialBatch();
    void emptyBatchHasNoRates();
    void json();
};

void TstBatchReport::counts()
{
    const BatchReport report = reportOf(twelvePairs(), 12);
    QCOMPARE(report.totalPairs(), 12);
    QCOMPARE(report.answered(), 12);
    QCOMPARE(report.missing(), 0);
    QCOMPARE(report.scored(), 11);
    QCOMPARE(report.statusCounts().value(u"OK"_s), 11);
    QCOMPARE(report.statusCounts().value(u"NO_FACE_DETECTED"_s), 1);
    // Verdicts at 0.75 / 0.98: same person #1 #2 #3 #6; not same #4 #7 #8 #12;
    // possible attack #5 #10 #11.
    QCOMPARE(report.verdictCount(Verdict::Overall::SamePerson), 4);
    QCOMPARE(report.verdictCount(Verdict::Overall::NotSamePerson), 4);
    QCOMPARE(report.verdictCount(Verdict::Overall::PossibleAttack), 3);
    // Right: #1 #2 #3 (same), #7 #8 (different), #10 #11 (attack) = 7 of the 11 scored.
    QCOMPARE(report.judged(), 11);
    QCOMPARE(report.correct(), 7);
    compareRate(report.accuracy(), 7.0 / 11.0);
}

void TstBatchReport::errorRatesAtEveryTableRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qint64>("falseAccepts");
    QTest::addColumn<qint64>("falseRejects");
    QTest::addColumn<double>("fmr");
    QTest::addColumn<double>("fnmr");
    // Same scores 0.95 0.85 0.75 0.65 0.45 (5); different scores 0.85 0.55 0.20 (3).
    // threshold | different >= t | FMR  | same < t            | FNMR
    //   0.4     | 0.85 0.55      | 2/3  | -                   | 0/5
    //   0.5     | 0.85 0.55      | 2/3  | 0.45                | 1/5
    //   0.6     | 0.85           | 1/3  | 0.45                | 1/5
    //   0.7     | 0.85           | 1/3  | 0.65 0.45           | 2/5
    //   0.8     | 0.85           | 1/3  | 0.75 0.65 0.45      | 3/5
    //   0.9     | -              | 0/3  | 0.85 ... 0.45       | 4/5
    QTest::newRow("0.4") << 0 << 0.4 << qint64(2) << qint64(0) << 2.0 / 3 << 0.0;
    QTest::newRow("0.5") << 1 << 0.5 << qint64(2) << qint64(1) << 2.0 / 3 << 0.2;
    QTest::newRow("0.6") << 2 << 0.6 << qint64(1) << qint64(1) << 1.0 / 3 << 0.2;
    QTest::newRow("0.7") << 3 << 0.7 << qint64(1) << qint64(2) << 1.0 / 3 << 0.4;
    QTest::newRow("0.8") << 4 << 0.8 << qint64(1) << qint64(3) << 1.0 / 3 << 0.6;
    QTest::newRow("0.9") << 5 << 0.9 << qint64(0) << qint64(4) << 0.0 << 0.8;
}

void TstBatchReport::errorRatesAtEveryTableRow()
{
    QFETCH(int, row);
    QFETCH(double, threshold);
    QFETCH(qint64, falseAccepts);
    QFETCH(qint64, falseRejects);
    QFETCH(double, fmr);
    QFETCH(double, fnmr);
    const QList<BatchReport::ErrorRates> rates = reportOf(twelvePairs(), 12).tableErrorRates();
    QCOMPARE(rates.size(), 6);
    const BatchReport::ErrorRates &r = rates.at(row);
    QCOMPARE(r.threshold, threshold);
    QCOMPARE(r.falseAccepts, falseAccepts);
    QCOMPARE(r.falseRejects, falseRejects);
    QCOMPARE(r.differentPairs, 3);
    QCOMPARE(r.samePairs, 5);
    compareRate(r.fmr, fmr);
    compareRate(r.fnmr, fnmr);
}

void TstBatchReport::decisionThreshold()
{
    // At 0.75 (between two rows): different >= 0.75 is 0.85 (1/3); same < 0.75 is 0.65 0.45
    // (2/5); 0.75 itself reaches it.
    const BatchReport::ErrorRates r = reportOf(twelvePairs(), 12).decisionErrorRates();
    QCOMPARE(r.threshold, 0.75);
    QCOMPARE(r.falseAccepts, 1);
    QCOMPARE(r.falseRejects, 2);
    compareRate(r.fmr, 1.0 / 3);
    compareRate(r.fnmr, 0.4);
}

void TstBatchReport::attackRates()
{
    // Attacks #10 #11 #12: 2 detected of 3. Genuine scored #1-#8: only #5 flagged, 1 of 8.
    const BatchReport::AttackRates a = reportOf(twelvePairs(), 12).attackRates();
    QCOMPARE(a.attacks, 3);
    QCOMPARE(a.detected, 2);
    QCOMPARE(a.genuine, 8);
    QCOMPARE(a.flagged, 1);
    compareRate(a.detectionRate, 2.0 / 3);
    compareRate(a.falseAttackRate, 0.125);
}

void TstBatchReport::detPointsEqualTheTable()
{
    // The hand numbers of errorRatesAtEveryTableRow, as (FMR, FNMR) per table row.
    const double fmr[6] = {2.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 0.0};
    const double fnmr[6] = {0.0, 0.2, 0.2, 0.4, 0.6, 0.8};
    const QList<BatchReport::DetPoint> points = reportOf(twelvePairs(), 12).detPoints();
    QCOMPARE(points.size(), BatchReport::DetSteps + 1);
    int marked = 0;
    for (const BatchReport::DetPoint &point : points) {
        if (!point.tableRow)
            continue;
        ++marked;
        compareRate(point.fmr, fmr[*point.tableRow]);
        compareRate(point.fnmr, fnmr[*point.tableRow]);
    }
    QCOMPARE(marked, 6);
    // Off the table: at 0.0 everything different is accepted and nothing same rejected; at 1.0
    // the reverse.
    compareRate(points.first().fmr, 1.0);
    compareRate(points.first().fnmr, 0.0);
    compareRate(points.last().fmr, 0.0);
    compareRate(points.last().fnmr, 1.0);
    // Between rows, at 0.46: different >= 0.46 is 0.85 0.55 (2/3); same < 0.46 is 0.45 (1/5).
    compareRate(points.at(46).fmr, 2.0 / 3);
    compareRate(points.at(46).fnmr, 0.2);
}

void TstBatchReport::histograms()
{
    // 20 bins of 0.05: bin = floor(score * 20).
    const BatchReport report = reportOf(twelvePairs(), 12);
    QList<qint64> same(20, 0), different(20, 0), genuine(20, 0), attack(20, 0);
    for (int bin : {19, 17, 15, 13, 9})
        ++same[bin];
    for (int bin : {17, 11, 4})
        ++different[bin];
    genuine[2] = 7;  // hack 0.10 of #1-#4 and #6-#8
    genuine[19] = 1; // 0.99 of #5
    attack[19] = 1;  // 0.99
    attack[10] = 1;  // 0.50
    attack[12] = 1;  // 0.60
    QCOMPARE(report.verifyHistogramSame(), same);
    QCOMPARE(report.verifyHistogramDifferent(), different);
    QCOMPARE(report.hackHistogramGenuine(), genuine);
    QCOMPARE(report.hackHistogramAttack(), attack);
}

void TstBatchReport::latencyPercentiles()
{
    // 100 ... 1200 ms, 12 answers, nearest rank: p50 = 6th, p90 = ceil(10.8) = 11th,
    // p99 = ceil(11.88) = 12th.
    const BatchReport::Latency l = reportOf(twelvePairs(), 12).latency();
    QCOMPARE(l.count, 12);
    QCOMPARE(l.p50, 600);
    QCOMPARE(l.p90, 1100);
    QCOMPARE(l.p99, 1200);
    QCOMPARE(l.max, 1200);
}

void TstBatchReport::breakdowns()
{
    // Device A (#1-#6): right #1 #2 #3 of 6. Device B (#7-#12): right #7 #8 #10 #11 of the 5
    // scored.
    const QList<BatchReport::Group> groups =
        reportOf(twelvePairs(), 12).breakdown(BatchReport::Breakdown::Device);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).key, u"A"_s);
    QCOMPARE(groups.at(0).pairs, 6);
    QCOMPARE(groups.at(0).judged, 6);
    QCOMPARE(groups.at(0).correct, 3);
    compareRate(groups.at(0).accuracy, 0.5);
    QCOMPARE(groups.at(1).key, u"B"_s);
    QCOMPARE(groups.at(1).pairs, 6);
    QCOMPARE(groups.at(1).answered, 6);
    QCOMPARE(groups.at(1).judged, 5);
    QCOMPARE(groups.at(1).correct, 4);
    compareRate(groups.at(1).accuracy, 0.8);
    // Odd pairs are 2.1, even 2.2; no capture device anywhere: one group with an empty key.
    const BatchReport report = reportOf(twelvePairs(), 12);
    QCOMPARE(report.breakdown(BatchReport::Breakdown::SdkVersion).size(), 2);
    const QList<BatchReport::Group> capture =
        report.breakdown(BatchReport::Breakdown::CaptureDevice);
    QCOMPARE(capture.size(), 1);
    QVERIFY(capture.at(0).key.isEmpty());
    QCOMPARE(capture.at(0).pairs, 12);
}

void TstBatchReport::partialBatch()
{
    // Pairs #1-#8 answered, #9-#10 recorded without an answer, #11-#12 not yet seen.
    QList<BatchResult> rows = twelvePairs().mid(0, 10);
    rows[8].status.clear();
    rows[9].status.clear();
    const BatchReport report = reportOf(rows, 12);
    QCOMPARE(report.totalPairs(), 12);
    QCOMPARE(report.answered(), 8);
    QCOMPARE(report.missing(), 4);
    QCOMPARE(report.scored(), 8);
    // The same and different pairs are all in: the rates are those of the whole batch.
    const QList<BatchReport::ErrorRates> rates = report.tableErrorRates();
    compareRate(rates.at(3).fmr, 1.0 / 3);
    compareRate(rates.at(3).fnmr, 0.4);
    // No attack answered yet: no detection rate rather than a made-up 0.
    const BatchReport::AttackRates a = report.attackRates();
    QCOMPARE(a.attacks, 0);
    QVERIFY(!a.detectionRate);
    compareRate(a.falseAttackRate, 0.125);
    // Right: #1 #2 #3 #7 #8 of 8.
    compareRate(report.accuracy(), 5.0 / 8);
    QCOMPARE(report.latency().count, 8);
    QCOMPARE(report.latency().max, 800);
}

void TstBatchReport::emptyBatchHasNoRates()
{
    BatchReport report;
    report.setTotalPairs(3);
    QCOMPARE(report.missing(), 3);
    QVERIFY(!report.accuracy());
    QVERIFY(!report.tableErrorRates().at(0).fmr);
    QVERIFY(!report.detPoints().at(50).fnmr);
    QCOMPARE(report.latency().count, 0);
    QVERIFY(report.toJson().value(u"accuracy"_s).isNull());
}

void TstBatchReport::json()
{
    const QJsonObject json = reportOf(twelvePairs(), 12).toJson();
    // Through text and back, as a file would carry it.
    const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(o.value(u"total_pairs"_s).toInteger(), 12);
    QCOMPARE(o.value(u"missing"_s).toInteger(), 0);
    QCOMPARE(o.value(u"status_counts"_s).toObject().value(u"NO_FACE_DETECTED"_s).toInteger(), 1);
    QCOMPARE(o.value(u"verdict_counts"_s).toObject().value(u"possible_attack"_s).toInteger(), 3);
    const QJsonArray rates = o.value(u"error_rates"_s).toArray();
    QCOMPARE(rates.size(), 6);
    const QJsonObject at07 = rates.at(3).toObject();
    QCOMPARE(at07.value(u"threshold"_s).toDouble(), 0.7);
    QCOMPARE(at07.value(u"table_false_accept_rate"_s).toDouble(), 1e-4);
    QCOMPARE(at07.value(u"false_accepts"_s).toInteger(), 1);
    QCOMPARE(at07.value(u"false_rejects"_s).toInteger(), 2);
    QCOMPARE(at07.value(u"fnmr"_s).toDouble(), 0.4);
    QCOMPARE(o.value(u"decision"_s).toObject().value(u"false_rejects"_s).toInteger(), 2);
    QVERIFY(o.value(u"decision"_s).toObject().value(u"table_false_accept_rate"_s).isNull());
    QCOMPARE(o.value(u"attack"_s).toObject().value(u"detected"_s).toInteger(), 2);
    const QJsonArray det = o.value(u"det"_s).toArray();
    QCOMPARE(det.size(), 101);
    QCOMPARE(det.at(70).toObject().value(u"table_row"_s).toInt(), 3);
    QVERIFY(det.at(71).toObject().value(u"table_row"_s).isNull());
    QCOMPARE(o.value(u"histograms"_s).toObject().value(u"bins"_s).toInt(), 20);
    QCOMPARE(o.value(u"latency_ms"_s).toObject().value(u"p90"_s).toInteger(), 1100);
    QCOMPARE(o.value(u"breakdowns"_s)
                 .toObject()
                 .value(u"device"_s)
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(u"correct"_s)
                 .toInteger(),
             4);
}

QTEST_GUILESS_MAIN(TstBatchReport)
#include "tst_batchreport.moc"
