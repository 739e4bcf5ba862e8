// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/batchcharts.h"

#include "api/thresholdtable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A histogram as a step line over [0, 1].
QLineSeries *steps(const QString &name, const QList<qint64> &bins)
{
    auto *series = new QLineSeries;
    series->setName(name);
    const double width = 1.0 / bins.size();
    series->append(0.0, 0.0);
    for (int i = 0; i < bins.size(); ++i) {
        series->append(i * width, double(bins.at(i)));
        series->append((i + 1) * width, double(bins.at(i)));
    }
    series->append(1.0, 0.0);
    return series;
}

qint64 highest(const QList<qint64> &a, const QList<qint64> &b)
{
    qint64 top = 1;
    for (qint64 v : a)
        top = std::max(top, v);
    for (qint64 v : b)
        top = std::max(top, v);
    return top;
}

// The report's fonts: Latin in DejaVu Sans, Chinese in Noto Sans CJK SC. Without them the
// rotated axis titles of a Chinese chart are measured too small and elided.
void useReportFonts(QChart *chart)
{
    QFont font = chart->titleFont();
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    chart->setTitleFont(font);
    for (QAbstractAxis *axis : chart->axes()) {
        QFont title = axis->titleFont();
        title.setFamilies({u"Noto Sans CJK SC"_s, u"DejaVu Sans"_s});
        axis->setTitleFont(title);
        QFont labels = axis->labelsFont();
        labels.setFamilies(font.families());
        axis->setLabelsFont(labels);
    }
    QFont legend = chart->legend()->font();
    legend.setFamilies(font.families());
    chart->legend()->setFont(legend);
}

QChart *histogram(const QString &title, const QString &axisTitle, QLineSeries *first,
                  QLineSeries *second, qint64 top, const QString &lineName, double threshold)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *line = new QLineSeries;
    line->setName(lineName);
    line->append(threshold, 0.0);
    line->append(threshold, double(top + std::max<qint64>(1, (top + 9) / 10)));
    QPen pen(Qt::black);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    line->setPen(pen);
    QPen secondPen(QColor(0xc0, 0x39, 0x2b));
    secondPen.setWidthF(2.0);
    secondPen.setStyle(Qt::DotLine); // told apart by the line style too, not colour alone
    second->setPen(secondPen);
    QPen firstPen(QColor(0x1f, 0x6f, 0xb4));
    firstPen.setWidthF(2.0);
    first->setPen(firstPen);
    chart->addSeries(first);
    chart->addSeries(second);
    chart->addSeries(line);
    auto *x = new QValueAxis;
    x->setRange(0.0, 1.0);
    // Labels every 0.2 and a line every 0.1: eleven labels do not fit a chart a quarter of a
    // 1024 px window wide.
    x->setTickCount(6);
    x->setMinorTickCount(1);
    x->setLabelFormat(u"%.1f"_s);
    x->setTitleText(axisTitle);
    // Whole pairs on the count axis: at most 10 intervals, each a whole number of pairs.
    const qint64 step = std::max<qint64>(1, (top + 9) / 10);
    const qint64 intervals = (top + step) / step;
    auto *y = new QValueAxis;
    y->setRange(0.0, double(intervals * step));
    y->setTickCount(int(intervals) + 1);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(BatchCharts::tr("pairs"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    useReportFonts(chart);
    return chart;
}

} // namespace

QChart *BatchCharts::det(const BatchReport &report)
{
    auto *chart = new QChart;
    auto *curve = new QLineSeries;
    curve->setName(tr("DET curve"));
    double lowest = 1.0;
    int leftOut = 0;
    for (const BatchReport::DetPoint &point : report.detPoints()) {
        if (!point.fmr || !point.fnmr)
            continue;
        if (*point.fmr <= 0.0 || *point.fnmr <= 0.0) {
            ++leftOut;
            continue;
        }
        curve->append(*point.fmr, *point.fnmr);
        lowest = std::min({lowest, *point.fmr, *point.fnmr});
    }
    chart->addSeries(curve);
    const QList<ThresholdTable::Row> &table = ThresholdTable::rows();
    const QList<BatchReport::ErrorRates> rates = report.tableErrorRates();
    for (int row = 0; row < rates.size(); ++row) {
        const BatchReport::ErrorRates &r = rates.at(row);
        if (!r.fmr || !r.fnmr || *r.fmr <= 0.0 || *r.fnmr <= 0.0)
            continue;
        auto *mark = new QScatterSeries;
        const QString label = QString::number(table.at(row).threshold, 'f', 1);
        mark->setName(tr("threshold %1").arg(label));
        mark->append(*r.fmr, *r.fnmr);
        mark->setMarkerSize(9);
        mark->setPointLabelsFormat(label);
        mark->setPointLabelsVisible(true);
        chart->addSeries(mark);
    }
    chart->setTitle(leftOut > 0 ? tr("DET: FNMR against FMR (%1 thresholds with a rate of 0 "
                                     "cannot be drawn on log axes)")
                                      .arg(leftOut)
                                : tr("DET: FNMR against FMR"));
    auto *x = new QLogValueAxis;
    x->setBase(10);
    // From the power of ten below the lowest rate, so that the axis has labelled decades.
    const double floorDecade =
        std::min(0.1, std::pow(10.0, std::floor(std::log10(std::max(lowest, 1e-6)))));
    x->setRange(floorDecade / 2.0, 1.0);
    x->setMinorTickCount(8);
    x->setLabelFormat(u"%g"_s);
    x->setTitleText(tr("false match rate (FMR)"));
    auto *y = new QLogValueAxis;
    y->setBase(10);
    y->setRange(floorDecade / 2.0, 1.0);
    y->setMinorTickCount(8);
    y->setLabelFormat(u"%g"_s);
    y->setTitleText(tr("false non-match rate (FNMR)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    useReportFonts(chart);
    return chart;
}

QChart *BatchCharts::verifyHistogram(const BatchReport &report)
{
    return histogram(tr("verify_score: expected same and expected different"), u"verify_score"_s,
                     steps(tr("expected same"), report.verifyHistogramSame()),
                     steps(tr("expected different"), report.verifyHistogramDifferent()),
                     highest(report.verifyHistogramSame(), report.verifyHistogramDifferent()),
                     tr("threshold %1").arg(report.thresholds().verify),
                     report.thresholds().verify);
}

QChart *BatchCharts::hackHistogram(const BatchReport &report)
{
    return histogram(tr("hack_score: genuine and attack"), u"hack_score"_s,
                     steps(tr("genuine"), report.hackHistogramGenuine()),
                     steps(tr("attack"), report.hackHistogramAttack()),
                     highest(report.hackHistogramGenuine(), report.hackHistogramAttack()),
                     tr("threshold %1").arg(report.thresholds().hack), report.thresholds().hack);
}

QChart *BatchCharts::latency(const BatchReport &report)
{
    const BatchReport::Latency l = report.latency();
    auto *chart = new QChart;
    chart->setTitle(tr("Latency of %1 answers (ms)").arg(l.count));
    auto *set = new QBarSet(tr("latency (ms)"));
    *set << double(l.p50) << double(l.p90) << double(l.p99) << double(l.max);
    set->setLabelColor(Qt::black);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({u"p50"_s, u"p90"_s, u"p99"_s, tr("max")});
    auto *y = new QValueAxis;
    y->setRange(0.0, std::max<double>(1.0, double(l.max) * 1.2));
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(u"ms"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    useReportFonts(chart);
    return chart;
}
