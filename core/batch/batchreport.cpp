// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchreport.h"

#include "api/thresholdtable.h"
#include "batch/batchstore.h"
#include "contract/apicontract.h"

#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The same tolerance as Verdict: a score of "0.7" reaches the threshold 0.7.
constexpr double Tolerance = 1e-9;

bool reaches(double score, double threshold)
{
    return score + Tolerance >= threshold;
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int binOf(double score)
{
    const int bin = int(std::floor((score + Tolerance) * BatchReport::HistogramBins));
    return std::clamp(bin, 0, BatchReport::HistogramBins - 1);
}

double detThreshold(int step)
{
    return double(step) / BatchReport::DetSteps;
}

QJsonArray histogramJson(const QList<qint64> &bins)
{
    QJsonArray array;
    for (qint64 count : bins)
        array.append(count);
    return array;
}

QJsonObject ratesJson(const BatchReport::ErrorRates &rates)
{
    const std::optional<int> row = ThresholdTable::rowForThreshold(rates.threshold);
    return QJsonObject{
        {u"threshold"_s, rates.threshold},
        {u"table_false_accept_rate"_s,
         row ? QJsonValue(ThresholdTable::rows().at(*row).falseAcceptRate)
             : QJsonValue(QJsonValue::Null)},
        {u"false_accepts"_s, rates.falseAccepts},
        {u"false_rejects"_s, rates.falseRejects},
        {u"different_pairs"_s, rates.differentPairs},
        {u"same_pairs"_s, rates.samePairs},
        {u"fmr"_s, json(rates.fmr)},
        {u"fnmr"_s, json(rates.fnmr)},
    };
}

QJsonArray groupsJson(const QList<BatchReport::Group> &groups)
{
    QJsonArray array;
    for (const BatchReport::Group &group : groups) {
        array.append(QJsonObject{
            {u"key"_s, group.key},
            {u"pairs"_s, group.pairs},
            {u"answered"_s, group.answered},
            {u"judged"_s, group.judged},
            {u"correct"_s, group.correct},
            {u"accuracy"_s, json(group.accuracy)},
        });
    }
    return array;
}
} // namespace

BatchReport::BatchReport(const Thresholds &thresholds)
    : m_thresholds(thresholds)
    , m_tableFalseAccepts(ThresholdTable::rows().size(), 0)
    , m_tableFalseRejects(ThresholdTable::rows().size(), 0)
    , m_verifySame(HistogramBins, 0)
    , m_verifyDifferent(HistogramBins, 0)
    , m_hackGenuine(HistogramBins, 0)
    , m_hackAttack(HistogramBins, 0)
{
    m_counts.sameBelow.fill(0, DetSteps + 1);
    m_counts.differentAtOrAbove.fill(0, DetSteps + 1);
}

void BatchReport::setTotalPairs(qint64 total)
{
    m_total = total;
}

qint64 BatchReport::totalPairs() const
{
    return std::max(m_total, m_seen);
}

std::optional<Verdict> BatchReport::verdictOf(const BatchResult &result,
                                              const Thresholds &thresholds)
{
    if (result.status != QLatin1StringView(vd::contract::answer::Ok) || !result.verifyScore ||
        !result.hackScore)
        return std::nullopt;
    VerificationResult answer;
    answer.verifyScore = *result.verifyScore;
    answer.hackScore = *result.hackScore;
    return Verdict::decide(answer, thresholds);
}

std::optional<bool> BatchReport::matches(const BatchResult &result, const Thresholds &thresholds)
{
    const std::optional<Verdict> verdict = verdictOf(result, thresholds);
    if (!verdict)
        return std::nullopt;
    switch (result.expected) {
    case BatchExpectation::Same:
        return verdict->overall == Verdict::Overall::SamePerson;
    case BatchExpectation::Different:
        return verdict->overall == Verdict::Overall::NotSamePerson;
    case BatchExpectation::Attack:
        return verdict->overall == Verdict::Overall::PossibleAttack;
    case BatchExpectation::Unknown:
        break;
    }
    return std::nullopt;
}

BatchReport BatchReport::read(const BatchStore &store, const Thresholds &thresholds)
{
    BatchReport report(thresholds);
    report.setTotalPairs(store.pairCount());
    store.forEachPair([&report](const BatchResult &result) {
        report.add(result);
        return true;
    });
    return report;
}

void BatchReport::add(const BatchResult &result)
{
    ++m_seen;
    const std::optional<bool> match = matches(result, m_thresholds);
    addToGroup(m_byDevice, result.device, result, match);
    addToGroup(m_bySdk, result.sdkVersion, result, match);
    addToGroup(m_byCaptureDevice, result.captureDevice, result, match);
    if (!result.answered())
        return;
    ++m_answered;
    ++m_statusCounts[result.status];
    ++m_latencies[result.latencyMs];

    const std::optional<Verdict> verdict = verdictOf(result, m_thresholds);
    if (!verdict)
        return;
    ++m_scored;
    ++m_verdicts[int(verdict->overall)];
    if (match) {
        ++m_judged;
        if (*match)
            ++m_correct;
    }

    const double verify = *result.verifyScore;
    const double hack = *result.hackScore;
    const QList<ThresholdTable::Row> &table = ThresholdTable::rows();
    switch (result.expected) {
    case BatchExpectation::Same:
        ++m_counts.same;
        ++m_verifySame[binOf(verify)];
        for (int step = 0; step <= DetSteps; ++step)
            m_counts.sameBelow[step] += reaches(verify, detThreshold(step)) ? 0 : 1;
        for (int row = 0; row < table.size(); ++row)
            m_tableFalseRejects[row] += reaches(verify, table.at(row).threshold) ? 0 : 1;
        m_decisionFalseRejects += reaches(verify, m_thresholds.verify) ? 0 : 1;
        break;
    case BatchExpectation::Different:
        ++m_counts.different;
        ++m_verifyDifferent[binOf(verify)];
        for (int step = 0; step <= DetSteps; ++step)
            m_counts.differentAtOrAbove[step] += reaches(verify, detThreshold(step)) ? 1 : 0;
        for (int row = 0; row < table.size(); ++row)
            m_tableFalseAccepts[row] += reaches(verify, table.at(row).threshold) ? 1 : 0;
        m_decisionFalseAccepts += reaches(verify, m_thresholds.verify) ? 1 : 0;
        break;
    case BatchExpectation::Attack:
    case BatchExpectation::Unknown:
        break;
    }

    const bool live = verdict->liveness == Verdict::Liveness::Live;
    if (result.expected == BatchExpectation::Attack) {
        ++m_attack.attacks;
        m_attack.detected += live ? 0 : 1;
        ++m_hackAttack[binOf(hack)];
    } else if (result.expected != BatchExpectation::Unknown) {
        ++m_attack.genuine;
        m_attack.flagged += live ? 0 : 1;
        ++m_hackGenuine[binOf(hack)];
    }
}

void BatchReport::addToGroup(QMap<QString, Group> &groups, const QString &key,
                             const BatchResult &result, std::optional<bool> match)
{
    Group &group = groups[key];
    group.key = key;
    ++group.pairs;
    group.answered += result.answered() ? 1 : 0;
    if (match) {
        ++group.judged;
        group.correct += *match ? 1 : 0;
    }
    group.accuracy = ratio(group.correct, group.judged);
}

qint64 BatchReport::verdictCount(Verdict::Overall overall) const
{
    return m_verdicts[int(overall)];
}

std::optional<double> BatchReport::accuracy() const
{
    return ratio(m_correct, m_judged);
}

BatchReport::ErrorRates BatchReport::ratesAt(double threshold, qint64 falseAccepts,
                                             qint64 falseRejects) const
{
    ErrorRates rates;
    rates.threshold = threshold;
    rates.falseAccepts = falseAccepts;
    rates.falseRejects = falseRejects;
    rates.differentPairs = m_counts.different;
    rates.samePairs = m_counts.same;
    rates.fmr = ratio(falseAccepts, m_counts.different);
    rates.fnmr = ratio(falseRejects, m_counts.same);
    return rates;
}

QList<BatchReport::ErrorRates> BatchReport::tableErrorRates() const
{
    QList<ErrorRates> list;
    const QList<ThresholdTable::Row> &table = ThresholdTable::rows();
    for (int row = 0; row < table.size(); ++row)
        list.append(ratesAt(table.at(row).threshold, m_tableFalseAccepts.at(row),
                            m_tableFalseRejects.at(row)));
    return list;
}

BatchReport::ErrorRates BatchReport::decisionErrorRates() const
{
    return ratesAt(m_thresholds.verify, m_decisionFalseAccepts, m_decisionFalseRejects);
}

BatchReport::AttackRates BatchReport::attackRates() const
{
    AttackRates rates = m_attack;
    rates.detectionRate = ratio(rates.detected, rates.attacks);
    rates.falseAttackRate = ratio(rates.flagged, rates.genuine);
    return rates;
}

QList<BatchReport::DetPoint> BatchReport::detPoints() const
{
    QList<DetPoint> points;
    for (int step = 0; step <= DetSteps; ++step) {
        DetPoint point;
        point.threshold = detThreshold(step);
        point.fmr = ratio(m_counts.differentAtOrAbove.at(step), m_counts.different);
        point.fnmr = ratio(m_counts.sameBelow.at(step), m_counts.same);
        point.tableRow = ThresholdTable::rowForThreshold(point.threshold);
        points.append(point);
    }
    return points;
}

BatchReport::Latency BatchReport::latency() const
{
    Latency result;
    for (auto it = m_latencies.cbegin(); it != m_latencies.cend(); ++it)
        result.count += it.value();
    if (result.count == 0)
        return result;
    // Nearest rank: the smallest latency that at least p % of the answers did not exceed.
    const auto percentile = [this, &result](int percent) {
        const qint64 rank = std::max<qint64>(1, (result.count * percent + 99) / 100);
        qint64 seen = 0;
        for (auto it = m_latencies.cbegin(); it != m_latencies.cend(); ++it) {
            seen += it.value();
            if (seen >= rank)
                return it.key();
        }
        return m_latencies.lastKey();
    };
    result.p50 = percentile(50);
    result.p90 = percentile(90);
    result.p99 = percentile(99);
    result.max = m_latencies.lastKey();
    return result;
}

QList<BatchReport::Group> BatchReport::breakdown(Breakdown by) const
{
    switch (by) {
    case Breakdown::Device:
        return m_byDevice.values();
    case Breakdown::SdkVersion:
        return m_bySdk.values();
    case Breakdown::CaptureDevice:
        return m_byCaptureDevice.values();
    }
    return {};
}

QJsonObject BatchReport::toJson() const
{
    QJsonObject statuses;
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it)
        statuses.insert(it.key(), it.value());

    QJsonArray rates;
    for (const ErrorRates &row : tableErrorRates())
        rates.append(ratesJson(row));

    QJsonArray det;
    for (const DetPoint &point : detPoints()) {
        det.append(QJsonObject{
            {u"threshold"_s, point.threshold},
            {u"fmr"_s, json(point.fmr)},
            {u"fnmr"_s, json(point.fnmr)},
            {u"table_row"_s,
             point.tableRow ? QJsonValue(*point.tableRow) : QJsonValue(QJsonValue::Null)},
        });
    }

    const AttackRates attack = attackRates();
    const Latency lat = latency();
    return QJsonObject{
        {u"total_pairs"_s, totalPairs()},
        {u"answered"_s, m_answered},
        {u"missing"_s, missing()},
        {u"scored"_s, m_scored},
        {u"status_counts"_s, statuses},
        {u"verdict_counts"_s,
         QJsonObject{
             {u"same_person"_s, verdictCount(Verdict::Overall::SamePerson)},
             {u"not_same_person"_s, verdictCount(Verdict::Overall::NotSamePerson)},
             {u"possible_attack"_s, verdictCount(Verdict::Overall::PossibleAttack)},
         }},
        {u"thresholds"_s,
         QJsonObject{{u"verify"_s, m_thresholds.verify}, {u"hack"_s, m_thresholds.hack}}},
        {u"accuracy"_s, json(accuracy())},
        {u"correct"_s, m_correct},
        {u"judged"_s, m_judged},
        {u"decision"_s, ratesJson(decisionErrorRates())},
        {u"error_rates"_s, rates},
        {u"attack"_s,
         QJsonObject{
             {u"hack_threshold"_s, m_thresholds.hack},
             {u"attacks"_s, attack.attacks},
             {u"detected"_s, attack.detected},
             {u"detection_rate"_s, json(attack.detectionRate)},
             {u"genuine"_s, attack.genuine},
             {u"flagged"_s, attack.flagged},
             {u"false_attack_rate"_s, json(attack.falseAttackRate)},
         }},
        {u"det"_s, det},
        {u"histograms"_s,
         QJsonObject{
             {u"bins"_s, HistogramBins},
             {u"verify_same"_s, histogramJson(m_verifySame)},
             {u"verify_different"_s, histogramJson(m_verifyDifferent)},
             {u"hack_genuine"_s, histogramJson(m_hackGenuine)},
             {u"hack_attack"_s, histogramJson(m_hackAttack)},
         }},
        {u"latency_ms"_s,
         QJsonObject{
             {u"count"_s, lat.count},
             {u"p50"_s, lat.p50},
             {u"p90"_s, lat.p90},
             {u"p99"_s, lat.p99},
             {u"max"_s, lat.max},
         }},
        {u"breakdowns"_s,
         QJsonObject{
             {u"device"_s, groupsJson(breakdown(Breakdown::Device))},
             {u"sdk_version"_s, groupsJson(breakdown(Breakdown::SdkVersion))},
             {u"capture_device"_s, groupsJson(breakdown(Breakdown::CaptureDevice))},
         }},
    };
}
