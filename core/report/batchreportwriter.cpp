// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/batchreportwriter.h"

#include "api/thresholdtable.h"
#include "verifydeskconfig.h"

#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 2) + u" %"_s : BatchReportWriter::tr("n/a");
}

QString count(qint64 value)
{
    return QString::number(value);
}

QString row(const QStringList &cells, bool header = false)
{
    const QString open = header ? u"<th>"_s : u"<td>"_s;
    const QString close = header ? u"</th>"_s : u"</td>"_s;
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += open + esc(cell) + close;
    return html + u"</tr>"_s;
}

QString tableStart()
{
    return u"<table width=100% border=1 cellspacing=0 cellpadding=2>"_s;
}

QString heading(const QString &text)
{
    return u"<h4>"_s + esc(text) + u"</h4>"_s;
}

QString ratesRow(const QString &label, const BatchReport::ErrorRates &rates)
{
    const std::optional<int> tableRow = ThresholdTable::rowForThreshold(rates.threshold);
    const QString tableRate = tableRow ? u"1e%1"_s.arg(std::lround(std::log10(
                                             ThresholdTable::rows().at(*tableRow).falseAcceptRate)))
                                       : u"-"_s;
    return row({label, QString::number(rates.threshold, 'f', 2), tableRate,
                u"%1 / %2"_s.arg(rates.falseAccepts).arg(rates.differentPairs), percent(rates.fmr),
                u"%1 / %2"_s.arg(rates.falseRejects).arg(rates.samePairs), percent(rates.fnmr)});
}

QString groupsTable(const QString &title, const QList<BatchReport::Group> &groups)
{
    QString html = heading(title) + tableStart();
    html += row({BatchReportWriter::tr("Value"), BatchReportWriter::tr("Pairs"),
                 BatchReportWriter::tr("Answered"), BatchReportWriter::tr("Judged"),
                 BatchReportWriter::tr("Right"), BatchReportWriter::tr("Accuracy")},
                true);
    for (const BatchReport::Group &group : groups)
        html += row({group.key.isEmpty() ? BatchReportWriter::tr("(none)") : group.key,
                     count(group.pairs), count(group.answered), count(group.judged),
                     count(group.correct), percent(group.accuracy)});
    return html + u"</table>"_s;
}

} // namespace

QString BatchReportWriter::html(const BatchReport &report, const Run &run,
                                const QList<QImage> &charts)
{
    QString html = u"<html><body>"_s;
    html += u"<h2 align=center>"_s + esc(tr("Batch verification report")) + u"</h2>"_s;
    html += u"<p align=center>"_s + esc(tr("VerifyDesk %1").arg(QStringLiteral(VD_VERSION))) +
            u"</p>"_s;

    html += tableStart();
    html += row({tr("Endpoint"), run.endpoint});
    html += row({tr("Started"), run.startedUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)});
    html += row({tr("Duration"), tr("%1 s").arg(QString::number(run.durationMs / 1000.0, 'f', 1))});
    html += row({tr("Pairs"), count(report.totalPairs())});
    html += row({tr("Answered"), count(report.answered())});
    if (report.missing() > 0)
        html +=
            row({tr("Missing"),
                 tr("%1 pairs have no answer yet: this report is partial").arg(report.missing())});
    html += row({tr("Thresholds"), tr("same person when verify_score ≥ %1, possible attack when "
                                      "hack_score > %2")
                                       .arg(report.thresholds().verify)
                                       .arg(report.thresholds().hack)});
    html += row({tr("Accuracy"), tr("%1 (%2 of %3 pairs with an expected outcome)")
                                     .arg(percent(report.accuracy()))
                                     .arg(report.correct())
                                     .arg(report.judged())});
    html += u"</table>"_s;

    html += heading(tr("Answers by status")) + tableStart();
    html += row({tr("Status"), tr("Pairs")}, true);
    for (auto it = report.statusCounts().cbegin(); it != report.statusCounts().cend(); ++it)
        html += row({it.key(), count(it.value())});
    html += u"</table>"_s;

    html += heading(tr("Verdicts")) + tableStart();
    html += row({tr("Same person"), count(report.verdictCount(Verdict::Overall::SamePerson))});
    html += row(
        {tr("Not the same person"), count(report.verdictCount(Verdict::Overall::NotSamePerson))});
    html +=
        row({tr("Possible attack"), count(report.verdictCount(Verdict::Overall::PossibleAttack))});
    html += u"</table>"_s;

    html += heading(tr("False accepts and false rejects")) + tableStart();
    html += row({QString(), tr("Threshold"), tr("Vendor FAR"), tr("False accepts"), u"FMR"_s,
                 tr("False rejects"), u"FNMR"_s},
                true);
    for (const BatchReport::ErrorRates &rates : report.tableErrorRates())
        html += ratesRow(tr("table row"), rates);
    html += ratesRow(tr("decision threshold"), report.decisionErrorRates());
    html += u"</table>"_s;

    const BatchReport::AttackRates attack = report.attackRates();
    html += heading(tr("Attacks (hack_score threshold %1)").arg(report.thresholds().hack)) +
            tableStart();
    html += row({tr("Attack detection rate"), u"%1 (%2 / %3)"_s.arg(percent(attack.detectionRate))
                                                  .arg(attack.detected)
                                                  .arg(attack.attacks)});
    html += row({tr("False attack rate"), u"%1 (%2 / %3)"_s.arg(percent(attack.falseAttackRate))
                                              .arg(attack.flagged)
                                              .arg(attack.genuine)});
    html += u"</table>"_s;

    const BatchReport::Latency latency = report.latency();
    html += heading(tr("Latency (ms)")) + tableStart();
    html += row({u"p50"_s, u"p90"_s, u"p99"_s, tr("max"), tr("answers")}, true);
    html += row({count(latency.p50), count(latency.p90), count(latency.p99), count(latency.max),
                 count(latency.count)});
    html += u"</table>"_s;

    html += groupsTable(tr("By device"), report.breakdown(BatchReport::Breakdown::Device));
    html += groupsTable(tr("By SDK version"), report.breakdown(BatchReport::Breakdown::SdkVersion));
    html += groupsTable(tr("By capture device"),
                        report.breakdown(BatchReport::Breakdown::CaptureDevice));

    // In document pixels (1/96 in): the page's text width is about 680; the image keeps its
    // pixels, so a chart rendered at twice its size prints sharp.
    for (int i = 0; i < charts.size(); ++i) {
        const QImage &image = charts.at(i);
        const int width = 640;
        const int height = image.width() > 0 ? width * image.height() / image.width() : 0;
        html += u"<p align=center><img src=\"chart%1\" width=%2 height=%3/></p>"_s.arg(i)
                    .arg(width)
                    .arg(height);
    }
    html += u"</body></html>"_s;
    return html;
}

PdfDocument::Error BatchReportWriter::write(const BatchReport &report, const Run &run,
                                            const QList<QImage> &charts, const QString &pdfPath)
{
    QList<PdfDocument::Image> images;
    for (int i = 0; i < charts.size(); ++i)
        images.append({QUrl(u"chart%1"_s.arg(i)), charts.at(i)});
    return PdfDocument::write(html(report, run, charts), tr("Batch verification report"), pdfPath,
                              tr("The batch report cannot be written to %1.").arg(pdfPath), images);
}
