// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestrow.h"
#include "credentialoutcome.h"
#include "messagebox.h"
#include "scriptedhttpserver.h"
#include "services/languageloader.h"
#include "settingsdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings dialog's connection part: the secret follows a moved endpoint only with the
// operator's consent, and Test connection says what the server answered.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void movedEndpointCopiesTheSecret();
    void movedEndpointAsksForTheSecret();
    void movedEndpointWithItsOwnSecretIsNotAsked();
    void testConnection_data();
    void testConnection();
    void testConnectionWithoutASecret();
    void retentionIsSetWithTheKeyboard();

private:
    QLineEdit *edit(SettingsDialog &dialog, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    CredentialStore m_credentials;
    ScriptedHttpServer m_server;
    QUrl m_base;
    const QUrl m_old = QUrl(u"http://127.0.0.1:1"_s);
    const QUrl m_new = QUrl(u"http://127.0.0.2:2"_s);
    const QString m_apiId = u"acct-move"_s;
    const QString m_secret = u"moving-secret-789"_s;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_server.start();
    QVERIFY(m_base.isValid());
}

void TestSettingsDialog::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setEndpoint(m_old);
    m_settings->setApiId(m_apiId);
    m_settings->setProxyMode(AppSettings::ProxyMode::None);
    QVERIFY(CredentialOutcome::of(m_credentials.write(m_old, m_apiId, m_secret)).error.ok());
}

void TestSettingsDialog::cleanup()
{
    for (const QUrl &url : {m_old, m_new, m_base})
        QVERIFY(CredentialOutcome::of(m_credentials.remove(url, m_apiId)).error.ok());
}

QLineEdit *TestSettingsDialog::edit(SettingsDialog &dialog, const QString &name)
{
    return dialog.findChild<QLineEdit *>(name);
}

void TestSettingsDialog::movedEndpointCopiesTheSecret()
{
    SettingsDialog dialog(m_settings.get(), &m_credentials);
    edit(dialog, u"endpointEdit"_s)->setText(m_new.toString());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(MessageBox::lastTitle(), u"api_secret for the new endpoint"_s);
    QVERIFY(MessageBox::lastText().contains(m_new.toDisplayString()));
    QVERIFY(!MessageBox::lastText().contains(m_secret));
    QCOMPARE(m_settings->endpoint(), m_new);
    QVERIFY(dialog.connectionChanged());
    const CredentialOutcome copied = CredentialOutcome::of(m_credentials.read(m_new, m_apiId));
    QCOMPARE(copied.secret, m_secret);
}

void TestSettingsDialog::movedEndpointAsksForTheSecret()
{
    SettingsDialog dialog(m_settings.get(), &m_credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog, u"endpointEdit"_s)->setText(m_new.toString());
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.accept();
    // Still open, waiting for the secret of the new endpoint; nothing was copied.
    QTRY_VERIFY(edit(dialog, u"secretEdit"_s)->placeholderText().contains(m_new.toDisplayString()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_settings->endpoint(), m_old);
    QVERIFY(CredentialOutcome::of(m_credentials.read(m_new, m_apiId)).notFound);

    edit(dialog, u"secretEdit"_s)->setText(u"typed-for-new"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.enteredSecret(), u"typed-for-new"_s);
    QCOMPARE(m_settings->endpoint(), m_new);
}

void TestSettingsDialog::movedEndpointWithItsOwnSecretIsNotAsked()
{
    QVERIFY(CredentialOutcome::of(m_credentials.write(m_new, m_apiId, u"its-own"_s)).error.ok());
    // A box answered here marks the last one asked for.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, u"marker"_s, QString());
    SettingsDialog dialog(m_settings.get(), &m_credentials);
    edit(dialog, u"endpointEdit"_s)->setText(m_new.toString());
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(MessageBox::lastTitle(), u"marker"_s); // no question came
    QCOMPARE(CredentialOutcome::of(m_credentials.read(m_new, m_apiId)).secret, u"its-own"_s);
}

void TestSettingsDialog::testConnection_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("credentials accepted")
        << 400 << QByteArray("INVALID_ARGUMENT") << u"✓ Connection and credentials OK"_s;
    QTest::newRow("credentials refused")
        << 401 << QByteArray("UNAUTHORIZED") << u"✗ The server is reachable, but it refused"_s;
}

void TestSettingsDialog::testConnection()
{
    QFETCH(int, http);
    QFETCH(QByteArray, status);
    QFETCH(QString, expected);
    m_settings->setEndpoint(m_base);
    SettingsDialog dialog(m_settings.get(), &m_credentials);
    edit(dialog, u"secretEdit"_s)->setText(u"typed-secret"_s);
    auto *row = dialog.findChild<ConnectionTestRow *>();
    QVERIFY(row);
    m_server.enqueue(ScriptedHttpServer::Reply::json(
        http, "{\"request_id\":\"TID1\",\"status\":\"" + status + "\"}"));
    const qsizetype before = m_server.requests().size();
    QSignalSpy finished(row, &ConnectionTestRow::finished);
    QTest::mouseClick(row->button(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(row->resultText().startsWith(expected), qPrintable(row->resultText()));
    QVERIFY(row->resultText().contains(QString::fromLatin1(status)) ||
            status == "INVALID_ARGUMENT");
    // One request, without any input: only the credentials.
    QCOMPARE(m_server.requests().size(), before + 1);
    const QByteArray body = m_server.requests().last().body;
    QVERIFY(body.contains("typed-secret"));
    QVERIFY(!body.contains("selfie_file") && !body.contains("liveness_data"));
    QVERIFY(!row->resultText().contains(u"typed-secret"_s));
}

void TestSettingsDialog::testConnectionWithoutASecret()
{
    m_settings->setEndpoint(m_base);
    SettingsDialog dialog(m_settings.get(), &m_credentials);
    auto *row = dialog.findChild<ConnectionTestRow *>();
    const qsizetype before = m_server.requests().size();
    QTest::mouseClick(row->button(), Qt::LeftButton);
    QTRY_VERIFY(row->resultText().contains(u"No api_secret is saved"_s));
    QCOMPARE(m_server.requests().size(), before);
}

void TestSettingsDialog::retentionIsSetWithTheKeyboard()
{
    // The unit is a plural form ("1 day", "45 days"), which the English translation holds.
    QVERIFY(
        LanguageLoader::install(qApp, u"en"_s, QStringLiteral(VD_BINARY_DIR) + u"/translations"_s));
    SettingsDialog dialog(m_settings.get(), &m_credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *box = dialog.findChild<QSpinBox *>(u"retentionBox"_s);
    QVERIFY(box);
    QCOMPARE(box->value(), AppSettings::DefaultRetentionDays);
    QCOMPARE(box->maximum(), AppSettings::MaxRetentionDays);
    QCOMPARE(box->minimum(), 0);

    // Alt+R reaches the box through its label.
    QLabel *label = nullptr;
    for (QLabel *candidate : dialog.findChildren<QLabel *>())
        if (candidate->buddy() == box)
            label = candidate;
    QVERIFY(label);
    QCOMPARE(label->text(), u"&Retain the history for:"_s);
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), box);

    box->selectAll();
    QTest::keyClicks(box, u"45"_s);
    QCOMPARE(box->value(), 45);
    QCOMPARE(box->text(), u"45 days"_s);
    box->setValue(1);
    QCOMPARE(box->text(), u"1 day"_s);
    box->setValue(45);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->historyRetentionDays(), 45);
    QCOMPARE(AppSettings(m_settings->fileName()).historyRetentionDays(), 45);

    SettingsDialog again(m_settings.get(), &m_credentials);
    auto *keepAll = again.findChild<QSpinBox *>(u"retentionBox"_s);
    QCOMPARE(keepAll->value(), 45);
    // 0 reads as keeping everything, not as "0 days".
    keepAll->setValue(0);
    QCOMPARE(keepAll->text(), u"forever (keep every record)"_s);
    again.accept();
    QCOMPARE(m_settings->historyRetentionDays(), 0);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
