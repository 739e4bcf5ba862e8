// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionbutton.h"
#include "guitesthelpers.h"
#include "history/historytablemodel.h"
#include "history/historywindow.h"
#include "history/receiptactions.h"
#include "livenesspanel.h"
#include "mainwindow.h"
#include "resultpanel.h"
#include "savefiledialog.h"
#include "selfiepanel.h"
#include "serverprocess.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString demoFile(const QString &name)
{
    return QStringLiteral(VD_E2E_DEMO_DIR) + u'/' + name;
}

// Closes the first modal dialog of this type once it is shown; *seen says whether it was.
template<typename Dialog> void rejectWhenShown(bool *seen)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<Dialog *>(widget);
            if (dialog && dialog->isVisible()) {
                *seen = true;
                dialog->reject();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

// The receipt from the answer panel's window and re-sending a record from the history, against
// the real verifydesk-server (scores from the face engine) and the real keyring.
class TestReceiptActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void disabledBeforeAnAnswer();
    void savedPdfDescribesTheRecord();
    void previewAndPrintDialogsOpenAndClose();
    void disabledAfterTheInputsChange();
    void resendWithKeptCopiesMakesASecondRecord();
    void shortcutsAreUnique();

private:
    void verifyAndWait()
    {
        GuiTestHelpers::verifyAndWait(m_window.get(), GuiTestHelpers::VerifyBy::Click, 120000);
    }
    QString copyOf(const QString &demoName);

    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;
};

QString TestReceiptActions::copyOf(const QString &demoName)
{
    const QString path = m_dir.filePath(demoName);
    QFile::remove(path);
    return QFile::copy(demoFile(demoName), path) ? path : QString();
}

void TestReceiptActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString error =
        m_server.start({u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.port())));
    m_settings->setApiId(u"demo"_s);
    m_settings->setFirstRunDone(true);
    m_settings->setOperatorName(u"Zhang Wei"_s);
    m_settings->setKeepImages(true);
    m_credentials = std::make_unique<CredentialStore>();
    m_history = std::make_unique<HistoryStore>(m_dir.filePath(u"data/history.sqlite"_s));
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_credentials.get(), m_history.get());
    m_window->setEnvironmentSecret(u"demo-secret"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The copies' key comes from the keyring, as for the operator (the window turns keeping on
    // with each record; here it is on before, to wait for the key).
    m_history->setKeepInputs(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_history->keepsCopies(), 20000);
}

void TestReceiptActions::cleanupTestCase()
{
    m_window.reset();
    m_server.stop();
}

void TestReceiptActions::disabledBeforeAnAnswer()
{
    ReceiptActions *receipt = m_window->receiptActions();
    for (QAction *action : receipt->actions()) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(u"No answer yet"_s), qPrintable(action->toolTip()));
    }
    // The History menu holds the history and the receipt.
    QMenu *history = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->text() == u"History lo&g"_s)
            history = menu->menu();
    QVERIFY(history);
    QVERIFY(history->actions().contains(receipt->previewAction()));
    QVERIFY(history->actions().contains(receipt->printAction()));
    QVERIFY(history->actions().contains(receipt->saveAction()));
    // The answer panel's Receipt… is the menu's action, disabled for the same reason.
    ActionButton *button = m_window->resultPanel()->receiptButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->action(), receipt->previewAction());
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), receipt->previewAction()->toolTip());
}

void TestReceiptActions::savedPdfDescribesTheRecord()
{
    m_window->selfiePanel()->setFile(copyOf(u"selfie.jpg"_s));
    m_window->livenessPanel()->setFile(copyOf(u"liveness-genuine.protobuf"_s));
    m_window->findChild<QLineEdit *>(u"caseRefEdit"_s)->setText(u"CASE-77"_s);
    verifyAndWait();
    QCOMPARE(m_history->count().value, 1);
    const HistoryEntry recorded = m_history->entries(1).value.first();
    QVERIFY(recorded.verifyScore && recorded.hackScore);
    QAction *save = m_window->receiptActions()->saveAction();
    QVERIFY(save->isEnabled());
    QVERIFY(m_window->resultPanel()->receiptButton()->isEnabled());

    const QString pdf = m_dir.filePath(u"receipt.pdf"_s);
    SaveFileDialog::setNextPath(pdf);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(pdf));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(recorded.requestId), qPrintable(content));
    QVERIFY2(content.contains(QString::number(*recorded.verifyScore, 'f', 4)), qPrintable(content));
    QVERIFY2(content.contains(QString::number(*recorded.hackScore, 'f', 4)), qPrintable(content));
    // The thresholds of the record, which are the settings' at the time.
    QCOMPARE(recorded.verifyThreshold, m_settings->verifyThreshold());
    QCOMPARE(recorded.hackThreshold, m_settings->hackThreshold());
    QVERIFY2(content.contains(u"same person when ≥ %1"_s.arg(recorded.verifyThreshold)),
             qPrintable(content));
    QVERIFY2(content.contains(u"possible attack when > %1"_s.arg(recorded.hackThreshold)),
             qPrintable(content));
    QVERIFY(content.contains(u"Zhang Wei"_s));
    QVERIFY(content.contains(u"CASE-77"_s));
}

void TestReceiptActions::previewAndPrintDialogsOpenAndClose()
{
    QVERIFY(m_window->receiptActions()->isAvailable());
    bool previewShown = false;
    rejectWhenShown<QPrintPreviewDialog>(&previewShown);
    m_window->receiptActions()->previewAction()->trigger();
    QVERIFY(previewShown);

    // The answer panel's button and its mnemonic open the same preview.
    bool buttonShown = false;
    rejectWhenShown<QPrintPreviewDialog>(&buttonShown);
    QTest::mouseClick(m_window->resultPanel()->receiptButton(), Qt::LeftButton);
    QVERIFY(buttonShown);
    bool mnemonicShown = false;
    rejectWhenShown<QPrintPreviewDialog>(&mnemonicShown);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::AltModifier);
    // A mnemonic clicks the button with its animation, a moment later.
    QTRY_VERIFY(mnemonicShown);

    bool printShown = false;
    rejectWhenShown<QPrintDialog>(&printShown);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(printShown);
}

void TestReceiptActions::disabledAfterTheInputsChange()
{
    QVERIFY(m_window->receiptActions()->isAvailable());
    m_window->livenessPanel()->setFile(demoFile(u"liveness-replay.protobuf"_s));
    QVERIFY(!m_window->resultPanel()->isCurrent());
    QAction *save = m_window->receiptActions()->saveAction();
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(u"inputs changed"_s), qPrintable(save->toolTip()));
    ActionButton *button = m_window->resultPanel()->receiptButton();
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(u"inputs changed"_s), qPrintable(button->toolTip()));
    // The shortcut does nothing either.
    const QString pdf = m_dir.filePath(u"stale.pdf"_s);
    SaveFileDialog::setNextPath(pdf);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(200);
    QVERIFY(!QFile::exists(pdf));
    SaveFileDialog::setNextPath({});
}

void TestReceiptActions::resendWithKeptCopiesMakesASecondRecord()
{
    // The files of the first record are gone: only the kept copies can send them again.
    QVERIFY(QFile::remove(m_dir.filePath(u"selfie.jpg"_s)));
    QVERIFY(QFile::remove(m_dir.filePath(u"liveness-genuine.protobuf"_s)));
    m_window->newCustomer();
    m_window->openHistory();
    HistoryWindow *history = m_window->historyWindow();
    QVERIFY(history);
    history->table()->setCurrentIndex(history->model()->index(0, 0));
    const HistoryEntry first = history->model()->entry(0);
    auto *resend = history->findChild<QPushButton *>(u"resendButton"_s);
    QVERIFY2(resend->isEnabled(), qPrintable(resend->toolTip()));
    QVERIFY(!history->findChild<QLabel *>(u"keptSelfieImage"_s)->pixmap().isNull());
    QTest::mouseClick(resend, Qt::LeftButton);

    const InputSource selfie = m_window->selfiePanel()->source();
    QCOMPARE(selfie.kind, InputSource::Kind::File);
    QCOMPARE(HistoryStore::fileSha256(selfie.value).value, first.selfie.sha256);
    QCOMPARE(QFileInfo(selfie.value).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(HistoryStore::fileSha256(m_window->livenessPanel()->source().value).value,
             first.liveness.sha256);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"caseRefEdit"_s)->text(), u"CASE-77"_s);
    QCOMPARE(m_history->count().value, 1); // nothing is sent before Verify

    verifyAndWait();
    QCOMPARE(m_history->count().value, 2);
    const HistoryEntry second = m_history->entries(1).value.first();
    QVERIFY(second.requestId != first.requestId);
    QCOMPARE(second.selfie.sha256, first.selfie.sha256);
    QCOMPARE(second.liveness.sha256, first.liveness.sha256);
    QCOMPARE(second.caseRef, u"CASE-77"_s);
    QCOMPARE(second.verdict, first.verdict);
    history->close();
}

void TestReceiptActions::shortcutsAreUnique()
{
    const auto unique = [](QWidget *window) {
        QHash<QKeySequence, QString> owners;
        for (QAction *action : window->findChildren<QAction *>()) {
            // The history window is a child window with shortcuts of its own.
            const auto *owner = qobject_cast<QWidget *>(action->parent());
            if (owner && owner->window() != window)
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!owners.contains(key),
                         qPrintable(u"%1: \"%2\" and \"%3\""_s.arg(
                             key.toString(), owners.value(key), action->text())));
                owners.insert(key, action->text());
            }
        }
        QVERIFY(owners.contains(QKeySequence::Print));
        QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    };
    unique(m_window.get());
    QVERIFY(m_window->findChildren<QAction *>().size() > 10);
    HistoryWindow history(m_history.get());
    // The history window's own actions only, not the main window's.
    QHash<QKeySequence, QString> owners;
    for (QAction *action : history.actions())
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY(!owners.contains(key));
            owners.insert(key, action->text());
        }
    QCOMPARE(owners.size(), 2);
}

QTEST_MAIN(TestReceiptActions)
#include "tst_receiptactions.moc"
