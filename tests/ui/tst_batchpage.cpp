// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchattempt.h"
#include "batch/batchrunner.h"
#include "batch/batchstore.h"
#include "resultpanel.h"
#include "serverprocess.h"
#include "services/languageloader.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "testinputs.h"
#include "workbench/batchpage.h"
#include "workbench/batchreportview.h"
#include "workbench/batchtablemodel.h"
#include "workbench/inspectorpage.h"
#include "workbench/workbenchwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ApiId = u"batch-gui"_s;
const QString Secret = u"batch-gui-secret"_s;
constexpr int GoodPairs = 12;
// A pair's index is its manifest line: lines 2 to 14, line 6 the broken one.
constexpr qint64 FirstPair = 2;
constexpr qint64 LastPair = 14;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The X-Request-IDs the server logged, in order.
QStringList servedIds(const QByteArray &log)
{
    static const QRegularExpression xrid(u"xrid=([0-9a-f-]{36})"_s);
    QStringList ids;
    for (auto it = xrid.globalMatch(QString::fromUtf8(log)); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

} // namespace

// The workbench's Batch tab against the real verifydesk-server on loopback, with the secret in
// the real keyring: a manifest with a broken line, a run paused, resumed and cancelled, the
// batch re-opened and finished, and a row opened in the inspector. The slots run in order on
// one batch.
class TestBatchPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheBrokenLineAndLoadsTheRest();
    void runsPausesResumesAndCancels();
    void reopensTheDatabaseAndFinishesEachPairOnce();
    void tableSortsAndFiltersKeepingTheSelection();
    void rowOpensTheInspectorAndTheAnswer();
    void reportShowsThePartialOrWholeBatch();

private:
    // The README's screenshots, when VD_SCREENSHOT_DIR names a folder: the table of a paused
    // batch with a row chosen and the partial report, in both languages at the two sizes of the
    // README.
    void takeScreenshots();
    BatchPage *page() const { return m_workbench->batch(); }
    int rowOfPair(qint64 pairIndex) const { return page()->model()->rowOf(pairIndex); }
    QString cell(int row, int column) const
    {
        return page()->model()->index(row, column).data().toString();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_manifest;
    WorkbenchWindow *m_workbench = nullptr;
};

void TestBatchPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString accounts = m_dir.filePath(u"accounts.json"_s);
    QVERIFY(writeFile(accounts, u"{\"accounts\": [{\"id\": \"%1\", \"secret\": \"%2\", "
                                "\"rate_limit_per_second\": 0}]}"_s.arg(ApiId, Secret)
                                    .toUtf8()));
    QFile::setPermissions(accounts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString error = m_server.start({u"--accounts"_s, accounts});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    AppSettings settings;
    settings.setEndpoint(m_server.url(u"/"_s));
    settings.setApiId(ApiId);
    // The secret as the main window's settings save it: in the keyring, for this endpoint.
    CredentialStore credentials;
    CredentialWriteJob *write = credentials.write(settings.endpoint(), ApiId, Secret);
    QSignalSpy written(write, &CredentialWriteJob::finished);
    QVERIFY(written.wait(20000));
    qunsetenv("VERIFYDESK_API_SECRET");

    // Real faces, so that the server scores every pair: two sample photos, each pair's capture
    // of one of them.
    QDir().mkpath(m_dir.filePath(u"in"_s));
    const QByteArray first = TestInputs::samplePhoto(1);
    const QByteArray second = TestInputs::samplePhoto(2);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(writeFile(m_dir.filePath(u"in/a.jpg"_s), first));
    QVERIFY(writeFile(m_dir.filePath(u"in/b.jpg"_s), second));
    QByteArray csv = "selfie,liveness,expected,device\n";
    for (int i = 1; i <= GoodPairs; ++i) {
        const bool same = i % 3 != 0;
        const QByteArray capture = TestInputs::capture({same ? first : second});
        const QString name = u"in/%1.protobuf"_s.arg(i, 2, 10, QChar(u'0'));
        QVERIFY(writeFile(m_dir.filePath(name), capture));
        csv += "in/a.jpg," + name.toUtf8() + (same ? ",same" : ",different") + ",Pixel 8\n";
        if (i == 4)
            csv += "in/missing.jpg,in/01.protobuf,same,Pixel 8\n"; // line 6
    }
    m_manifest = m_dir.filePath(u"pairs.csv"_s);
    QVERIFY(writeFile(m_manifest, csv));

    m_workbench = new WorkbenchWindow;
    m_workbench->resize(1400, 900);
    m_workbench->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workbench));
    m_workbench->tabs()->setCurrentWidget(page());
}

void TestBatchPage::cleanupTestCase()
{
    delete m_workbench;
}

void TestBatchPage::takeScreenshots()
{
    const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(waitFor(
        [&] { return cell(rowOfPair(FirstPair), BatchTableModel::StatusColumn) == u"OK"_s; }));
    page()->table()->setCurrentIndex(page()->model()->index(rowOfPair(FirstPair), 0));
    // English last: the checks that follow read the English texts.
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        QVERIFY(LanguageLoader::install(qApp, language,
                                        QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
        // The report's text is written in the language current when it is made.
        page()->showReport();
        QWidget *report = page()->reportView()->window();
        for (const QSize &size : {QSize(1024, 768), QSize(1920, 1080)}) {
            const QString name =
                u"%1-%2x%3.png"_s.arg(language).arg(size.width()).arg(size.height());
            m_workbench->resize(size);
            m_workbench->raise();
            QTest::qWait(400); // a table refresh (four a second) and the layout
            QVERIFY(m_workbench->grab().save(dir + u"/qa-batch-live-"_s + name));
            report->resize(size);
            QTest::qWait(200);
            QVERIFY(report->grab().save(dir + u"/qa-batch-report-"_s + name));
        }
        report->close();
    }
    m_workbench->resize(1400, 900);
}

void TestBatchPage::listsTheBrokenLineAndLoadsTheRest()
{
    QSignalSpy opened(page(), &BatchPage::sourceOpened);
    page()->openSource(m_manifest);
    QVERIFY(opened.wait(60000));
    QCOMPARE(opened.first().first().toBool(), true);
    QCOMPARE(page()->problems()->count(), 1);
    QVERIFY2(page()->problems()->item(0)->text().startsWith(
                 u"line 6: the selfie: the file in/missing.jpg does not exist."_s),
             qPrintable(page()->problems()->item(0)->text()));
    QVERIFY(page()->problems()->isVisibleTo(m_workbench));
    QCOMPARE(page()->store().pairCount(), GoodPairs + 1);
    QCOMPARE(page()->store().pendingCount(), GoodPairs);
    // Nothing sent yet; every pair on the table, the refused one marked.
    QCOMPARE(page()->model()->rowCount(), GoodPairs + 1);
    QCOMPARE(cell(rowOfPair(6), BatchTableModel::StatusColumn), u"not sent: a problem"_s);
    QCOMPARE(cell(rowOfPair(2), BatchTableModel::StatusColumn), u"waiting"_s);
    QVERIFY(servedIds(m_server.serverLog()).isEmpty());
    QVERIFY(page()->findChild<QPushButton *>(u"batchStart"_s)->isEnabled());
    QCOMPARE(page()->concurrency()->value(), 4);
}

void TestBatchPage::runsPausesResumesAndCancels()
{
    page()->concurrency()->setValue(2);
    // By the keyboard: Alt+S is Start.
    m_workbench->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workbench));
    QTest::keyClick(m_workbench, Qt::Key_S, Qt::AltModifier);
    QVERIFY(waitFor([&] { return page()->runner() != nullptr; }));
    BatchRunner *runner = page()->runner();
    QVERIFY(waitFor([&] { return page()->store().answeredCount() >= 1; }));
    page()->pause();
    QCOMPARE(runner->state(), BatchRunner::State::Paused);
    // Those in flight arrive and are recorded; then nothing more leaves while paused.
    QVERIFY(waitFor([&] { return runner->progress().inFlight == 0; }));
    // Paused mid-run: the screenshots show a partial table that stays still while they are taken.
    takeScreenshots();
    const qint64 answered = page()->store().answeredCount();
    QVERIFY(answered < GoodPairs);
    QTest::qWait(300); // the server logs a request after answering it
    const qsizetype served = servedIds(m_server.serverLog()).size();
    QCOMPARE(served, answered);
    QTest::qWait(1000);
    QCOMPARE(servedIds(m_server.serverLog()).size(), served);
    QCOMPARE(page()->store().answeredCount(), answered);
    QVERIFY(page()->findChild<QPushButton *>(u"batchResume"_s)->isEnabled());
    QVERIFY(!page()->findChild<QPushButton *>(u"batchPause"_s)->isEnabled());

    // The table shows the server's answers as they were recorded.
    QVERIFY(waitFor([&] { return cell(rowOfPair(2), BatchTableModel::StatusColumn) == u"OK"_s; }));
    const std::optional<BatchResult> pair = page()->store().pair(2);
    QVERIFY(pair && pair->verifyScore && pair->hackScore);
    QCOMPARE(cell(rowOfPair(2), BatchTableModel::VerifyScoreColumn),
             QLocale().toString(*pair->verifyScore, 'f', 4));
    QCOMPARE(cell(rowOfPair(2), BatchTableModel::RequestIdColumn), pair->requestId);
    QVERIFY(!cell(rowOfPair(2), BatchTableModel::VerdictColumn).isEmpty());
    QVERIFY(page()->progressLabel()->text().contains(u"of %1 pairs"_s.arg(GoodPairs)));
    QVERIFY(page()->progressLabel()->text().contains(u"concurrency"_s));

    // Resumed, then cancelled at once: the two requests Resume started are cancelled and their
    // pairs stay pending.
    QSignalSpy finished(page(), &BatchPage::runFinished);
    page()->resume();
    QCOMPARE(runner->progress().inFlight, 2);
    page()->cancel();
    QVERIFY(finished.size() == 1 || finished.wait(30000));
    QCOMPARE(runner->state(), BatchRunner::State::Finished);
    QVERIFY(page()->store().pendingCount() > 0);
}

void TestBatchPage::reopensTheDatabaseAndFinishesEachPairOnce()
{
    const qint64 before = page()->store().answeredCount();
    // Another page, as after a restart, continuing from the database alone.
    BatchPage again;
    QSignalSpy opened(&again, &BatchPage::sourceOpened);
    again.openSource(BatchStore::pathFor(m_manifest));
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.first().first().toBool(), true);
    QCOMPARE(again.store().answeredCount(), before);
    QCOMPARE(again.problems()->count(), 1); // the refused line, as its validation recorded it
    QVERIFY(again.messageLabel()->text().contains(u"Continuing the batch"_s));
    QSignalSpy finished(&again, &BatchPage::runFinished);
    again.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(again.store().answeredCount(), GoodPairs);
    QCOMPARE(again.store().pendingCount(), 0);

    // Exactly once: one answer per pair, each pair under one X-Request-ID of its own, and the
    // server served each pair once, twice only for an attempt Cancel cut short.
    QTest::qWait(300);
    const QStringList served = servedIds(m_server.serverLog());
    QHash<QString, qint64> pairOf;
    QHash<qint64, int> cancelled;
    for (qint64 index = FirstPair; index <= LastPair; ++index) {
        if (index == 6)
            continue;
        int answers = 0;
        const QList<BatchAttempt> attempts = again.store().attempts(index);
        for (const BatchAttempt &attempt : attempts) {
            QCOMPARE(attempt.requestId, attempts.first().requestId);
            QVERIFY(!pairOf.contains(attempt.requestId) ||
                    pairOf.value(attempt.requestId) == index);
            pairOf.insert(attempt.requestId, index);
            if (attempt.state == BatchAttempt::State::Answered)
                ++answers;
            else {
                QCOMPARE(attempt.state, BatchAttempt::State::Cancelled);
                ++cancelled[index];
            }
        }
        QCOMPARE(answers, 1);
    }
    QVERIFY(again.store().attempts(6).isEmpty());
    QHash<qint64, int> servings;
    for (const QString &id : served) {
        QVERIFY2(pairOf.contains(id), qPrintable(id));
        ++servings[pairOf.value(id)];
    }
    for (auto it = servings.cbegin(); it != servings.cend(); ++it)
        QVERIFY2(it.value() <= 1 + cancelled.value(it.key()),
                 qPrintable(u"pair %1 served %2 times"_s.arg(it.key()).arg(it.value())));

    // The first page shows the answers the second one recorded.
    page()->model()->refresh();
    QCOMPARE(cell(rowOfPair(LastPair), BatchTableModel::StatusColumn), u"OK"_s);
}

void TestBatchPage::tableSortsAndFiltersKeepingTheSelection()
{
    QTableView *table = page()->table();
    const int row = rowOfPair(3);
    table->setCurrentIndex(page()->model()->index(row, 0));
    table->selectRow(row);
    table->sortByColumn(BatchTableModel::VerifyScoreColumn, Qt::DescendingOrder);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(page()->model()->pairAt(current.row())->pairIndex, 3);
    QVERIFY(table->selectionModel()->isRowSelected(current.row(), {}));
    // Descending by verify_score, the refused pair (no score) last.
    double previous = 2.0;
    for (int r = 0; r < GoodPairs; ++r) {
        const std::optional<BatchResult> pair = page()->model()->pairAt(r);
        QVERIFY(pair && pair->verifyScore);
        QVERIFY(*pair->verifyScore <= previous);
        previous = *pair->verifyScore;
    }
    QCOMPARE(page()->model()->pairAt(GoodPairs)->pairIndex, 6);

    // Searched down to pair 3 and back: the selection follows it.
    auto *search = page()->findChild<QLineEdit *>(u"batchSearch"_s);
    search->setText(u"in/02.protobuf"_s); // line 3: pair 3
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->pairAt(0)->pairIndex, 3);
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));
    search->clear();
    QCOMPARE(page()->model()->rowCount(), GoodPairs + 1);
    table->sortByColumn(BatchTableModel::PairColumn, Qt::AscendingOrder);
    QCOMPARE(page()->model()->pairAt(table->currentIndex().row())->pairIndex, 3);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));

    // Shown only the refused pair: pair 3 is hidden, and no other row takes its selection.
    auto *show = page()->findChild<QComboBox *>(u"batchShow"_s);
    show->setCurrentIndex(show->findData(int(BatchPairQuery::Show::Refused)));
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->pairAt(0)->pairIndex, 6);
    QVERIFY(!table->selectionModel()->isRowSelected(0, {}));
    show->setCurrentIndex(0);
    QCOMPARE(page()->model()->rowCount(), GoodPairs + 1);
}

void TestBatchPage::rowOpensTheInspectorAndTheAnswer()
{
    QTableView *table = page()->table();
    table->setFocus();
    const QModelIndex index = page()->model()->index(rowOfPair(2), 0);
    table->setCurrentIndex({});
    QVERIFY(!page()->resultPanel()->hasAnswer());
    auto *noAnswer = page()->findChild<QLabel *>(u"batchNoAnswer"_s);
    QVERIFY(noAnswer->isVisibleTo(page()));
    QVERIFY(noAnswer->text().startsWith(u"Choose a pair"_s));
    table->setCurrentIndex(page()->model()->index(rowOfPair(6), 0));
    QVERIFY2(noAnswer->text().startsWith(u"Pair 6 is not sent: the selfie: the file "_s),
             qPrintable(noAnswer->text()));
    table->setCurrentIndex(index);
    QVERIFY(page()->resultPanel()->isVisibleTo(page()));
    // The answer panel shows the pair's recorded answer.
    QVERIFY(page()->resultPanel()->hasAnswer());
    // Enter opens its capture in the Inspect tab.
    m_workbench->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workbench));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_workbench->tabs()->currentWidget(), m_workbench->inspector());
    // Pair 2 is the manifest's line 2: the first pair, in/01.protobuf.
    QCOMPARE(QFileInfo(m_workbench->inspector()->path()).canonicalFilePath(),
             QFileInfo(m_dir.filePath(u"in/01.protobuf"_s)).canonicalFilePath());
    m_workbench->tabs()->setCurrentWidget(page());
}

void TestBatchPage::reportShowsThePartialOrWholeBatch()
{
    page()->showReport();
    BatchReportView *view = page()->reportView();
    QVERIFY(view);
    QCOMPARE(view->charts().size(), 4);
    const QString text = view->text();
    QVERIFY2(text.contains(QString::number(GoodPairs + 1)), qPrintable(text));

    const QString json = m_dir.filePath(u"report.json"_s);
    QCOMPARE(view->writeJson(json), QString());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"answered\": 12"));
}

QTEST_MAIN(TestBatchPage)
#include "tst_batchpage.moc"
