// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitesthelpers.h"
#include "livenesspanel.h"
#include "mainwindow.h"
#include "resultpanel.h"
#include "selfiepanel.h"
#include "serverprocess.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"
#include "thresholdtablewidget.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString demoFile(const QString &name)
{
    return QStringLiteral(VD_E2E_DEMO_DIR) + u'/' + name;
}
} // namespace

// The operator's whole flow in the real window against the real verifydesk-server: drop the
// selfie, pick the liveness capture, verify, read the verdict and the table from the widgets.
class TestGuiEndToEnd : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    void verifyAndWait()
    {
        GuiTestHelpers::verifyAndWait(m_window.get(), GuiTestHelpers::VerifyBy::Click, 120000);
    }

    QString verdictText() const { return m_window->findChild<QLabel *>(u"verdictLabel"_s)->text(); }

private slots:
    void initTestCase()
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
        m_credentials = std::make_unique<CredentialStore>();
        m_history = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
        m_window =
            std::make_unique<MainWindow>(m_settings.get(), m_credentials.get(), m_history.get());
        m_window->setEnvironmentSecret(u"demo-secret"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.stop();
    }

    void samePerson()
    {
        GuiTestHelpers::dropFile(m_window->findChild<QWidget *>(u"selfieDropZone"_s),
                                 demoFile(u"selfie.jpg"_s));
        QCOMPARE(m_window->selfiePanel()->source(), InputSource::file(demoFile(u"selfie.jpg"_s)));
        m_window->livenessPanel()->setFile(demoFile(u"liveness-genuine.protobuf"_s));
        verifyAndWait();

        QCOMPARE(verdictText(), u"Same person"_s);
        ThresholdTableWidget *table = m_window->resultPanel()->thresholdTable();
        QCOMPARE(table->decisionRow(), 3);
        QVERIFY(table->reachedRow() >= 3);
        QVERIFY(m_window->findChild<QLabel *>(u"requestIdLabel"_s)->text().startsWith(u"TID"_s));
        QVERIFY(!m_window->findChild<QLabel *>(u"imageIdLabel"_s)->text().isEmpty());
        QCOMPARE(m_history->count().value, 1);
    }

    void replayedPictureIsAnAttack()
    {
        m_window->livenessPanel()->setFile(demoFile(u"liveness-replay.protobuf"_s));
        verifyAndWait();
        QCOMPARE(verdictText(), u"Possible attack"_s);
    }

    void otherPersonIsNotTheSame()
    {
        m_window->selfiePanel()->setFile(demoFile(u"selfie-other-person.jpg"_s));
        m_window->livenessPanel()->setFile(demoFile(u"liveness-genuine.protobuf"_s));
        verifyAndWait();
        QCOMPARE(verdictText(), u"Not the same person"_s);
        QVERIFY(m_window->resultPanel()->thresholdTable()->reachedRow() < 3);
    }
};

QTEST_MAIN(TestGuiEndToEnd)
#include "tst_guiendtoend.moc"
