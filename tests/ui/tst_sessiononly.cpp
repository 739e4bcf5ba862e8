// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialoutcome.h"
#include "mainwindow.h"
#include "setupdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"

#include <QDirIterator>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// With no keyring reachable (no D-Bus session; CMakeLists.txt unsets it), the window says so
// plainly and keeps the secret in memory only.
class TestSessionOnly : public QObject
{
    Q_OBJECT

private slots:
    void secretIsKeptForThisSessionOnly();
};

void TestSessionOnly::secretIsKeptForThisSessionOnly()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    const QUrl endpoint(u"http://127.0.0.1:9"_s);
    settings.setEndpoint(endpoint);
    settings.setApiId(u"acct-nokeyring"_s);
    settings.setFirstRunDone(true);
    CredentialStore credentials;
    MainWindow window(&settings, &credentials, nullptr);
    window.show();

    // Stored as the setup and the settings store a secret typed in.
    const QString secret = u"memory-only-secret-789"_s;
    window.storeSecret(secret);
    QTRY_VERIFY_WITH_TIMEOUT(credentials.isSessionOnly(), 20000);

    auto *status = window.findChild<QLabel *>(u"secretStatus"_s);
    QTRY_VERIFY2(status->text().contains(u"this session only"_s), qPrintable(status->text()));
    QVERIFY(!status->toolTip().isEmpty()); // the keyring's own reason

    // Reading it back works for this run, from memory: another window finds it.
    const CredentialOutcome read =
        CredentialOutcome::of(credentials.read(endpoint, settings.apiId()));
    QVERIFY(read.finished);
    QCOMPARE(read.secret, secret);
    MainWindow second(&settings, &credentials, nullptr);
    auto *secondStatus = second.findChild<QLabel *>(u"secretStatus"_s);
    QVERIFY(!secondStatus->text().contains(u"this session only"_s));
    second.loadSecret();
    QTRY_VERIFY2(secondStatus->text().contains(u"this session only"_s),
                 qPrintable(secondStatus->text()));

    SetupDialog setup(&settings, &credentials);
    bool warned = false;
    for (QLabel *label : setup.findChildren<QLabel *>())
        warned = warned || label->text().contains(u"kept in memory for this run only"_s);
    QVERIFY(warned);

    // Nothing on disk holds the secret.
    settings.sync();
    for (const QString &root :
         {dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(TestSessionOnly)
#include "tst_sessiononly.moc"
