#include "secretscan.h"
#include "store/credentialstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

// Runs with no D-Bus at all, and again on a private D-Bus with no unlocked keyring (see this
// folder's CMakeLists.txt): the store must fall back to session-only memory, say so, and write
// nothing anywhere.
class TestCredentialStoreNoDbus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fallsBackToSessionMemory();
    void sharedForThisRunOnly();
    void nothingOnDisk();

private:
    QTemporaryDir m_home;
    QString m_secret = u"nodbus-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_key = CredentialStore::keyFor(QUrl(u"https://cloudapi.linkface.cn"_s), u"id-1"_s);
};

void TestCredentialStoreNoDbus::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything a fallback could write to lives in this fresh home, scanned at the end.
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                             "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = m_home.filePath(QLatin1String(name));
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(name, dir.toLocal8Bit());
    }
    // ctest already removes these; repeating it keeps the test honest when run by hand. The
    // "no keyring" variant keeps the private bus it runs on, which has no unlocked keyring.
    if (!qEnvironmentVariableIsSet("VD_TEST_BUS_WITHOUT_KEYRING"))
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QCoreApplication::setOrganizationName(u"VerifyDesk"_s);
    QCoreApplication::setApplicationName(u"verifydesk"_s);
}

void TestCredentialStoreNoDbus::fallsBackToSessionMemory()
{
    CredentialStore store(nullptr, u"VerifyDesk-nodbus-test"_s);
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::secretRead);
    QSignalSpy notFound(&store, &CredentialStore::secretNotFound);
    QSignalSpy removed(&store, &CredentialStore::removed);
    QSignalSpy failed(&store, &CredentialStore::failed);
    QVERIFY(!store.isSessionOnly());

    store.write(m_key, m_secret);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
    QCOMPARE(written.first().at(0).toString(), m_key);
    QVERIFY(store.isSessionOnly());
    QCOMPARE(sessionOnly.count(), 1);
    QCOMPARE(sessionOnly.first().at(0).toBool(), true);
    const QString reason = sessionOnly.first().at(1).toString();
    QCOMPARE(reason, store.sessionOnlyReason());
    // The reason carries the keyring's own words: "Cannot autolaunch D-Bus ..." with no bus,
    // "... /org/freedesktop/secrets/collection/login" with a bus but no usable keyring.
    QVERIFY2(reason.contains(u"D-Bus"_s) || reason.contains(u"/org/freedesktop/secrets"_s),
             qPrintable(reason));
    QVERIFY(!reason.contains(m_secret));

    store.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 5000);
    QCOMPARE(read.first().at(0).toString(), m_key);
    QCOMPARE(read.first().at(1).toString(), m_secret);

    store.read(u"other/key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 5000);
    QCOMPARE(notFound.first().at(0).toString(), u"other/key"_s);

    store.remove(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
    store.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 2, 5000);

    store.write(m_key, m_secret);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 5000);
    QCOMPARE(sessionOnly.count(), 1); // said once
    QCOMPARE(failed.count(), 0);      // no keyring is not a failure
}

void TestCredentialStoreNoDbus::sharedForThisRunOnly()
{
    // A second store (another window, the CLI) of the same run starts session-only and sees
    // the session secret.
    CredentialStore store(nullptr, u"VerifyDesk-nodbus-test"_s);
    QVERIFY(store.isSessionOnly());
    QVERIFY(!store.sessionOnlyReason().isEmpty());
    QSignalSpy read(&store, &CredentialStore::secretRead);
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);
    store.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 5000);
    QCOMPARE(read.first().at(1).toString(), m_secret);
    QCOMPARE(sessionOnly.count(), 0);

    // Another service name is another keyring entry.
    CredentialStore other(nullptr, u"VerifyDesk-nodbus-other"_s);
    QSignalSpy notFound(&other, &CredentialStore::secretNotFound);
    other.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 5000);
}

void TestCredentialStoreNoDbus::nothingOnDisk()
{
    QSettings settings;
    settings.sync();
    const QStringList found = secretscan::filesContaining(m_home.path(), m_secret);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    QVERIFY(!QFile::exists(settings.fileName()) || settings.allKeys().isEmpty());

    // The scan itself works: a planted UTF-16 copy of a marker is found.
    const QString marker = u"marker-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile planted(m_home.filePath(u"XDG_DATA_HOME/planted.bin"_s));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
    planted.close();
    QCOMPARE(secretscan::filesContaining(m_home.path(), marker), QStringList{planted.fileName()});
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoDbus)
#include "tst_credentialstore_nodbus.moc"
