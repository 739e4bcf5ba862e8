// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorcatalog.h"
#include "api/responseparser.h"
#include "api/thresholdtable.h"
#include "api/verdict.h"
#include "cameradialog.h"
#include "credentialoutcome.h"
#include "guitesthelpers.h"
#include "history/historytablemodel.h"
#include "history/historywindow.h"
#include "livenesspanel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "multipartform.h"
#include "resultpanel.h"
#include "scriptedhttpserver.h"
#include "selfiepanel.h"
#include "services/languageloader.h"
#include "settingsdialog.h"
#include "setupdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historyretention.h"
#include "store/historystore.h"
#include "thresholdtablewidget.h"

#include <QAbstractButton>
#include <QCameraDevice>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"gui-test-secret"_s;
const QByteArray RequestId = "TID00112233445566778899aabbccddeeff";

QByteArray answer(const QByteArray &verify, const QByteArray &hack)
{
    return "{\"request_id\":\"" + RequestId + "\",\"status\":\"OK\",\"verify_score\":" + verify +
           ",\"hack_score\":" + hack + ",\"image_id\":\"img-42\",\"liveness_data_id\":\"live-7\"}";
}

} // namespace

// Drives the main window as an operator would, against a scripted loopback server.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dropVerifyAndReadTheVerdict();
    void verdictsOnTheTable_data();
    void verdictsOnTheTable();
    void apiErrorShowsTheCatalogText_data();
    void apiErrorShowsTheCatalogText();
    void brokenSelfieAsksBeforeSending();
    void fitToLimitsWritesANewFile();
    void malformedLivenessIsFlaggedButSendable();
    void retryIsShown();
    void cancelStopsTheRequest();
    void reuseReturnedIds();
    void settingsDialogSavesWithoutTheSecret();
    void secretTypedInTheSettingsIsStored();
    void cameraDialogWithoutCamera();
    void pasteASelfieWithCtrlV();
    void tabFollowsTheLayout();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void setupDialogStoresTheAccount();
    void answerShowsItsTime();
    void inputChangeMarksTheAnswerNotCurrent_data();
    void inputChangeMarksTheAnswerNotCurrent();
    void newCustomerClearsEverything();
    void caseRefAndOperatorAreRecorded();
    void operatorNameDefaultsToTheOsUser();
    void urlSourceShowsNoEarlierPreview();
    void thresholdChangeRedecidesEveryLine();
    void languageSwitchKeepsEveryLineAgreeing();
    void counterScreenShowsVerdictAndVerify_data();
    void counterScreenShowsVerdictAndVerify();
    void geometryIsRemembered();
    void menuMnemonicsAreUniqueInBothLanguages_data();
    void menuMnemonicsAreUniqueInBothLanguages();
    void tabReachesVerifyAndCopyAndLeavesTheTable();
    void altUFocusesTheSelfieUrl();
    void ctrlCommaOpensTheSettings();
    void verdictGrowsWithTheSpace();
    void waitingShowsTheClockAndCancelIsNeutral();
    void timeoutNamesTheLimitAndTheRequestId();
    void fullDatabaseMarksTheAnswerNotRecorded();
    void retentionAtStartAndFromTheSettings();
    void damagedHistoryIsToldAtStart();

private:
    void answerOnScreen(const QByteArray &verify = "0.75", const QByteArray &hack = "0.45");
    void changeThresholdsInTheSettings(double verify, double hack);
    void expectAgreement(double verify, double hack);
    QString writeImage(const QString &name, int width, int height, const char *format = "JPEG");
    QString writeLiveness(const QString &name, const QByteArray &bytes);
    void verifyAndWait();

    QTemporaryDir m_dir;
    ScriptedHttpServer m_server;
    QUrl m_base;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;
    QString m_selfie;
    QString m_liveness;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_base = m_server.start();
    QVERIFY(m_base.isValid());
    m_selfie = writeImage(u"selfie.jpg"_s, 120, 160);
    m_liveness = writeLiveness(u"capture.protobuf"_s, QByteArray::fromHex("0801120461626364"));
}

void TestMainWindow::init()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setEndpoint(m_base);
    m_settings->setApiId(u"acct-gui"_s);
    m_settings->setVerifyThreshold(0.7);
    m_settings->setHackThreshold(0.98);
    m_settings->setFirstRunDone(true);
    m_credentials = std::make_unique<CredentialStore>();
    m_history = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_credentials.get(), m_history.get());
    m_window->setSecret(Secret);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts such as Ctrl+Return only reach the active window; Xvfb has no window manager.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_credentials.reset();
    m_settings.reset();
}

QString TestMainWindow::writeImage(const QString &name, int width, int height, const char *format)
{
    const QString path = m_dir.filePath(name);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 160, 140));
    [&] {
        QVERIFY(image.save(path, format));
    }();
    return path;
}

QString TestMainWindow::writeLiveness(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    [&] {
        QVERIFY(file.open(QIODevice::WriteOnly));
    }();
    file.write(bytes);
    return path;
}

void TestMainWindow::verifyAndWait()
{
    GuiTestHelpers::verifyAndWait(m_window.get(), GuiTestHelpers::VerifyBy::Shortcut, 30000);
}

void TestMainWindow::dropVerifyAndReadTheVerdict()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.8712", "0.031")));
    auto *verify = m_window->findChild<QPushButton *>(u"verifyButton"_s);
    QVERIFY(!verify->isEnabled()); // nothing given yet

    GuiTestHelpers::dropFile(m_window->findChild<QWidget *>(u"selfieDropZone"_s), m_selfie);
    QCOMPARE(m_window->selfiePanel()->source().kind, InputSource::Kind::File);
    QCOMPARE(m_window->selfiePanel()->source().value, m_selfie);
    QVERIFY(m_window->findChild<QLabel *>(u"selfieInfo"_s)->text().contains(u"120 × 160"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"selfieIssues"_s)->isHidden());

    m_window->livenessPanel()->setFile(m_liveness);
    QVERIFY(m_window->findChild<QLabel *>(u"livenessWarning"_s)->isHidden());

    const qsizetype before = m_server.requests().size();
    verifyAndWait();
    QCOMPARE(m_server.requests().size(), before + 1);

    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    QVERIFY(verdict->isVisible());
    QCOMPARE(verdict->text(), u"Same person"_s);
    ThresholdTableWidget *table = m_window->resultPanel()->thresholdTable();
    QCOMPARE(table->reachedRow(), 4);  // 0.8712 reaches the 0.8 row
    QCOMPARE(table->decisionRow(), 3); // 0.7 decides
    QCOMPARE(table->item(4, ThresholdTableWidget::ThresholdColumn)->background().color(),
             table->palette().color(QPalette::Highlight));
    QVERIFY(table->item(4, ThresholdTableWidget::NoteColumn)->text().contains(u"0.8712"_s));
    QVERIFY(table->item(3, ThresholdTableWidget::NoteColumn)->text().contains(u"decision"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"identityLabel"_s)->text().contains(u"1e-4"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"livenessVerdictLabel"_s)->text().contains(u"live"_s));
    // The provenance of the hack_score threshold is under Details and in the tooltip.
    QVERIFY(
        m_window->findChild<QLabel *>(u"livenessNote"_s)->text().contains(u"not from the API"_s));
    QVERIFY(!m_window->findChild<QLabel *>(u"livenessNote"_s)->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(u"livenessVerdictLabel"_s)
                ->toolTip()
                .contains(u"not from the API"_s));
    QCOMPARE(m_window->findChild<QLabel *>(u"requestIdLabel"_s)->text(),
             QString::fromLatin1(RequestId));
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"copyRequestIdButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(RequestId));
    QCOMPARE(m_window->findChild<QLabel *>(u"imageIdLabel"_s)->text(), u"img-42"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"livenessIdLabel"_s)->text(), u"live-7"_s);

    // The request carried both files, streamed from disk, and the secret only in the body.
    const ScriptedHttpServer::Request &request = m_server.requests().last();
    QVERIFY(!request.url.toString().contains(Secret));
    const MultipartForm form = MultipartForm::parse(request.header("Content-Type"), request.body);
    QVERIFY(form.isValid());
    QFile selfie(m_selfie);
    QVERIFY(selfie.open(QIODevice::ReadOnly));
    QCOMPARE(form.value(u"selfie_file"_s), selfie.readAll());
    QCOMPARE(form.value(u"liveness_data_file"_s), QByteArray::fromHex("0801120461626364"));
    QCOMPARE(form.value(u"api_secret"_s), Secret.toUtf8());
    QCOMPARE(form.value(u"selfie_auto_rotate"_s), QByteArray("false"));

    // Recorded in the history, without the secret.
    const QList<HistoryEntry> entries = m_history->entries(1).value;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().requestId, QString::fromLatin1(RequestId));
    QCOMPARE(entries.first().verdict, u"same_person"_s);
}

void TestMainWindow::verdictsOnTheTable_data()
{
    QTest::addColumn<QByteArray>("verify");
    QTest::addColumn<QByteArray>("hack");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("reachedRow");
    QTest::addColumn<int>("decisionRow");

    QTest::newRow("not the same person")
        << QByteArray("0.55") << QByteArray("0.01") << 0.7 << u"Not the same person"_s << 1 << 3;
    QTest::newRow("attack") << QByteArray("\"0.95\"") << QByteArray("\"0.991\"") << 0.7
                            << u"Possible attack"_s << 5 << 3;
    QTest::newRow("stricter row decides")
        << QByteArray("0.85") << QByteArray("0.2") << 0.9 << u"Not the same person"_s << 4 << 5;
    QTest::newRow("below the table")
        << QByteArray("0.12") << QByteArray("0.2") << 0.4 << u"Not the same person"_s << -1 << 0;
}

void TestMainWindow::verdictsOnTheTable()
{
    QFETCH(QByteArray, verify);
    QFETCH(QByteArray, hack);
    QFETCH(double, threshold);
    QFETCH(QString, verdict);
    QFETCH(int, reachedRow);
    QFETCH(int, decisionRow);

    QVERIFY(m_settings->setVerifyThreshold(threshold));
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer(verify, hack)));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    verifyAndWait();
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), verdict);
    QCOMPARE(m_window->resultPanel()->thresholdTable()->reachedRow(), reachedRow);
    QCOMPARE(m_window->resultPanel()->thresholdTable()->decisionRow(), decisionRow);
}

void TestMainWindow::apiErrorShowsTheCatalogText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("input");

    QTest::newRow("no face in the selfie")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"request_id\":\"" + RequestId +
                      "\",\"status\":\"NO_FACE_DETECTED\",\"image\":\"selfie_file\"}")
        << u"selfie_file"_s;
    QTest::newRow("invalid argument with a reason")
        << 400 << QByteArray("application/json")
        << QByteArray("{\"request_id\":\"" + RequestId +
                      "\",\"status\":\"INVALID_ARGUMENT\",\"reason\":\"selfie_url is empty\"}")
        << QString();
    QTest::newRow("unauthorized") << 401 << QByteArray("application/json")
                                  << QByteArray("{\"request_id\":\"" + RequestId +
                                                "\",\"status\":\"UNAUTHORIZED\"}")
                                  << QString();
    QTest::newRow("a proxy's login page")
        << 200 << QByteArray("text/html")
        << QByteArray("<html><body>Please log in to the network</body></html>") << QString();
}

void TestMainWindow::apiErrorShowsTheCatalogText()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, input);

    m_server.enqueue(ScriptedHttpServer::Reply::raw(status, body, contentType));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    verifyAndWait();

    const ResponseParser::Outcome outcome = ResponseParser::parse(status, body, contentType);
    QVERIFY(std::holds_alternative<ApiError>(outcome));
    const ApiError expected = std::get<ApiError>(outcome);
    // The server's reason is shown apart, in its own words, not inside the translated sentence.
    ApiError withoutReason = expected;
    withoutReason.reason.clear();
    const ErrorExplanation text = ErrorCatalog::explain(withoutReason);

    auto *title = m_window->findChild<QLabel *>(u"errorTitle"_s);
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), text.title);
    QCOMPARE(m_window->findChild<QLabel *>(u"errorExplanation"_s)->text(), text.explanation);
    QCOMPARE(m_window->findChild<QLabel *>(u"errorAction"_s)->text(), text.action);
    QCOMPARE(m_window->findChild<QLabel *>(u"errorCode"_s)->text(), expected.code);
    QCOMPARE(m_window->findChild<QLabel *>(u"errorHttpStatus"_s)->text(), QString::number(status));
    auto *reason = m_window->findChild<QLabel *>(u"errorReason"_s);
    QCOMPARE(reason->text(), expected.reason);
    QCOMPARE(reason->isVisible(), !expected.reason.isEmpty());
    if (!expected.reason.isEmpty())
        QVERIFY(!m_window->findChild<QLabel *>(u"errorExplanation"_s)
                     ->text()
                     .contains(expected.reason));
    auto *inputLabel = m_window->findChild<QLabel *>(u"errorInput"_s);
    QCOMPARE(inputLabel->isVisible(), !input.isEmpty());
    if (!input.isEmpty())
        QVERIFY(inputLabel->text().contains(input));
    auto *requestId = m_window->findChild<QLabel *>(u"errorRequestId"_s);
    QCOMPARE(requestId->text(), expected.requestId);
    QCOMPARE(requestId->isVisible(), !expected.requestId.isEmpty());
}

void TestMainWindow::brokenSelfieAsksBeforeSending()
{
    const QString tiny = writeImage(u"tiny.png"_s, 8, 8, "PNG");
    m_window->selfiePanel()->setFile(tiny);
    m_window->livenessPanel()->setFile(m_liveness);
    auto *issues = m_window->findChild<QLabel *>(u"selfieIssues"_s);
    QVERIFY(issues->isVisible());
    QVERIFY(!issues->text().isEmpty());
    QVERIFY(m_window->findChild<QPushButton *>(u"fitButton"_s)->isHidden()); // cannot be fitted

    const qsizetype before = m_server.requests().size();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(MessageBox::lastTitle(), u"The selfie breaks the API's rules"_s);
    QVERIFY(m_window->currentJob() == nullptr);
    QCOMPARE(m_server.requests().size(), before);

    // The operator may still send it.
    m_server.enqueue(ScriptedHttpServer::Reply::json(
        400, "{\"request_id\":\"" + RequestId +
                 "\",\"status\":\"INVALID_IMAGE_FORMAT_OR_SIZE\",\"image\":\"selfie_file\"}"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    verifyAndWait();
    QCOMPARE(m_server.requests().size(), before + 1);
    QVERIFY(m_window->findChild<QLabel *>(u"errorTitle"_s)->isVisible());
}

void TestMainWindow::fitToLimitsWritesANewFile()
{
    const QString wide = writeImage(u"wide.png"_s, 4001, 40, "PNG");
    const QByteArray original = [&] {
        QFile file(wide);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    m_window->selfiePanel()->setFile(wide);
    auto *fit = m_window->findChild<QPushButton *>(u"fitButton"_s);
    QVERIFY(fit->isVisible());
    QTest::mouseClick(fit, Qt::LeftButton);

    const InputSource source = m_window->selfiePanel()->source();
    QCOMPARE(source.kind, InputSource::Kind::File);
    QVERIFY(source.value != wide);
    QVERIFY(m_window->selfiePanel()->report().passes());
    QVERIFY(m_window->findChild<QLabel *>(u"selfieIssues"_s)->isHidden());
    QFile file(wide);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original); // the original is untouched
}

void TestMainWindow::malformedLivenessIsFlaggedButSendable()
{
    // A length-delimited field that claims 100 bytes and has 2: truncated wire format.
    const QString broken = writeLiveness(u"broken.bin"_s, QByteArray::fromHex("0a640102"));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(broken);
    auto *warning = m_window->findChild<QLabel *>(u"livenessWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"still be sent"_s));

    // Verify asks first, with the bytes folded under Details; No sends nothing.
    const qsizetype before = m_server.requests().size();
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->verify();
    QCOMPARE(MessageBox::lastTitle(), u"The liveness data is not readable protobuf"_s);
    QVERIFY2(MessageBox::lastDetails().contains(u"0a 64 01 02"_s),
             qPrintable(MessageBox::lastDetails()));
    QVERIFY(!MessageBox::lastText().contains(u"0a 64"_s));
    QVERIFY(!m_window->currentJob());
    QCOMPARE(m_server.requests().size(), before);

    m_server.enqueue(ScriptedHttpServer::Reply::json(
        400, "{\"request_id\":\"" + RequestId + "\",\"status\":\"WRONG_LIVENESS_DATA\"}"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    verifyAndWait();
    QCOMPARE(m_server.requests().size(), before + 1);
    QCOMPARE(m_window->findChild<QLabel *>(u"errorCode"_s)->text(), u"WRONG_LIVENESS_DATA"_s);
}

void TestMainWindow::retryIsShown()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(503, "{\"request_id\":\"" + RequestId +
                                                              "\",\"status\":\"INTERNAL_ERROR\"}"));
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);

    QSignalSpy finished(m_window.get(), &MainWindow::verificationFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    VerificationJob *job = m_window->currentJob();
    QVERIFY(job);
    QSignalSpy retrying(job, &VerificationJob::retrying);
    QVERIFY(retrying.wait(20000));
    auto *notice = m_window->findChild<QLabel *>(u"noticeLabel"_s);
    QVERIFY(notice->text().contains(u"attempt 2 of 4"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Same person"_s);
    QVERIFY(notice->text().contains(u"2"_s));
}

void TestMainWindow::cancelStopsTheRequest()
{
    // A server of its own: the stalled connection stays open until the test ends.
    ScriptedHttpServer staller;
    staller.setDefaultReply(ScriptedHttpServer::Reply::stall());
    const QUrl stallerUrl = staller.start();
    QVERIFY(stallerUrl.isValid());
    m_settings->setEndpoint(stallerUrl);
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);

    QSignalSpy finished(m_window.get(), &MainWindow::verificationFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_window->currentJob());
    auto *cancel = m_window->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel->isEnabled());
    QVERIFY(QTest::qWaitFor([&staller] { return !staller.requests().isEmpty(); }, 10000));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(m_window->findChild<QLabel *>(u"errorCode"_s)->text(), u"CANCELLED"_s);
    // The operator's own choice, in neutral words and colour.
    auto *title = m_window->findChild<QLabel *>(u"errorTitle"_s);
    QCOMPARE(title->text(), u"Cancelled, nothing was decided"_s);
    QVERIFY(title->styleSheet().isEmpty());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_window->findChild<QPushButton *>(u"verifyButton"_s)->isEnabled());
}

void TestMainWindow::reuseReturnedIds()
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    verifyAndWait();

    QTest::mouseClick(m_window->findChild<QPushButton *>(u"reuseImageIdButton"_s), Qt::LeftButton);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"reuseLivenessIdButton"_s),
                      Qt::LeftButton);
    QCOMPARE(m_window->selfiePanel()->source(), InputSource::id(u"img-42"_s));
    QCOMPARE(m_window->livenessPanel()->source(), InputSource::id(u"live-7"_s));

    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    verifyAndWait();
    const MultipartForm form = MultipartForm::parse(
        m_server.requests().last().header("Content-Type"), m_server.requests().last().body);
    QCOMPARE(form.value(u"selfie_image_id"_s), QByteArray("img-42"));
    QCOMPARE(form.value(u"liveness_data_id"_s), QByteArray("live-7"));
    QVERIFY(!form.part(u"selfie_file"_s));
}

void TestMainWindow::settingsDialogSavesWithoutTheSecret()
{
    SettingsDialog dialog(m_settings.get(), m_credentials.get());
    const QList<QComboBox *> thresholds = dialog.findChildren<QComboBox *>();
    QComboBox *verifyBox = nullptr;
    for (QComboBox *box : thresholds)
        if (box->count() == ThresholdTable::rows().size())
            verifyBox = box;
    QVERIFY(verifyBox);
    verifyBox->setCurrentIndex(*ThresholdTable::rowForThreshold(0.8));
    dialog.findChild<QDoubleSpinBox *>()->setValue(0.95);
    dialog.findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"ftp://nowhere"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // a bad endpoint keeps the dialog open
    QCOMPARE(MessageBox::lastTitle(), u"Endpoint"_s);

    dialog.findChild<QLineEdit *>(u"endpointEdit"_s)->setText(m_base.toString());
    dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(u"typed-secret-123"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->verifyThreshold(), 0.8);
    QCOMPARE(m_settings->hackThreshold(), 0.95);
    QCOMPARE(dialog.enteredSecret(), u"typed-secret-123"_s);

    // The window stores what was typed in the keyring (or this session's memory), never in the
    // settings file.
    m_window->storeSecret(dialog.enteredSecret());
    const CredentialOutcome read =
        CredentialOutcome::of(m_credentials->read(m_base, u"acct-gui"_s));
    QVERIFY(read.finished);
    QCOMPARE(read.secret, u"typed-secret-123"_s);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("typed-secret-123"));

    QVERIFY(CredentialOutcome::of(m_credentials->remove(m_base, u"acct-gui"_s)).error.ok());
}

void TestMainWindow::secretTypedInTheSettingsIsStored()
{
    // File > Settings as the operator uses it: the modal dialog, a secret typed in, OK.
    bool typed = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&typed] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || typed)
            return;
        typed = true;
        dialog->findChild<QLineEdit *>(u"secretEdit"_s)->setText(u"menu-secret-321"_s);
        dialog->accept();
    });
    poll.start(20);
    m_window->openSettings();
    QVERIFY(typed);

    const CredentialOutcome read =
        CredentialOutcome::of(m_credentials->read(m_base, u"acct-gui"_s));
    QVERIFY(read.finished);
    QCOMPARE(read.secret, u"menu-secret-321"_s);
    QVERIFY(CredentialOutcome::of(m_credentials->remove(m_base, u"acct-gui"_s)).error.ok());
}

void TestMainWindow::cameraDialogWithoutCamera()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("This machine has a camera; the no-camera message is not shown.");
    CameraDialog dialog;
    QVERIFY(!dialog.hasCamera());
    QVERIFY(!dialog.findChild<QPushButton *>(u"shutterButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"cameraMessage"_s)->text().contains(u"No camera"_s));
}

void TestMainWindow::pasteASelfieWithCtrlV()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QApplication::clipboard()->setImage(image);
    m_window->findChild<QPushButton *>(u"verifyButton"_s)->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier);
    const InputSource source = m_window->selfiePanel()->source();
    QCOMPARE(source.kind, InputSource::Kind::File);
    QVERIFY(QFile::exists(source.value));
    QCOMPARE(m_window->selfiePanel()->report().size, QSize(64, 48));
    QVERIFY(m_window->selfiePanel()->report().passes());

    // An empty clipboard is explained, not ignored.
    QApplication::clipboard()->clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(MessageBox::lastTitle(), u"Paste a selfie"_s);
    QCOMPARE(m_window->selfiePanel()->source(), source); // unchanged
}

void TestMainWindow::tabFollowsTheLayout()
{
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    auto *first = m_window->findChild<QWidget *>(u"selfieFileMode"_s);
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QStringList visited;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    const QStringList expected = {u"selfieOpenButton"_s,   u"selfiePasteButton"_s,
                                  u"selfieCameraButton"_s, u"selfieUrlEdit"_s,
                                  u"selfieIdEdit"_s,       u"autoRotateBox"_s,
                                  u"livenessOpenButton"_s, u"livenessUrlEdit"_s,
                                  u"livenessIdEdit"_s,     u"verifyButton"_s};
    qsizetype from = 0;
    for (const QString &name : expected) {
        const qsizetype at = visited.indexOf(name, from);
        QVERIFY2(at >= 0, qPrintable(name + u" after position "_s + QString::number(from) +
                                     u" in "_s + visited.join(u", "_s)));
        from = at + 1;
    }
}

void TestMainWindow::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("window");
    QTest::newRow("main window") << u"main"_s;
    QTest::newRow("settings") << u"settings"_s;
    QTest::newRow("first-run setup") << u"setup"_s;
}

void TestMainWindow::mnemonicsAreUnique()
{
    QFETCH(QString, window);
    std::unique_ptr<QWidget> dialog;
    if (window == u"settings"_s)
        dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_credentials.get());
    else if (window == u"setup"_s)
        dialog = std::make_unique<SetupDialog>(m_settings.get(), m_credentials.get());
    QWidget *top = dialog ? dialog.get() : m_window.get();

    // Alt+letter must reach exactly one control of the window (menus included).
    QStringList texts;
    if (!dialog)
        for (QAction *menu : m_window->menuBar()->actions())
            texts << menu->text();
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(top))
            texts << button->text();
    for (QLabel *label : top->findChildren<QLabel *>())
        if (label->buddy())
            texts << label->text();
    QHash<QChar, QString> owners;
    for (const QString &text : texts) {
        const QChar key = GuiTestHelpers::mnemonic(text);
        if (key.isNull())
            continue;
        QVERIFY2(!owners.contains(key),
                 qPrintable(u"Alt+%1: \"%2\" and \"%3\""_s.arg(key, owners.value(key), text)));
        owners.insert(key, text);
    }
    QVERIFY(owners.size() >= 3);
}

void TestMainWindow::setupDialogStoresTheAccount()
{
    AppSettings fresh(m_dir.filePath(u"first-run.ini"_s));
    QVERIFY(!fresh.firstRunDone());
    SetupDialog dialog(&fresh, m_credentials.get());
    auto *endpoint = dialog.findChild<QLineEdit *>(u"endpointEdit"_s);
    QCOMPARE(endpoint->text(), QString::fromLatin1(AppSettings::DefaultEndpoint));

    // Without the secret the dialog stays open and says what is missing.
    dialog.findChild<QLineEdit *>(u"apiIdEdit"_s)->setText(u"acct-setup"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(MessageBox::lastTitle(), u"Account"_s);

    endpoint->setText(m_base.toString());
    dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(u"setup-secret-456"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.enteredSecret(), u"setup-secret-456"_s);
    QVERIFY(fresh.firstRunDone());
    QCOMPARE(fresh.apiId(), u"acct-setup"_s);
    QCOMPARE(fresh.operatorName(), HistoryStore::currentOperator());
    QCOMPARE(fresh.endpoint(), m_base);

    // The window over these settings stores the secret in the keyring (or this session's
    // memory), never in the settings file.
    MainWindow window(&fresh, m_credentials.get(), nullptr);
    window.storeSecret(dialog.enteredSecret());
    const CredentialOutcome read =
        CredentialOutcome::of(m_credentials->read(m_base, u"acct-setup"_s));
    QVERIFY(read.finished);
    QCOMPARE(read.secret, u"setup-secret-456"_s);
    fresh.sync();
    QFile ini(fresh.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("setup-secret-456"));

    QVERIFY(CredentialOutcome::of(m_credentials->remove(m_base, u"acct-setup"_s)).error.ok());
}

void TestMainWindow::answerOnScreen(const QByteArray &verify, const QByteArray &hack)
{
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer(verify, hack)));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    verifyAndWait();
    QVERIFY(m_window->findChild<QLabel *>(u"verdictLabel"_s)->isVisible());
    QVERIFY(m_window->resultPanel()->isCurrent());
}

void TestMainWindow::changeThresholdsInTheSettings(double verify, double hack)
{
    // File > Settings as the operator uses it: the modal dialog, thresholds picked, OK.
    bool changed = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&changed, verify, hack] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || changed)
            return;
        changed = true;
        for (QComboBox *box : dialog->findChildren<QComboBox *>())
            if (box->count() == ThresholdTable::rows().size())
                box->setCurrentIndex(*ThresholdTable::rowForThreshold(verify));
        dialog->findChild<QDoubleSpinBox *>()->setValue(hack);
        dialog->accept();
    });
    poll.start(20);
    m_window->openSettings();
    QVERIFY(changed);
    QCOMPARE(m_settings->verifyThreshold(), verify);
    QCOMPARE(m_settings->hackThreshold(), hack);
}

// Every element of the answer says the same thing at these thresholds.
void TestMainWindow::expectAgreement(double verify, double hack)
{
    VerificationResult shown;
    shown.verifyScore = 0.75;
    shown.hackScore = 0.45;
    const Verdict verdict = Verdict::decide(shown, {verify, hack});
    const char *expected = verdict.overall == Verdict::Overall::SamePerson ? "Same person"
                           : verdict.overall == Verdict::Overall::NotSamePerson
                               ? "Not the same person"
                               : "Possible attack";
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(),
             QCoreApplication::translate("ResultPanel", expected));
    const QString identity = m_window->findChild<QLabel *>(u"identityLabel"_s)->text();
    QVERIFY2(identity.contains(QCoreApplication::translate(
                 "ResultPanel", verdict.identity == Verdict::Identity::SamePerson
                                    ? "same person"
                                    : "not the same person")),
             qPrintable(identity));
    QVERIFY2(identity.contains(QLocale().toString(verify, 'g', 3)), qPrintable(identity));
    QCOMPARE(m_window->resultPanel()->thresholdTable()->decisionRow(),
             *ThresholdTable::rowForThreshold(verify));
    const QString liveness = m_window->findChild<QLabel *>(u"livenessVerdictLabel"_s)->text();
    QVERIFY2(liveness.contains(QLocale().toString(hack, 'g', 3)), qPrintable(liveness));
    auto *redecided = m_window->findChild<QLabel *>(u"redecidedLabel"_s);
    const bool moved = Thresholds{verify, hack} != Thresholds{0.7, 0.98};
    QCOMPARE(redecided->isVisible(), moved);
    if (moved)
        QVERIFY2(redecided->text().contains(QLocale().toString(verify, 'g', 3)),
                 qPrintable(redecided->text()));
}

void TestMainWindow::answerShowsItsTime()
{
    const QTime before = QTime::currentTime();
    answerOnScreen();
    const QString text = m_window->findChild<QLabel *>(u"answerTimeLabel"_s)->text();
    const QString arrived = text.section(u' ', 3, 3).remove(u',');
    const QTime at = QTime::fromString(arrived, u"HH:mm:ss"_s);
    QVERIFY2(at.isValid(), qPrintable(text));
    QVERIFY(qAbs(before.secsTo(at)) <= 30);
    QVERIFY2(text.contains(u" s after Verify"_s), qPrintable(text));
    QVERIFY(m_window->findChild<QPushButton *>(u"newCustomerButton"_s)->isVisible());
}

void TestMainWindow::inputChangeMarksTheAnswerNotCurrent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("another selfie file") << u"selfie"_s << u"The selfie changed"_s;
    QTest::newRow("the same selfie rewritten") << u"rewrite"_s << u"The selfie changed"_s;
    QTest::newRow("another liveness file") << u"liveness"_s << u"liveness data changed"_s;
    QTest::newRow("selfie given as a URL") << u"selfieMode"_s << u"another way"_s;
    QTest::newRow("liveness given as an id") << u"livenessMode"_s << u"another way"_s;
    QTest::newRow("auto-rotate") << u"autoRotate"_s << u"selfie_auto_rotate changed"_s;
}

void TestMainWindow::inputChangeMarksTheAnswerNotCurrent()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    const QString selfie = writeImage(u"stale-selfie.jpg"_s, 120, 160);
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    m_window->selfiePanel()->setFile(selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    verifyAndWait();
    auto *copy = m_window->findChild<QPushButton *>(u"copyRequestIdButton"_s);
    auto *stale = m_window->findChild<QLabel *>(u"staleLabel"_s);
    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    QVERIFY(copy->isEnabled());
    QVERIFY(stale->isHidden());
    QVERIFY(!verdict->font().strikeOut());

    if (change == u"selfie"_s) {
        GuiTestHelpers::dropFile(m_window->findChild<QWidget *>(u"selfieDropZone"_s),
                                 writeImage(u"other-person.jpg"_s, 140, 180));
    } else if (change == u"rewrite"_s) {
        QTest::qWait(1100); // a modification time the file system can tell apart
        writeImage(u"stale-selfie.jpg"_s, 150, 200);
        m_window->selfiePanel()->setFile(selfie);
    } else if (change == u"liveness"_s) {
        m_window->livenessPanel()->setFile(
            writeLiveness(u"replay.protobuf"_s, QByteArray::fromHex("08021203616263")));
    } else if (change == u"selfieMode"_s) {
        QTest::keyClicks(m_window->findChild<QLineEdit *>(u"selfieUrlEdit"_s),
                         u"https://example.com/s.jpg"_s);
    } else if (change == u"livenessMode"_s) {
        QTest::keyClicks(m_window->findChild<QLineEdit *>(u"livenessIdEdit"_s), u"live-7"_s);
    } else {
        QTest::mouseClick(m_window->findChild<QAbstractButton *>(u"autoRotateBox"_s),
                          Qt::LeftButton);
    }

    QVERIFY(!m_window->resultPanel()->isCurrent());
    QVERIFY(stale->isVisible());
    QVERIFY2(stale->text().contains(reason), qPrintable(stale->text()));
    QVERIFY(stale->text().contains(u"Not for the inputs on screen"_s));
    QVERIFY(verdict->font().strikeOut());
    QVERIFY(!m_window->findChild<QLabel *>(u"identityLabel"_s)->isEnabled());
    QVERIFY(!copy->isEnabled());
    QApplication::clipboard()->setText(u"untouched"_s);
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), u"untouched"_s);

    // A new answer for the inputs on screen is current again.
    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.9", "0.1")));
    verifyAndWait();
    QVERIFY(m_window->resultPanel()->isCurrent());
    QVERIFY(stale->isHidden());
    QVERIFY(copy->isEnabled());
}

void TestMainWindow::newCustomerClearsEverything()
{
    answerOnScreen();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!m_window->resultPanel()->hasAnswer());
    QVERIFY(!m_window->selfiePanel()->source().isSet());
    QVERIFY(!m_window->livenessPanel()->source().isSet());
    QVERIFY(!m_window->findChild<QLabel *>(u"verdictLabel"_s)->isVisible());
    QVERIFY(!m_window->findChild<QPushButton *>(u"verifyButton"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QPushButton *>(u"reuseImageIdButton"_s)->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(u"selfieInfo"_s)->text().isEmpty());

    // The button after a result does the same.
    answerOnScreen();
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"newCustomerButton"_s), Qt::LeftButton);
    QVERIFY(!m_window->resultPanel()->hasAnswer());
    QVERIFY(!m_window->selfiePanel()->source().isSet());
}

void TestMainWindow::caseRefAndOperatorAreRecorded()
{
    m_settings->setOperatorName(u"王小明"_s);
    // Alt+K reaches the case reference, typed as an operator types it.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::AltModifier);
    auto *caseRef = m_window->findChild<QLineEdit *>(u"caseRefEdit"_s);
    QTRY_VERIFY(caseRef->hasFocus());
    QTest::keyClicks(caseRef, u" CASE-2026-0042 "_s);
    answerOnScreen();
    const QList<HistoryEntry> entries = m_history->entries(1).value;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().caseRef, u"CASE-2026-0042"_s);
    QCOMPARE(entries.first().operatorName, u"王小明"_s);

    // The next customer starts without the last one's case reference.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(caseRef->text().isEmpty());
    m_settings->setOperatorName(QString());
    answerOnScreen();
    const HistoryEntry next = m_history->entries(1).value.first();
    QVERIFY(next.caseRef.isEmpty());
    QCOMPARE(next.operatorName, HistoryStore::currentOperator());

    // Ctrl+H lists them (with the records of the earlier tests), newest first.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    auto *history = m_window->findChild<HistoryWindow *>();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(history->model()->totalCount(), m_history->count().value);
    QVERIFY(history->model()->entry(0).caseRef.isEmpty());
    QCOMPARE(history->model()->entry(1).caseRef, u"CASE-2026-0042"_s);
    history->close();
    QTRY_VERIFY(!m_window->findChild<HistoryWindow *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::operatorNameDefaultsToTheOsUser()
{
    QVERIFY(!HistoryStore::currentOperator().isEmpty());
    {
        SettingsDialog dialog(m_settings.get(), m_credentials.get());
        auto *name = dialog.findChild<QLineEdit *>(u"operatorEdit"_s);
        QCOMPARE(name->text(), HistoryStore::currentOperator());
        name->setText(u"  Li Na  "_s);
        dialog.accept();
    }
    QCOMPARE(m_settings->operatorName(), u"Li Na"_s);
    SetupDialog setup(m_settings.get(), m_credentials.get());
    QCOMPARE(setup.findChild<QLineEdit *>(u"operatorEdit"_s)->text(), u"Li Na"_s);
}

void TestMainWindow::urlSourceShowsNoEarlierPreview()
{
    m_window->selfiePanel()->setFile(m_selfie);
    auto *zone = m_window->findChild<QLabel *>(u"selfieDropZone"_s);
    QVERIFY(zone);
    QVERIFY(!zone->pixmap().isNull());
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"selfieUrlEdit"_s), u"https://e.com/a"_s);
    QVERIFY(zone->pixmap().isNull());
    QVERIFY(zone->text().contains(u"selfie_url"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"selfieInfo"_s)->text().isEmpty());
    // Back to the file: its preview again.
    m_window->findChild<QAbstractButton *>(u"selfieFileMode"_s)->click();
    QVERIFY(!zone->pixmap().isNull());
}

void TestMainWindow::thresholdChangeRedecidesEveryLine()
{
    answerOnScreen("0.75", "0.45");
    expectAgreement(0.7, 0.98);
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Same person"_s);

    changeThresholdsInTheSettings(0.8, 0.98);
    expectAgreement(0.8, 0.98);
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Not the same person"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"redecidedLabel"_s)
                ->text()
                .contains(u"the server's answer is unchanged"_s));

    changeThresholdsInTheSettings(0.7, 0.4);
    expectAgreement(0.7, 0.4);
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Possible attack"_s);

    // Back at the thresholds of the answer: no re-decision note.
    changeThresholdsInTheSettings(0.7, 0.98);
    expectAgreement(0.7, 0.98);
    QVERIFY(m_window->resultPanel()->isCurrent());
}

void TestMainWindow::languageSwitchKeepsEveryLineAgreeing()
{
    const QString built = QStringLiteral(VD_BINARY_DIR) + u"/translations"_s;
    answerOnScreen("0.75", "0.45");
    changeThresholdsInTheSettings(0.8, 0.98);
    QVERIFY(LanguageLoader::install(qApp, u"zh_CN"_s, built));
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"非同一人"_s);
    expectAgreement(0.8, 0.98);
    QVERIFY(LanguageLoader::install(qApp, u"en"_s, built));
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(),
                 u"Not the same person"_s);
    expectAgreement(0.8, 0.98);
}

void TestMainWindow::counterScreenShowsVerdictAndVerify_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        QTest::addRow("%s 1024x768", qPrintable(language)) << language << QSize(1024, 768);
        QTest::addRow("%s 1366x768", qPrintable(language)) << language << QSize(1366, 768);
    }
}

void TestMainWindow::counterScreenShowsVerdictAndVerify()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    const QString built = QStringLiteral(VD_BINARY_DIR) + u"/translations"_s;
    QVERIFY(LanguageLoader::install(qApp, language, built));
    answerOnScreen();
    // A window manager takes some of the screen for its frame and panels.
    const QSize room = screen - QSize(0, 60);
    m_window->resize(room);
    QTRY_COMPARE(m_window->size(), room);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1000,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    const QRect inside = m_window->rect();
    for (const char *name : {"verdictBanner", "verifyButton", "cancelButton"}) {
        auto *widget = m_window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY(widget->isVisible());
        const QRect at(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(at),
                 qPrintable(u"%1 at %2,%3 %4×%5 outside %6×%7"_s.arg(QString::fromLatin1(name))
                                .arg(at.x())
                                .arg(at.y())
                                .arg(at.width())
                                .arg(at.height())
                                .arg(inside.width())
                                .arg(inside.height())));
    }
    const QRect status(m_window->statusBar()->mapTo(m_window.get(), QPoint(0, 0)),
                       m_window->statusBar()->size());
    QVERIFY(m_window->statusBar()->isVisible());
    QVERIFY(inside.contains(status));
    QVERIFY(LanguageLoader::install(qApp, u"en"_s, built));
}

void TestMainWindow::geometryIsRemembered()
{
    m_window->resize(1010, 700);
    QTRY_COMPARE(m_window->size(), QSize(1010, 700));
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({350, 600});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_credentials.get(), m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1010, 700));
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

void TestMainWindow::menuMnemonicsAreUniqueInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestMainWindow::menuMnemonicsAreUniqueInBothLanguages()
{
    QFETCH(QString, language);
    const QString built = QStringLiteral(VD_BINARY_DIR) + u"/translations"_s;
    QVERIFY(LanguageLoader::install(qApp, language, built));
    QCoreApplication::processEvents(); // QEvent::LanguageChange is posted
    const auto unique = [](const QStringList &texts, const QString &where) {
        QHash<QChar, QString> owners;
        for (const QString &text : texts) {
            const QChar key = GuiTestHelpers::mnemonic(text);
            QVERIFY2(!key.isNull() || text.isEmpty(),
                     qPrintable(where + u": no mnemonic in \""_s + text + u'"'));
            QVERIFY2(!owners.contains(key), qPrintable(u"%1, Alt+%2: \"%3\" and \"%4\""_s.arg(
                                                where, key, owners.value(key), text)));
            owners.insert(key, text);
        }
    };
    QStringList titles;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        titles << menuAction->text();
        QStringList items;
        for (QAction *item : menuAction->menu()->actions())
            if (!item->isSeparator())
                items << item->text();
        QVERIFY(!items.isEmpty());
        unique(items, menuAction->text());
        if (QTest::currentTestFailed())
            break;
    }
    unique(titles, u"menu bar"_s);
    QVERIFY(LanguageLoader::install(qApp, u"en"_s, built));
}

void TestMainWindow::tabReachesVerifyAndCopyAndLeavesTheTable()
{
    answerOnScreen();
    auto *first = m_window->findChild<QWidget *>(u"selfieFileMode"_s);
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QStringList visited;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    const qsizetype verify = visited.indexOf(u"verifyButton"_s);
    const qsizetype table = visited.indexOf(u"thresholdTable"_s);
    const qsizetype copy = visited.indexOf(u"copyRequestIdButton"_s);
    const QString trail = visited.join(u", "_s);
    QVERIFY2(verify >= 0, qPrintable(trail));
    QVERIFY2(table >= 0, qPrintable(trail));
    QVERIFY2(copy >= 0, qPrintable(trail));
    // One Tab stop for the table: the next Tab leaves it.
    QVERIFY2(visited.at(table + 1) != u"thresholdTable"_s, qPrintable(trail));
    // Inside, the arrows move the current cell.
    auto *tableWidget = m_window->resultPanel()->thresholdTable();
    tableWidget->setFocus();
    tableWidget->setCurrentCell(0, 0);
    QTest::keyClick(tableWidget, Qt::Key_Down);
    QCOMPARE(tableWidget->currentRow(), 1);
    QVERIFY(tableWidget->hasFocus());
}

void TestMainWindow::altUFocusesTheSelfieUrl()
{
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    auto *url = m_window->findChild<QLineEdit *>(u"selfieUrlEdit"_s);
    QTRY_VERIFY(url->hasFocus());
    QApplication::clipboard()->setText(u"https://example.com/selfie.jpg"_s);
    QTest::keyClick(url, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->selfiePanel()->source(),
             InputSource::url(u"https://example.com/selfie.jpg"_s));
}

void TestMainWindow::ctrlCommaOpensTheSettings()
{
    bool opened = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&opened] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || opened)
            return;
        opened = true;
        dialog->reject();
    });
    poll.start(20);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(opened);
}

void TestMainWindow::verdictGrowsWithTheSpace()
{
    answerOnScreen();
    auto *verdict = m_window->findChild<QLabel *>(u"verdictLabel"_s);
    m_window->resize(1000, 700);
    QTRY_COMPARE(m_window->size(), QSize(1000, 700));
    const qreal small = verdict->font().pointSizeF();
    m_window->resize(1580, 960);
    QTRY_COMPARE(m_window->size(), QSize(1580, 960));
    QVERIFY2(verdict->font().pointSizeF() > small,
             qPrintable(QString::number(verdict->font().pointSizeF())));
}

void TestMainWindow::waitingShowsTheClockAndCancelIsNeutral()
{
    ScriptedHttpServer staller;
    staller.setDefaultReply(ScriptedHttpServer::Reply::stall());
    const QUrl stallerUrl = staller.start();
    QVERIFY(stallerUrl.isValid());
    m_settings->setEndpoint(stallerUrl);
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    QSignalSpy finished(m_window.get(), &MainWindow::verificationFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_window->currentJob());

    auto *waiting = m_window->findChild<QLabel *>(u"waitingLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(waiting->text().contains(u"Waiting for the server's answer"_s), 10000);
    QVERIFY(waiting->isVisible());
    QVERIFY2(waiting->text().contains(u"of 60 s"_s), qPrintable(waiting->text()));
    QTRY_VERIFY_WITH_TIMEOUT(waiting->text().contains(u"… 2 s of"_s), 5000);
    auto *bar = m_window->findChild<QProgressBar *>(u"uploadProgress"_s);
    QCOMPARE(bar->maximum(), 0); // busy, not a full bar
    QCOMPARE(m_window->findChild<QProgressBar *>(u"waitingBusy"_s)->maximum(), 0);
    QVERIFY(!m_window->findChild<QLabel *>(u"verdictLabel"_s)->isVisible());

    QTest::mouseClick(m_window->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    auto *title = m_window->findChild<QLabel *>(u"errorTitle"_s);
    QCOMPARE(title->text(), u"Cancelled, nothing was decided"_s);
    QVERIFY(title->styleSheet().isEmpty());
}

void TestMainWindow::timeoutNamesTheLimitAndTheRequestId()
{
    ScriptedHttpServer staller;
    staller.setDefaultReply(ScriptedHttpServer::Reply::stall());
    const QUrl stallerUrl = staller.start();
    QVERIFY(stallerUrl.isValid());
    m_settings->setEndpoint(stallerUrl);
    QVERIFY(m_settings->setTransferTimeoutSeconds(2));
    // The client reads the settings when they are applied; the settings dialog does that.
    changeThresholdsInTheSettings(0.7, 0.98);
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    QSignalSpy finished(m_window.get(), &MainWindow::verificationFinished);
    // A click: after the modal dialog the window may not be the active one for Ctrl+Return.
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(m_window->currentJob());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!staller.requests().isEmpty());
    const QString sent = QString::fromLatin1(staller.requests().first().header("X-Request-ID"));
    QVERIFY(!sent.isEmpty());
    QCOMPARE(m_window->findChild<QLabel *>(u"errorSentRequestId"_s)->text(), sent);
    const QString note = m_window->findChild<QLabel *>(u"errorNote"_s)->text();
    QVERIFY2(note.contains(u"2 s"_s), qPrintable(note));
    QVERIFY2(note.contains(u"may still have processed"_s), qPrintable(note));
}

// SQLite's documented way to a full disk: PRAGMA max_page_count at the pages it has, on the
// window's own connection, then rows until none fits. The answer still shows, marked.
void TestMainWindow::fullDatabaseMarksTheAnswerNotRecorded()
{
    QVERIFY(m_history->open().ok());
    QSqlDatabase db;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (QSqlDatabase::database(name, false).databaseName() == m_history->databasePath())
            db = QSqlDatabase::database(name, false);
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
    const int pages = query.value(0).toInt();
    query.finish();
    QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    query.finish();
    HistoryEntry filler;
    filler.verdict = u"error"_s;
    filler.status = u"OK"_s;
    filler.timeUtc = QDateTime::currentDateTimeUtc();
    int stored = 0;
    while (stored < 1000 && m_history->record(filler).value > 0)
        ++stored;
    QVERIFY(stored < 1000);

    m_server.enqueue(ScriptedHttpServer::Reply::json(200, answer("0.8712", "0.031")));
    m_window->selfiePanel()->setFile(m_selfie);
    m_window->livenessPanel()->setFile(m_liveness);
    verifyAndWait();
    QCOMPARE(m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Same person"_s);
    auto *mark = m_window->findChild<QLabel *>(u"notRecordedLabel"_s);
    QVERIFY(mark->isVisible());
    QVERIFY2(mark->text().contains(u"Not recorded in the history"_s), qPrintable(mark->text()));
    QVERIFY2(mark->text().contains(u"full"_s), qPrintable(mark->text()));
    QVERIFY(!m_window->resultPanel()->isRecorded());

    m_window->resultPanel()->clear();
    QVERIFY(mark->isHidden());
}

namespace {

// The records as a store with no retention of its own reads them, oldest first.
QStringList storedRequestIds(const QString &path)
{
    HistoryStore reader(path);
    QStringList ids;
    const QList<HistoryEntry> entries = reader.entries(-1).value;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        ids << it->requestId;
    return ids;
}

} // namespace

void TestMainWindow::retentionAtStartAndFromTheSettings()
{
    const QString path = m_dir.filePath(u"aged/history.sqlite"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        HistoryStore writer(path);
        for (const int daysAgo : {400, 100, 10}) {
            HistoryEntry e;
            e.timeUtc = now.addDays(-daysAgo);
            e.requestId = u"days-%1"_s.arg(daysAgo);
            e.verdict = u"error"_s;
            e.status = u"NETWORK_ERROR"_s;
            QVERIFY(writer.record(e).value > 0);
        }
    }
    QCOMPARE(m_settings->historyRetentionDays(), AppSettings::DefaultRetentionDays);

    // Purged as the window starts: no verification, no look at the history.
    HistoryStore store(path);
    MainWindow window(m_settings.get(), m_credentials.get(), &store);
    QCOMPARE(storedRequestIds(path), QStringList({u"days-100"_s, u"days-10"_s}));
    QVERIFY(window.historyRetention());
    QVERIFY(window.historyRetention()->isActive());

    // A shorter retention chosen in the settings purges at once, without a restart.
    bool changed = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&changed] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || changed)
            return;
        changed = true;
        dialog->findChild<QSpinBox *>(u"retentionBox"_s)->setValue(30);
        dialog->accept();
    });
    poll.start(20);
    window.openSettings();
    QVERIFY(changed);
    QCOMPARE(m_settings->historyRetentionDays(), 30);
    QCOMPARE(store.retentionDays(), 30);
    QCOMPARE(storedRequestIds(path), QStringList({u"days-10"_s}));
    QVERIFY(m_settings->setHistoryRetentionDays(AppSettings::DefaultRetentionDays));
}

void TestMainWindow::damagedHistoryIsToldAtStart()
{
    const QString folder = m_dir.filePath(u"damaged"_s);
    QVERIFY(QDir().mkpath(folder));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char(i * 13 + 5));
    {
        QFile file(folder + u"/history.sqlite"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    HistoryStore store(folder + u"/history.sqlite"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MainWindow window(m_settings.get(), m_credentials.get(), &store);

    // A box once the window is up, not a status line that fades: it names the kept file.
    QTRY_COMPARE(MessageBox::lastTitle(), u"The history was started anew"_s);
    const QStringList aside = QDir(folder).entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString asidePath = folder + u'/' + aside.first();
    QVERIFY2(MessageBox::lastText().contains(asidePath), qPrintable(MessageBox::lastText()));
    QFile kept(asidePath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    // The new history is in use.
    QCOMPARE(store.count().value, 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
