// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historytablemodel.h"
#include "history/historywindow.h"
#include "history/receiptactions.h"
#include "resultpanel.h"
#include "savefiledialog.h"
#include "services/languageloader.h"
#include "store/copycipher.h"
#include "store/historystore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void detailShowsTheKeptSelfie();
    void resendUnavailableWhenTheFileChanged();
    void notKeptInputsAreNamed();

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
    // pdftotext gives some CJK characters as Kangxi radicals and "fi" as a ligature: the checks
    // stay clear of both.
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"核验记录单"_s << u"≥ 0.9 判定为"_s;
    QTest::newRow("en") << u"en"_s << u"receipt"_s << u"same person when ≥ 0.9"_s;
}

void TestHistoryWindow::receiptIsSavedInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, verifyRule);
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

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
