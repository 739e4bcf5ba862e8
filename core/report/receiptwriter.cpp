// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptwriter.h"

#include "api/thresholdtable.h"
#include "api/verdict.h"
#include "report/pdfdocument.h"
#include "verifydeskconfig.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Ids and hashes in a monospaced font: no ligature turns "ff" into one glyph, and a hash fits
// on one line.
QString code(const QString &text)
{
    return u"<span style=\"font-family:'DejaVu Sans Mono'; font-size:7pt\">"_s + esc(text) +
           u"</span>"_s;
}

QString score(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : ReceiptWriter::tr("none");
}

QString rate(double value)
{
    return u"1e%1"_s.arg(std::lround(std::log10(value)));
}

// "2026-12-01 20:05:13 CST (UTC+08:00)": the local time and its zone, spelled out.
QString localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return u"%1 %2 (UTC%3%4:%5)"_s
        .arg(local.toString(u"yyyy-MM-dd HH:mm:ss"_s), local.timeZoneAbbreviation(),
             offset < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString inputText(const HistoryInput &input)
{
    switch (input.kind) {
    case HistoryInput::Kind::File:
        return esc(QFileInfo(input.value).fileName()) + u"<br/>SHA-256: "_s +
               (input.sha256.isEmpty() ? esc(ReceiptWriter::tr("not recorded"))
                                       : code(input.sha256));
    case HistoryInput::Kind::Url:
        return ReceiptWriter::tr("URL: %1").arg(esc(input.value));
    case HistoryInput::Kind::Id:
        return ReceiptWriter::tr("stored id: %1").arg(esc(input.value));
    case HistoryInput::Kind::None:
        break;
    }
    return ReceiptWriter::tr("none");
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th align=left width=24%>"_s + esc(label) + u"</th><td>"_s + valueHtml +
           u"</td></tr>"_s;
}

} // namespace

QString ReceiptWriter::html(const HistoryEntry &entry)
{
    const Thresholds thresholds{entry.verifyThreshold, entry.hackThreshold};
    const bool decided = entry.verifyScore && entry.hackScore;
    Verdict verdict;
    if (decided) {
        VerificationResult result;
        result.verifyScore = *entry.verifyScore;
        result.hackScore = *entry.hackScore;
        verdict = Verdict::decide(result, thresholds);
    }
    QString identity = tr("no decision (status %1)").arg(esc(entry.status));
    QString liveness = identity;
    QString overall = identity;
    if (decided) {
        identity = verdict.identity == Verdict::Identity::SamePerson ? tr("same person")
                                                                     : tr("not the same person");
        liveness = verdict.liveness == Verdict::Liveness::Live ? tr("live") : tr("possible attack");
        switch (verdict.overall) {
        case Verdict::Overall::SamePerson:
            overall = tr("SAME PERSON");
            break;
        case Verdict::Overall::NotSamePerson:
            overall = tr("NOT THE SAME PERSON");
            break;
        case Verdict::Overall::PossibleAttack:
            overall = tr("POSSIBLE ATTACK");
            break;
        }
    }

    QString html = u"<html><body>"_s;
    html += u"<h2 align=center>"_s + esc(tr("Verification receipt")) + u"</h2>"_s;
    html += u"<p align=center>"_s +
            esc(tr("VerifyDesk %1, liveness selfie verification").arg(QStringLiteral(VD_VERSION))) +
            u"</p>"_s;
    html += u"<table width=100% border=1 cellspacing=0 cellpadding=3>"_s;
    html += row(tr("Time"), esc(localTime(entry.timeUtc)));
    html += row(tr("Operator"), esc(entry.operatorName));
    html += row(tr("Case reference"), entry.caseRef.isEmpty() ? tr("none") : esc(entry.caseRef));
    html += row(tr("Endpoint"), esc(entry.endpoint));
    html += row(u"request_id"_s, code(entry.requestId));
    html += row(u"image_id"_s, code(entry.imageId));
    html += row(u"liveness_data_id"_s, code(entry.livenessDataId));
    html += row(tr("Status"),
                esc(entry.status) + u" (HTTP "_s + QString::number(entry.httpStatus) + u')');
    html += row(
        u"verify_score"_s,
        esc(score(entry.verifyScore)) + u" &nbsp; "_s +
            esc(tr("same person when ≥ %1").arg(QString::number(entry.verifyThreshold, 'g', 3))));
    html += row(
        u"hack_score"_s,
        esc(score(entry.hackScore)) + u" &nbsp; "_s +
            esc(tr("possible attack when > %1").arg(QString::number(entry.hackThreshold, 'g', 3))));
    html += row(tr("Identity verdict"), esc(identity));
    html += row(tr("Liveness verdict"), esc(liveness));
    html += row(tr("Overall verdict"), u"<b>"_s + esc(overall) + u"</b>"_s);
    html += row(tr("Selfie"), inputText(entry.selfie));
    html += row(tr("Liveness data"), inputText(entry.liveness));
    html += u"</table>"_s;

    // The whole table, so that the reader sees what the decision threshold means.
    html += u"<h4>"_s + esc(tr("False-accept rate table (vendor)")) + u"</h4>"_s;
    html +=
        u"<table width=100% border=1 cellspacing=0 cellpadding=2><tr><th>verify_score ≥</th><th>"_s +
        esc(tr("False-accept rate")) + u"</th><th>"_s + esc(tr("On this verification")) +
        u"</th></tr>"_s;
    const QList<ThresholdTable::Row> &rows = ThresholdTable::rows();
    const std::optional<int> decisionRow = ThresholdTable::rowForThreshold(entry.verifyThreshold);
    for (int i = 0; i < rows.size(); ++i) {
        QStringList marks;
        if (decisionRow && *decisionRow == i)
            marks.append(tr("decision threshold"));
        if (decided && verdict.rowReached && *verdict.rowReached == i)
            marks.append(tr("score %1 reaches this row").arg(score(entry.verifyScore)));
        const bool marked = !marks.isEmpty();
        html += (marked ? u"<tr bgcolor=#e8e8e8><td><b>"_s : u"<tr><td>"_s) +
                QString::number(rows.at(i).threshold, 'f', 1) + (marked ? u"</b>"_s : QString()) +
                u"</td><td>"_s + rate(rows.at(i).falseAcceptRate) + u"</td><td>"_s +
                esc(marks.join(u"; "_s)) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    if (entry.falseAcceptRate)
        html += u"<p>"_s +
                esc(tr("False-accept rate at the decision threshold: %1")
                        .arg(rate(*entry.falseAcceptRate))) +
                u"</p>"_s;

    html += u"<p><br/><br/>"_s + esc(tr("Operator's signature:")) +
            u" ______________________________ &nbsp; &nbsp; "_s + esc(tr("Date:")) +
            u" ________________</p>"_s;
    html += u"</body></html>"_s;
    return html;
}

QString ReceiptWriter::title(const HistoryEntry &entry)
{
    return tr("Verification receipt %1").arg(entry.requestId);
}

void ReceiptWriter::print(const HistoryEntry &entry, QPagedPaintDevice *device)
{
    PdfDocument::print(html(entry), device);
}

HistoryError ReceiptWriter::write(const HistoryEntry &entry, const QString &pdfPath)
{
    const PdfDocument::Error error =
        PdfDocument::write(html(entry), title(entry), pdfPath,
                           tr("The receipt cannot be written to %1.").arg(pdfPath));
    if (!error.ok())
        return {HistoryError::Code::CannotExport, error.message};
    return {};
}

QString ReceiptWriter::defaultFileName(const HistoryEntry &entry)
{
    const QString safe = QString(entry.requestId).remove(QRegularExpression(u"[^A-Za-z0-9_.-]"_s));
    return u"receipt-"_s + (safe.isEmpty() ? u"record-%1"_s.arg(entry.id) : safe) + u".pdf"_s;
}
