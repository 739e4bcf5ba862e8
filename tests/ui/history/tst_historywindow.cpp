// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionbutton.h"
#include "history/historytablemodel.h"
#include "history/historywindow.h"
#include "history/receiptactions.h"
#include "report/pdfdocument.h"
#include "report/receiptwriter.h"
#include "resultpanel.h"
#include "savefiledialog.h"
#include "services/languageloader.h"
#include "services/verificationrecord.h"
#include "store/copycipher.h"
#include "store/historystore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newestFirstWithEveryColumn();
    void filterByVerdict();
    void filterByText();
    void detailShowsTheRecordedThresholds();
    void exportCsvIsTheFilteredHistory();
    void editedRowShowsTheChainWarning();
    void hundredThousandRowsLoadByPages();
    void receiptIsSavedInBothLanguages_data();
    void receiptIsSavedInBothLanguages();
    void receiptPreviewOpensAndCloses();
    void printedReceiptHasThePdfLayout();
    void errorRecordShowsTheRecordedFailure();
    void cancelledRecordIsNotSentFromTheDetail();
    void detailShowsTheKeptSelfie();
    void resendUnavailableWhenTheFileChanged();
    void notKeptInputsAreNamed();
    // The README's screenshots, when VD_SCREENSHOT_DIR names a folder: a history of a working
    // day with one record chosen, in both languages at the two sizes of the README.
    void takeScreenshots();

private:
    HistoryEntry entry(int n) const;
    // A record of real files: a JPEG selfie and a small liveness file.
    HistoryEntry fileEntry(const QString &selfie, const QString &liveness) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

HistoryEntry TestHistoryWindow::entry(int n) const
{
    HistoryEntry e;
    e.timeUtc = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(n * 60);
    e.operatorName = n % 2 ? u"王小明"_s : u"Li Na"_s;
    e.endpoint = u"http://127.0.0.1:8600"_s;
    e.apiId = u"acct"_s;
    e.requestId = u"req-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
    e.caseRef = u"CASE-%1"_s.arg(n);
    e.verifyScore = 0.85;
    e.hackScore = n % 3 == 0 ? 0.99 : 0.1;
    e.verdict = n % 3 == 0 ? u"possible_attack"_s : u"same_person"_s;
    e.status = u"OK"_s;
    e.httpStatus = 200;
    return e;
}

void TestHistoryWindow::init()
{
    m_store = std::make_unique<HistoryStore>(
        m_dir.filePath(u"history-%1.sqlite"_s).arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store->open().ok());
    for (int n = 1; n <= 9; ++n)
        QVERIFY(m_store->record(entry(n)).ok());
    // Decided at stricter thresholds than today's defaults: 0.85 does not reach 0.9.
    HistoryEntry strict = entry(10);
    strict.verifyThreshold = 0.9;
    strict.hackThreshold = 0.5;
    strict.verdict = u"not_same_person"_s;
    QVERIFY(m_store->record(strict).ok());
}

void TestHistoryWindow::cleanup()
{
    m_store.reset();
}

void TestHistoryWindow::newestFirstWithEveryColumn()
{
    HistoryWindow window(m_store.get());
    HistoryTableModel *model = window.model();
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->columnCount(), int(HistoryTableModel::ColumnCount));
    QCOMPARE(model->index(0, HistoryTableModel::RequestIdColumn).data().toString(), u"req-0010"_s);
    QCOMPARE(model->index(0, HistoryTableModel::CaseRefColumn).data().toString(), u"CASE-10"_s);
    QCOMPARE(model->index(0, HistoryTableModel::VerdictColumn).data().toString(),
             u"Not the same person"_s);
    QVERIFY(!model->index(0, HistoryTableModel::VerdictColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QCOMPARE(model->index(1, HistoryTableModel::OperatorColumn).data().toString(), u"王小明"_s);
    QCOMPARE(model->index(0, HistoryTableModel::VerifyScoreColumn).data().toString(), u"0.8500"_s);
    QVERIFY(
        model->index(0, HistoryTableModel::ThresholdsColumn).data().toString().contains(u"0.9"_s));
    // The local time with its zone.
    const QString time = model->index(0, HistoryTableModel::TimeColumn).data().toString();
    QVERIFY2(time.endsWith(entry(10).timeUtc.toLocalTime().timeZoneAbbreviation()),
             qPrintable(time));
}

void TestHistoryWindow::filterByVerdict()
{
    HistoryWindow window(m_store.get());
    auto *verdict = window.findChild<QComboBox *>(u"verdictFilter"_s);
    verdict->setCurrentIndex(verdict->findData(u"possible_attack"_s));
    QCOMPARE(window.model()->rowCount(), 3); // 3, 6 and 9
    for (int row = 0; row < 3; ++row)
        QCOMPARE(window.model()->entry(row).verdict, u"possible_attack"_s);
    QVERIFY(window.findChild<QLabel *>(u"countLabel"_s)->text().contains(u'3'));
}

void TestHistoryWindow::filterByText()
{
    HistoryWindow window(m_store.get());
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"textFilter"_s), u"case-1"_s);
    // CASE-1 and CASE-10.
    QCOMPARE(window.model()->rowCount(), 2);
    auto *text = window.findChild<QLineEdit *>(u"textFilter"_s);
    text->setText(u"req-0007"_s);
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->entry(0).caseRef, u"CASE-7"_s);
    window.findChild<QLineEdit *>(u"operatorFilter"_s)->setText(u"li na"_s);
    QCOMPARE(window.model()->rowCount(), 0);
}

void TestHistoryWindow::detailShowsTheRecordedThresholds()
{
    HistoryWindow window(m_store.get());
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    auto *past = window.findChild<QLabel *>(u"pastAnswerLabel"_s);
    QVERIFY2(past->text().contains(u"Past answer"_s), qPrintable(past->text()));
    QVERIFY(past->text().contains(u"0.9"_s));
    QVERIFY(past->text().contains(u"0.5"_s));
    // Decided again at 0.9, not at today's 0.7: 0.85 is not the same person.
    auto *verdict = window.resultPanel()->findChild<QLabel *>(u"verdictLabel"_s);
    QVERIFY(verdict);
    QCOMPARE(verdict->text(), u"Not the same person"_s);
    QCOMPARE(window.resultPanel()->findChild<QLabel *>(u"requestIdLabel"_s)->text(), u"req-0010"_s);

    // Record 8, decided at the defaults.
    window.table()->setCurrentIndex(window.model()->index(2, 0));
    QCOMPARE(verdict->text(), u"Same person"_s);
}

void TestHistoryWindow::exportCsvIsTheFilteredHistory()
{
    HistoryWindow window(m_store.get());
    auto *verdict = window.findChild<QComboBox *>(u"verdictFilter"_s);
    verdict->setCurrentIndex(verdict->findData(u"possible_attack"_s));
    const QString path = m_dir.filePath(u"export.csv"_s);
    SaveFileDialog::setNextPath(path);
    QTest::mouseClick(window.findChild<QPushButton *>(u"exportCsvButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the header and the three attacks
    QVERIFY(lines.at(1).contains("req-0003"));
    QVERIFY(lines.at(3).contains("req-0009"));
    QVERIFY(!lines.join().contains("req-0001"));

    const QString json = m_dir.filePath(u"export.json"_s);
    SaveFileDialog::setNextPath(json);
    QTest::mouseClick(window.findChild<QPushButton *>(u"exportJsonButton"_s), Qt::LeftButton);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(jsonFile.readAll().count("\"request_id\""), 3);
}

void TestHistoryWindow::editedRowShowsTheChainWarning()
{
    {
        HistoryWindow intact(m_store.get());
        QSignalSpy checked(&intact, &HistoryWindow::chainChecked);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(intact.findChild<QLabel *>(u"chainBar"_s)->isHidden());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE verifications SET verify_score = 0.99 WHERE id = 4"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    HistoryWindow window(m_store.get());
    window.show();
    auto *bar = window.findChild<QLabel *>(u"chainBar"_s);
    QVERIFY(bar->text().contains(u"Checking"_s));
    QSignalSpy checked(&window, &HistoryWindow::chainChecked);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"record 4"_s), qPrintable(bar->text()));
}

void TestHistoryWindow::hundredThousandRowsLoadByPages()
{
    {
        // 100,000 copies of the first record, written in one statement (the chain is not the
        // point here).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bulk"_s);
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        QStringList names;
        for (const HistoryColumn &column : HistoryStore::columns())
            if (!column.assignedByStore)
                names << QString::fromLatin1(column.name);
        const QString list = names.join(u", "_s);
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < 100000) INSERT INTO verifications (%1) SELECT %1 FROM "
                            "verifications, n WHERE verifications.id = 1"_s.arg(list)),
                 qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bulk"_s);
    HistoryWindow window(m_store.get());
    window.show();
    HistoryTableModel *model = window.model();
    QCOMPARE(model->totalCount(), 100010);
    QVERIFY(model->rowCount() <= HistoryTableModel::PageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * HistoryTableModel::PageSize);
    // Scrolling to the end of what is loaded asks for one more page, not for everything.
    window.table()->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > 2 * HistoryTableModel::PageSize);
    QVERIFY(model->rowCount() <= 4 * HistoryTableModel::PageSize);
}

void TestHistoryWindow::receiptIsSavedInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("verifyRule");
    QTest::addColumn<QString>("reached");
    QTest::addColumn<QString>("decision");
    // pdftotext gives some CJK characters as Kangxi radicals and "fi" as a ligature: the checks
    // stay clear of both.
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"核验记录单"_s << u"≥ 0.9 判定为"_s
                           << u"分数 0.8500 达到此"_s << u"判定阈值"_s;
    QTest::newRow("en") << u"en"_s << u"receipt"_s << u"same person when ≥ 0.9"_s
                        << u"score 0.8500 reaches this row"_s << u"decision threshold"_s;
}

void TestHistoryWindow::receiptIsSavedInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, verifyRule);
    QFETCH(QString, reached);
    QFETCH(QString, decision);
    QVERIFY(LanguageLoader::install(qApp, language, QStringLiteral(VD_BINARY_DIR "/translations")));
    HistoryWindow window(m_store.get());
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    const QString pdf = m_dir.filePath(u"receipt-%1.pdf"_s.arg(language));
    SaveFileDialog::setNextPath(pdf);
    QTest::mouseClick(window.findChild<QPushButton *>(u"saveReceiptButton"_s), Qt::LeftButton);
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    LanguageLoader::install(qApp, u"en"_s, QStringLiteral(VD_BINARY_DIR "/translations"));
    QVERIFY2(content.contains(title), qPrintable(content));
    QVERIFY(content.contains(u"req-0010"_s));
    QVERIFY(content.contains(u"0.8500"_s));
    QVERIFY(content.contains(u"0.1000"_s));
    QVERIFY(content.contains(u"> 0.5"_s));
    QVERIFY2(content.contains(verifyRule), qPrintable(content));
    QVERIFY(content.contains(u"Li Na"_s));
    QVERIFY(content.contains(u"CASE-10"_s));
    // The false-accept table marks the row verify_score 0.85 reaches (0.8, 1e-5) and the row
    // of the recorded threshold (0.9, 1e-6), each on its own line.
    const auto marked = [&content](const QString &threshold, const QString &rate,
                                   const QString &mark) {
        const QRegularExpression row(u"^\\s*"_s + QRegularExpression::escape(threshold) +
                                         u"\\s+"_s + QRegularExpression::escape(rate) + u"\\s+"_s +
                                         QRegularExpression::escape(mark),
                                     QRegularExpression::MultilineOption);
        return row.match(content).hasMatch();
    };
    const QString table =
        content.split(u'\n').filter(QRegularExpression(u"\\d\\.\\d\\s+1e-"_s)).join(u'\n');
    QVERIFY2(marked(u"0.8"_s, u"1e-5"_s, reached), qPrintable(table));
    QVERIFY2(marked(u"0.9"_s, u"1e-6"_s, decision), qPrintable(table));
    QVERIFY(!marked(u"0.7"_s, u"1e-4"_s, decision));

    // The page as it prints: one A4 page at 50 dpi, with text on it.
    const QString prefix = m_dir.filePath(u"receipt-page-%1"_s.arg(language));
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, pdf, prefix});
    QVERIFY(render.waitForFinished(30000));
    QCOMPARE(render.exitCode(), 0);
    const QStringList pages = QDir(m_dir.path()).entryList({QFileInfo(prefix).fileName() + u"*"_s});
    QCOMPARE(pages, QStringList{QFileInfo(prefix).fileName() + u"-1.png"_s});
    const QImage page(m_dir.filePath(pages.first()));
    QVERIFY(!page.isNull());
    // A4 is 8.27 × 11.69 in.
    QVERIFY2(qAbs(page.width() - 413) <= 1 && qAbs(page.height() - 585) <= 1,
             qPrintable(u"%1×%2"_s.arg(page.width()).arg(page.height())));
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128;
    const double share = double(dark) / (qint64(page.width()) * page.height());
    QVERIFY2(share > 0.01 && share < 0.25, qPrintable(QString::number(share)));
}

QString TestHistoryWindow::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

HistoryEntry TestHistoryWindow::fileEntry(const QString &selfie, const QString &liveness) const
{
    HistoryEntry e = entry(20);
    e.requestId = u"req-files"_s;
    e.selfie.kind = HistoryInput::Kind::File;
    e.selfie.value = selfie;
    e.liveness.kind = HistoryInput::Kind::File;
    e.liveness.value = liveness;
    return e;
}

void TestHistoryWindow::receiptPreviewOpensAndCloses()
{
    HistoryWindow window(m_store.get());
    window.show();
    QAction *preview = window.receiptActions()->previewAction();
    QVERIFY(!preview->isEnabled());
    QVERIFY(!preview->toolTip().isEmpty());
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QVERIFY(preview->isEnabled());
    bool shown = false;
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *dialog = window.findChild<QPrintPreviewDialog *>(u"receiptPreview"_s);
        if (dialog && dialog->isVisible()) {
            shown = true;
            dialog->reject();
        }
    });
    closer.start();
    QTest::mouseClick(window.findChild<QPushButton *>(u"receiptButton"_s), Qt::LeftButton);
    QVERIFY(shown);
}

namespace {

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    text.waitForFinished(30000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

QString pdfInfo(const QString &pdf)
{
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    info.waitForFinished(30000);
    return QString::fromUtf8(info.readAllStandardOutput());
}

} // namespace

void TestHistoryWindow::printedReceiptHasThePdfLayout()
{
    HistoryWindow window(m_store.get());
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    // What the preview and the printer are given, painted into a PDF by the preview's own
    // handler: no printer is needed.
    const QString printed = m_dir.filePath(u"printed.pdf"_s);
    int previewPages = 0;
    QPageLayout layout;
    int resolution = 0;
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *dialog = window.findChild<QPrintPreviewDialog *>(u"receiptPreview"_s);
        if (!dialog || !dialog->isVisible())
            return;
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (!preview || preview->pageCount() == 0)
            return;
        closer.stop();
        previewPages = preview->pageCount();
        layout = dialog->printer()->pageLayout();
        resolution = dialog->printer()->resolution();
        QPrinter pdf;
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(printed);
        pdf.setPageLayout(layout);
        pdf.setResolution(resolution);
        emit dialog->paintRequested(&pdf);
        dialog->reject();
    });
    closer.start();
    window.receiptActions()->previewAction()->trigger();
    QCOMPARE(previewPages, 1);
    QVERIFY(layout.isEquivalentTo(PdfDocument::pageLayout()));
    QCOMPARE(resolution, PdfDocument::Resolution);

    const QString saved = m_dir.filePath(u"saved.pdf"_s);
    QVERIFY(ReceiptWriter::write(window.model()->entry(0), saved).ok());
    const QString info = pdfInfo(printed);
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
    // The same fonts on the same page: the same lines, word for word.
    const QString text = pdfText(printed);
    QVERIFY2(text.contains(u"req-0010"_s), qPrintable(text));
    QCOMPARE(text, pdfText(saved));
}

void TestHistoryWindow::errorRecordShowsTheRecordedFailure()
{
    HistoryEntry failed = entry(30);
    failed.requestId = u"req-noface"_s;
    failed.verifyScore.reset();
    failed.hackScore.reset();
    failed.verdict = u"error"_s;
    failed.status = u"NO_FACE_DETECTED"_s;
    failed.httpStatus = 400;
    QVERIFY(m_store->record(failed).ok());
    HistoryWindow window(m_store.get());
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QCOMPARE(window.model()->entry(0).requestId, u"req-noface"_s);

    ResultPanel *panel = window.resultPanel();
    QVERIFY(panel->hasAnswer());
    const auto text = [panel](const char *name) {
        auto *label = panel->findChild<QLabel *>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    };
    QCOMPARE(text("errorTitle"), u"No face found"_s);
    QCOMPARE(text("errorExplanation"), u"The server found no face in an image."_s);
    QCOMPARE(text("errorCode"), u"NO_FACE_DETECTED"_s);
    QCOMPARE(text("errorHttpStatus"), u"400"_s);
    QCOMPARE(text("errorRequestId"), u"req-noface"_s);
    // Nothing the history does not keep: the server's words, the sent id.
    QVERIFY(text("errorReason").isEmpty());
    QVERIFY(text("errorSentRequestId").isEmpty());
    QVERIFY(!panel->findChild<QLabel *>(u"verdictLabel"_s)->isVisible());
    // Marked as a past answer, in the panel and above it, and not as decided.
    const QDateTime local = failed.timeUtc.toLocalTime();
    const QString when = QLocale().toString(local, u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(text("errorTimeLabel"),
             u"Recorded on %1 %2."_s.arg(when, local.timeZoneAbbreviation()));
    const QString past = window.findChild<QLabel *>(u"pastAnswerLabel"_s)->text();
    QVERIFY2(past.startsWith(u"Past answer, recorded on %1"_s.arg(when)), qPrintable(past));
    QVERIFY2(past.contains(u"no verdict (status NO_FACE_DETECTED)"_s), qPrintable(past));
    QVERIFY(!past.contains(u"decided"_s));
    QVERIFY(!panel->findChild<QPushButton *>(u"newCustomerButton"_s)->isVisible());
    // The history window has its own Receipt…: the panel shows none.
    QVERIFY(!panel->receiptButton()->isVisible());
    QVERIFY(window.receiptActions()->isAvailable());

    // A result after it shows the verdict again.
    window.table()->setCurrentIndex(window.model()->index(1, 0));
    QVERIFY(panel->findChild<QLabel *>(u"verdictLabel"_s)->isVisible());
    QVERIFY(!panel->findChild<QLabel *>(u"errorTitle"_s)->isVisible());
}

void TestHistoryWindow::cancelledRecordIsNotSentFromTheDetail()
{
    HistoryEntry stopped = entry(31);
    stopped.verifyScore.reset();
    stopped.hackScore.reset();
    stopped.verdict = u"error"_s;
    stopped.status = u"CANCELLED"_s;
    stopped.httpStatus = 0;
    QVERIFY(m_store->record(stopped).ok());
    HistoryEntry late = stopped;
    late.timeUtc = late.timeUtc.addSecs(60);
    late.status = u"TIMEOUT"_s;
    QVERIFY(m_store->record(late).ok());
    HistoryWindow window(m_store.get());
    window.show();
    ResultPanel *panel = window.resultPanel();
    // The timeout: no limit is named, the history does not keep it.
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QCOMPARE(panel->findChild<QLabel *>(u"errorTitle"_s)->text(), u"Request timed out"_s);
    QVERIFY(!panel->findChild<QLabel *>(u"errorNote"_s)->isVisible());
    QVERIFY(!panel->findChild<QLabel *>(u"errorHttpStatus"_s)->isVisible());
    // The cancel: no Verify to press here.
    window.table()->setCurrentIndex(window.model()->index(1, 0));
    QCOMPARE(panel->findChild<QLabel *>(u"errorTitle"_s)->text(),
             u"Cancelled, nothing was decided"_s);
    QCOMPARE(panel->findChild<QLabel *>(u"errorExplanation"_s)->text(),
             u"The request was stopped before an answer arrived."_s);
}

void TestHistoryWindow::detailShowsTheKeptSelfie()
{
    QImage face(64, 80, QImage::Format_RGB32);
    face.fill(QColor(200, 150, 120));
    const QString selfie = m_dir.filePath(u"kept-selfie.jpg"_s);
    QVERIFY(face.save(selfie, "JPEG"));
    const QString liveness = writeFile(u"kept.protobuf"_s, QByteArray::fromHex("0801120461626364"));
    HistoryStore store(m_dir.filePath(u"kept/history.sqlite"_s));
    store.setKeepInputs(true);
    QVERIFY(store.setCopyKey(CopyCipher::newKey().value).ok());
    QVERIFY(store.record(fileEntry(selfie, liveness)).ok());
    // The originals are gone: what is shown comes from the kept copies.
    QVERIFY(QFile::remove(selfie));
    QVERIFY(QFile::remove(liveness));

    HistoryWindow window(&store);
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    auto *image = window.findChild<QLabel *>(u"keptSelfieImage"_s);
    QVERIFY(image->isVisible());
    QCOMPARE(image->pixmap().size(), QSize(160, 200));
    const QString inputs = window.findChild<QLabel *>(u"inputsLabel"_s)->text();
    QVERIFY2(inputs.contains(u"no longer there"_s), qPrintable(inputs));
    QVERIFY2(inputs.contains(u"copy: kept"_s), qPrintable(inputs));
    QVERIFY2(inputs.contains(u"Kept liveness data: 8 bytes"_s), qPrintable(inputs));
    auto *resend = window.findChild<QPushButton *>(u"resendButton"_s);
    QVERIFY2(resend->isEnabled(), qPrintable(resend->toolTip()));
    // Nothing decrypted was written beside the kept copies.
    const QStringList kept = QDir(store.keptCopiesFolder()).entryList(QDir::Files);
    QCOMPARE(kept.size(), 2);
    for (const QString &name : kept) {
        QFile file(QDir(store.keptCopiesFolder()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(CopyCipher::magic()));
    }
}

void TestHistoryWindow::resendUnavailableWhenTheFileChanged()
{
    const QString selfie = writeFile(u"changed.jpg"_s, "first bytes");
    const QString liveness = writeFile(u"changed.protobuf"_s, QByteArray::fromHex("0801"));
    QVERIFY(m_store->record(fileEntry(selfie, liveness)).ok());
    HistoryWindow window(m_store.get());
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    auto *resend = window.findChild<QPushButton *>(u"resendButton"_s);
    QVERIFY2(resend->isEnabled(), qPrintable(resend->toolTip()));
    QSignalSpy asked(&window, &HistoryWindow::resendRequested);
    QTest::mouseClick(resend, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    // The unchanged originals themselves are sent again.
    QCOMPARE(asked.first().at(0).toString(), selfie);
    QCOMPARE(asked.first().at(1).toString(), liveness);
    QCOMPARE(asked.first().at(2).toString(), u"CASE-20"_s);

    QVERIFY(!writeFile(u"changed.jpg"_s, "other bytes").isEmpty());
    window.table()->setCurrentIndex(window.model()->index(1, 0));
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QVERIFY(!resend->isEnabled());
    QVERIFY2(resend->toolTip().contains(u"SHA-256 differs"_s), qPrintable(resend->toolTip()));
    QVERIFY2(resend->toolTip().contains(u"the selfie"_s), qPrintable(resend->toolTip()));
    QVERIFY(!resend->toolTip().contains(u"the liveness data"_s));
}

void TestHistoryWindow::notKeptInputsAreNamed()
{
    const QString selfie = writeFile(u"plain.jpg"_s, "bytes");
    const QString liveness = writeFile(u"plain.protobuf"_s, QByteArray::fromHex("0801"));
    QVERIFY(m_store->record(fileEntry(selfie, liveness)).ok());
    QVERIFY(QFile::remove(liveness));
    HistoryWindow window(m_store.get());
    window.show();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QVERIFY(!window.findChild<QLabel *>(u"keptSelfieImage"_s)->isVisible());
    const QString inputs = window.findChild<QLabel *>(u"inputsLabel"_s)->text();
    QVERIFY2(inputs.contains(u"copy: not kept"_s), qPrintable(inputs));
    auto *resend = window.findChild<QPushButton *>(u"resendButton"_s);
    QVERIFY(!resend->isEnabled());
    QVERIFY2(resend->toolTip().contains(u"is no longer there and not kept"_s),
             qPrintable(resend->toolTip()));
    // A record without file inputs has nothing to send again.
    window.table()->setCurrentIndex(window.model()->index(1, 0));
    QVERIFY(!resend->isEnabled());
}

void TestHistoryWindow::takeScreenshots()
{
    const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("VD_SCREENSHOT_DIR is not set");
    // A morning at the counter: three operators, the same person, a different one, an attack
    // and failures, most with a case reference.
    struct Shot
    {
        int minutes;
        const char *operatorName;
        const char *caseRef;
        double verify; // < 0: a failure with this status
        double hack;
        const char *status;
        int http;
    };
    const Shot shots[] = {
        {0, "李娜", "KH-2026-1131", 0.9412, 0.0310, "OK", 200},
        {7, "王小明", "KH-2026-1132", 0.5800, 0.2700, "OK", 200},
        {15, "Chen Jie", "KH-2026-1133", 0.9010, 0.9910, "OK", 200},
        {22, "李娜", "", -1, 0, "CONNECTION_REFUSED", 0},
        {24, "李娜", "KH-2026-1134", 0.8820, 0.1200, "OK", 200},
        {31, "王小明", "KH-2026-1135", -1, 0, "NO_FACE_DETECTED", 400},
        {33, "王小明", "KH-2026-1135", 0.7730, 0.0540, "OK", 200},
        {41, "Chen Jie", "KH-2026-1136", 0.6900, 0.5600, "OK", 200},
        {48, "李娜", "KH-2026-1137", 0.9630, 0.0080, "OK", 200},
        {56, "Chen Jie", "", 0.8140, 0.9950, "OK", 200},
        {63, "王小明", "KH-2026-1138", 0.9270, 0.0220, "OK", 200},
    };
    HistoryStore store(m_dir.filePath(u"shots/history.sqlite"_s));
    QVERIFY(store.open().ok());
    const QDateTime start(QDate(2026, 12, 1), QTime(1, 12, 5), Qt::UTC);
    // Scans that have been cleared away since, as the counter's do at the end of the day.
    const auto scannedFile = [](const QString &name) {
        HistoryInput input;
        input.kind = HistoryInput::Kind::File;
        input.value = u"/home/counter/scans/"_s + name;
        input.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
        return input;
    };
    int n = 0;
    for (const Shot &shot : shots) {
        HistoryEntry e;
        ++n;
        e.timeUtc = start.addSecs(shot.minutes * 60 + n * 7);
        e.operatorName = QString::fromUtf8(shot.operatorName);
        e.caseRef = QString::fromLatin1(shot.caseRef);
        e.endpoint = u"https://verify.example.cn"_s;
        e.apiId = u"branch-07"_s;
        e.requestId =
            QUuid::createUuidV5(QUuid(), QString::number(n)).toString(QUuid::WithoutBraces);
        e.status = QString::fromLatin1(shot.status);
        e.httpStatus = shot.http;
        const QString customer = u"customer-%1"_s.arg(40 + n);
        e.selfie = scannedFile(customer + u".jpg"_s);
        e.liveness = scannedFile(customer + u".protobuf"_s);
        if (shot.verify < 0) {
            e.verdict = u"error"_s;
        } else {
            e.verifyScore = shot.verify;
            e.hackScore = shot.hack;
            e.imageId = u"img-%1"_s.arg(n);
            e.livenessDataId = u"live-%1"_s.arg(n);
            VerificationResult result;
            result.verifyScore = shot.verify;
            result.hackScore = shot.hack;
            const Verdict verdict = Verdict::decide(result, Thresholds());
            e.verdict = VerificationRecord::verdictName(verdict.overall);
            e.falseAcceptRate = verdict.decisionFalseAcceptRate;
        }
        QVERIFY(store.record(e).ok());
    }

    // The same person two records after the refused face, the same case reference.
    const auto chosen = [](const HistoryWindow &window) {
        for (int row = 0; row < window.model()->rowCount(); ++row)
            if (window.model()->entry(row).caseRef == u"KH-2026-1134"_s)
                return row;
        return -1;
    };
    // Nothing is cut off on the right: every scrolled part is as wide as its content needs.
    const auto clipped = [](const HistoryWindow &window) {
        QStringList parts;
        for (const QScrollArea *area : window.findChildren<QScrollArea *>())
            if (area->isVisible() && area->widget() &&
                area->widget()->width() < area->widget()->minimumSizeHint().width())
                parts << area->objectName() + u'/' +
                             QString::fromLatin1(area->widget()->metaObject()->className());
        return parts.join(u", "_s);
    };
    // English last: the other tests read the English texts. The window is opened in the
    // language, as the app opens it, so that its dates follow the locale too.
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        QVERIFY(LanguageLoader::install(qApp, language,
                                        QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
        HistoryWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.table()->setCurrentIndex(window.model()->index(chosen(window), 0));
        for (const QSize &size : {QSize(1024, 768), QSize(1920, 1080)}) {
            window.resize(size);
            window.raise();
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + u"/history-window-%1-%2x%3.png"_s.arg(language)
                                                 .arg(size.width())
                                                 .arg(size.height())));
            QCOMPARE(window.size(), size);
            const QString cut = clipped(window);
            QVERIFY2(cut.isEmpty(), qPrintable(language + u": "_s + cut));
        }
    }
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
