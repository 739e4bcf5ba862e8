#include "mainwindow.h"
#include "setupdialog.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"

#include <QDirIterator>
#include <QLabel>
#include <QSignalSpy>
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

    const QString secret = u"memory-only-secret-789"_s;
    QSignalSpy written(&credentials, &CredentialStore::written);
    credentials.write(CredentialStore::keyFor(endpoint, settings.apiId()), secret);
    QVERIFY(written.wait(20000));
    QVERIFY(credentials.isSessionOnly());
    window.setSecret(secret);

    auto *status = window.findChild<QLabel *>(u"secretStatus"_s);
    QVERIFY2(status->text().contains(u"this session only"_s), qPrintable(status->text()));
    QVERIFY(!status->toolTip().isEmpty()); // the keyring's own reason

    // Reading it back works for this run, from memory.
    QSignalSpy read(&credentials, &CredentialStore::secretRead);
    window.loadSecret();
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), secret);

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
