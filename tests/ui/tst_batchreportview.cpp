// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/languageloader.h"
#include "workbench/batchcharts.h"
#include "workbench/batchreportview.h"
#include "workbench/chartview.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QProcess>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

BatchResult pair(qint64 index, BatchExpectation expected, std::optional<double> verify,
                 std::optional<double> hack, const QString &status = u"OK"_s)
{
    BatchResult r;
    r.pairIndex = index;
    r.expected = expected;
    r.status = status;
    r.verifyScore = verify;
    r.hackScore = hack;
    r.latencyMs = index * 100;
    r.device = index <= 6 ? u"Pixel 7"_s : u"iPhone 14"_s;
    r.sdkVersion = u"2.1"_s;
    return r;
}

// The 12 pairs of tst_batchreport, whose numbers are computed by hand there.
BatchReport twelvePairs()
{
    using E = BatchExpectation;
    BatchReport report(Thresholds{0.75, 0.98});
    report.setTotalPairs(12);
    const QList<BatchResult> rows = {
        pair(1, E::Same, 0.95, 0.10),
        pair(2, E::Same, 0.85, 0.10),
        pair(3, E::Same, 0.75, 0.10),
        pair(4, E::Same, 0.65, 0.10),
        pair(5, E::Same, 0.45, 0.99),
        pair(6, E::Different, 0.85, 0.10),
        pair(7, E::Different, 0.55, 0.10),
        pair(8, E::Different, 0.20, 0.10),
        pair(9, E::Different, std::nullopt, std::nullopt, u"NO_FACE_DETECTED"_s),
        pair(10, E::Attack, 0.90, 0.99),
        pair(11, E::Attack, 0.80, 0.50),
        pair(12, E::Attack, 0.30, 0.60),
    };
    for (const BatchResult &r : rows)
        report.add(r);
    return report;
}

BatchReportWriter::Run run()
{
    return {u"http://127.0.0.1:8080"_s, QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC),
            83500};
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!text.waitForFinished(30000))
        return {};
    // NFKC: Qt's PDF maps some CJK glyphs back to their Kangxi radical code points.
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

class TstBatchReportView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void numbersAndCharts();
    void detMarksTheTableRows();
    void chartExports();
    void json();
    void pdf_data();
    void pdf();
    void partialReportSaysWhatIsMissing();

private:
    QTemporaryDir m_dir;
};

void TstBatchReportView::init()
{
    QVERIFY(
        LanguageLoader::install(qApp, u"en"_s, QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
}

void TstBatchReportView::numbersAndCharts()
{
    BatchReportView view;
    view.setReport(twelvePairs(), run());
    view.resize(1500, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString text = view.text();
    // Accuracy 7 of 11; FMR 2/3 at 0.4; FNMR 4/5 at 0.9; detection 2/3; false attack 1/8.
    QVERIFY2(text.contains(u"63.64 % (7 of 11"_s), qPrintable(text));
    QVERIFY(text.contains(u"66.67 %"_s));
    QVERIFY(text.contains(u"80.00 %"_s));
    QVERIFY(text.contains(u"12.50 % (1 / 8)"_s));
    QVERIFY(text.contains(u"NO_FACE_DETECTED"_s));
    QVERIFY(text.contains(u"Pixel 7"_s));
    QCOMPARE(view.charts().size(), 4);
    for (ChartView *chart : view.charts())
        QVERIFY(!chart->chart()->series().isEmpty());
    if (qEnvironmentVariableIsSet("VD_SCREENSHOT_DIR"))
        view.grab().save(qEnvironmentVariable("VD_SCREENSHOT_DIR") + u"/qa-batch-report-en.png"_s);
}

void TstBatchReportView::detMarksTheTableRows()
{
    std::unique_ptr<QChart> chart(BatchCharts::det(twelvePairs()));
    // Rows 0.5 to 0.8 have both rates above 0; 0.4 (FNMR 0) and 0.9 (FMR 0) cannot be drawn.
    QStringList marks;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            marks.append(scatter->pointLabelsFormat());
            QCOMPARE(scatter->count(), 1);
            if (scatter->pointLabelsFormat() == u"0.7"_s) {
                QCOMPARE(scatter->at(0).x(), 1.0 / 3);
                QCOMPARE(scatter->at(0).y(), 0.4);
            }
        }
    }
    QCOMPARE(marks, (QStringList{u"0.5"_s, u"0.6"_s, u"0.7"_s, u"0.8"_s}));
    QVERIFY(chart->title().contains(u"cannot be drawn"_s));
}

void TstBatchReportView::chartExports()
{
    BatchReportView view;
    view.setReport(twelvePairs(), run());
    ChartView *det = view.charts().first();
    const QString png = m_dir.filePath(u"det.png"_s);
    const QString svg = m_dir.filePath(u"det.svg"_s);
    QCOMPARE(det->exportPng(png), QString());
    QCOMPARE(det->exportSvg(svg), QString());
    QImage image(png);
    QCOMPARE(image.size(), QSize(1800, 1000));
    QFile drawing(svg);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    const QByteArray content = drawing.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("FMR"));
    // A folder that does not exist: a message naming the path, not a silent failure.
    const QString bad = m_dir.filePath(u"missing/det.png"_s);
    QVERIFY(det->exportPng(bad).contains(bad));
}

void TstBatchReportView::json()
{
    BatchReportView view;
    view.setReport(twelvePairs(), run());
    const QString path = m_dir.filePath(u"report.json"_s);
    QCOMPARE(view.writeJson(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(o.value(u"total_pairs"_s).toInteger(), 12);
    QCOMPARE(o.value(u"correct"_s).toInteger(), 7);
}

void TstBatchReportView::pdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("zh_CN") << u"zh_CN"_s
                           << QStringList{u"批量核验报告"_s, u"端点"_s, u"误接受"_s, u"按设备"_s};
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Batch verification report"_s, u"Endpoint"_s,
                                       u"False accepts"_s, u"By device"_s};
}

void TstBatchReportView::pdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, texts);
    QVERIFY(LanguageLoader::install(qApp, language,
                                    QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
    BatchReportView view;
    view.setReport(twelvePairs(), run());
    view.resize(1500, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (qEnvironmentVariableIsSet("VD_SCREENSHOT_DIR"))
        view.grab().save(qEnvironmentVariable("VD_SCREENSHOT_DIR") +
                         u"/qa-batch-report-%1.png"_s.arg(language));
    const QString pdf = m_dir.filePath(u"report-%1.pdf"_s.arg(language));
    QCOMPARE(view.writePdf(pdf), QString());
    if (qEnvironmentVariableIsSet("VD_SCREENSHOT_DIR")) {
        const QString kept =
            qEnvironmentVariable("VD_SCREENSHOT_DIR") + u"/report-%1.pdf"_s.arg(language);
        QFile::remove(kept);
        QFile::copy(pdf, kept);
    }
    const QString content = pdfText(pdf);
    QVERIFY2(!content.isEmpty(), "pdftotext (poppler-utils) is needed");
    for (const QString &expected : texts)
        QVERIFY2(content.contains(expected), qPrintable(expected + u"\n"_s + content));
    // The numbers: endpoint, pairs, the rates at 0.4 and 0.9, latency p90, the devices.
    for (const QString &number : {u"127.0.0.1:8080"_s, u"66.67 %"_s, u"80.00 %"_s, u"1100"_s,
                                  u"iPhone 14"_s, u"FNMR"_s, u"83.5"_s})
        QVERIFY2(content.contains(number), qPrintable(number + u"\n"_s + content));

    QProcess fonts;
    fonts.start(u"pdffonts"_s, {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    if (language == u"zh_CN"_s)
        QVERIFY2(fontList.contains(u"NotoSansCJK"_s), qPrintable(fontList));
    for (const QString &line : fontList.split(u'\n').mid(2, -1))
        if (!line.isEmpty())
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line));
    // The four charts are in it as images.
    QProcess images;
    images.start(u"pdfimages"_s, {u"-list"_s, pdf});
    QVERIFY(images.waitForFinished(30000));
    const QStringList imageLines =
        QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(imageLines.size() - 2 >= 4, qPrintable(imageLines.join(u'\n')));
}

void TstBatchReportView::partialReportSaysWhatIsMissing()
{
    BatchReport report(Thresholds{0.75, 0.98});
    report.setTotalPairs(12);
    report.add(pair(1, BatchExpectation::Same, 0.95, 0.10));
    report.add(pair(2, BatchExpectation::Different, 0.20, 0.10));
    BatchReportView view;
    view.setReport(report, run());
    QVERIFY2(view.text().contains(u"10 pairs have no answer yet: this report is partial"_s),
             qPrintable(view.text()));
}

QTEST_MAIN(TstBatchReportView)
#include "tst_batchreportview.moc"
