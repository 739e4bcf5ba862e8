// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "batch/batchresult.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

class BatchStore;

// The numbers of a batch, accumulated row by row from its results without keeping them: counts,
// error rates against the expected outcomes at every threshold, DET points, histograms,
// latency percentiles and breakdowns. A partial batch reports what it has and how much is missing.
//
// JSON (toJson): "total_pairs", "answered", "missing", "scored" (answered with scores),
// "status_counts" {status: n}, "verdict_counts" {same_person, not_same_person, possible_attack},
// "thresholds" {verify, hack}, "accuracy" (null without an expectation to score against),
// "correct", "judged", "decision" (an "error_rates" element at the chosen threshold),
// "error_rates" [{threshold, table_false_accept_rate, false_accepts, false_rejects,
// different_pairs, same_pairs, fmr, fnmr}] (fmr/fnmr null without pairs to count them on),
// "attack" {hack_threshold, attacks, detected, detection_rate, genuine, flagged,
// false_attack_rate}, "det" [{threshold, fmr, fnmr, table_row}] (table_row null off the table),
// "histograms" {bins, verify_same, verify_different, hack_genuine, hack_attack} (counts per bin
// of width 1/bins over [0, 1]), "latency_ms" {count, p50, p90, p99, max},
// "breakdowns" {device, sdk_version, capture_device: [{key, pairs, answered, judged, correct,
// accuracy}]}.
class BatchReport
{
public:
    static constexpr int HistogramBins = 20;
    // The DET curve's thresholds: 0.00 to 1.00 in steps of 1/DetSteps.
    static constexpr int DetSteps = 100;

    struct ErrorRates
    {
        double threshold = 0.0;
        qint64 falseAccepts = 0;    // expected different, verify_score at or above the threshold
        qint64 falseRejects = 0;    // expected same, verify_score below the threshold
        qint64 differentPairs = 0;  // expected different and scored
        qint64 samePairs = 0;       // expected same and scored
        std::optional<double> fmr;  // falseAccepts / differentPairs
        std::optional<double> fnmr; // falseRejects / samePairs
    };
    struct DetPoint
    {
        double threshold = 0.0;
        std::optional<double> fmr;
        std::optional<double> fnmr;
        std::optional<int> tableRow; // the ThresholdTable row this threshold is
    };
    struct AttackRates
    {
        qint64 attacks = 0;  // expected attack and scored
        qint64 detected = 0; // of those, not judged live
        qint64 genuine = 0;  // expected same or different and scored
        qint64 flagged = 0;  // of those, not judged live
        std::optional<double> detectionRate;
        std::optional<double> falseAttackRate;
    };
    struct Latency
    {
        qint64 count = 0;
        qint64 p50 = 0;
        qint64 p90 = 0;
        qint64 p99 = 0;
        qint64 max = 0;
    };
    struct Group
    {
        QString key; // empty: the pairs that name none
        qint64 pairs = 0;
        qint64 answered = 0;
        qint64 judged = 0; // scored and with an expectation
        qint64 correct = 0;
        std::optional<double> accuracy;
    };
    enum class Breakdown
    {
        Device,
        SdkVersion,
        CaptureDevice
    };

    explicit BatchReport(const Thresholds &thresholds = {});

    // The number of pairs of the whole batch, so that rows not yet added count as missing.
    void setTotalPairs(qint64 total);
    void add(const BatchResult &result);
    // The report of everything the batch database holds now, read one pair at a time.
    static BatchReport read(const BatchStore &store, const Thresholds &thresholds);

    // Whether a scored pair's verdict is the expected one; nullopt when it has no expectation
    // or no scores.
    static std::optional<bool> matches(const BatchResult &result, const Thresholds &thresholds);
    static std::optional<Verdict> verdictOf(const BatchResult &result,
                                            const Thresholds &thresholds);

    const Thresholds &thresholds() const { return m_thresholds; }
    qint64 totalPairs() const;
    qint64 answered() const { return m_answered; }
    qint64 missing() const { return totalPairs() - m_answered; }
    qint64 scored() const { return m_scored; }
    const QMap<QString, qint64> &statusCounts() const { return m_statusCounts; }
    qint64 verdictCount(Verdict::Overall overall) const;
    qint64 judged() const { return m_judged; }
    qint64 correct() const { return m_correct; }
    std::optional<double> accuracy() const;

    // One element per ThresholdTable row, in the table's order.
    QList<ErrorRates> tableErrorRates() const;
    ErrorRates decisionErrorRates() const;
    AttackRates attackRates() const;
    QList<DetPoint> detPoints() const;

    const QList<qint64> &verifyHistogramSame() const { return m_verifySame; }
    const QList<qint64> &verifyHistogramDifferent() const { return m_verifyDifferent; }
    const QList<qint64> &hackHistogramGenuine() const { return m_hackGenuine; }
    const QList<qint64> &hackHistogramAttack() const { return m_hackAttack; }

    Latency latency() const;
    QList<Group> breakdown(Breakdown by) const;

    QJsonObject toJson() const;

private:
    struct Counts
    {
        qint64 same = 0;
        qint64 different = 0;
        // Per DET step: expected-same scores below it, expected-different scores at or above it.
        QList<qint64> sameBelow;
        QList<qint64> differentAtOrAbove;
    };
    ErrorRates ratesAt(double threshold, qint64 falseAccepts, qint64 falseRejects) const;
    void addToGroup(QMap<QString, Group> &groups, const QString &key, const BatchResult &result,
                    std::optional<bool> match);

    Thresholds m_thresholds;
    qint64 m_total = 0;
    qint64 m_seen = 0;
    qint64 m_answered = 0;
    qint64 m_scored = 0;
    qint64 m_judged = 0;
    qint64 m_correct = 0;
    QMap<QString, qint64> m_statusCounts;
    qint64 m_verdicts[3] = {0, 0, 0};
    Counts m_counts;
    QList<qint64> m_tableFalseAccepts;
    QList<qint64> m_tableFalseRejects;
    qint64 m_decisionFalseAccepts = 0;
    qint64 m_decisionFalseRejects = 0;
    AttackRates m_attack;
    QList<qint64> m_verifySame;
    QList<qint64> m_verifyDifferent;
    QList<qint64> m_hackGenuine;
    QList<qint64> m_hackAttack;
    // Latency in ms -> pairs: exact percentiles in memory bounded by the distinct latencies.
    QMap<qint64, qint64> m_latencies;
    QMap<QString, Group> m_byDevice;
    QMap<QString, Group> m_bySdk;
    QMap<QString, Group> m_byCaptureDevice;
};
