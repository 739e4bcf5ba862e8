// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialoutcome.h"
#include "secretscan.h"
#include "store/credentialstore.h"
#include "store/historystore.h"
#include "store/keptcopykey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
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
    void concurrentReadsGetTheirOwnAnswers();
    void keptCopiesNeedAKeyring();
    void nothingOnDisk();

private:
    QTemporaryDir m_home;
    QString m_secret = u"nodbus-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrl m_endpoint = QUrl(u"https://cloudapi.linkface.cn"_s);
    QString m_apiId = u"id-1"_s;
    QString m_key = CredentialStore::keyFor(m_endpoint, m_apiId);
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
    QVERIFY(!store.isSessionOnly());

    CredentialOutcome written = CredentialOutcome::of(store.write(m_endpoint, m_apiId, m_secret));
    QVERIFY(written.finished);
    QCOMPARE(written.key, m_key);
    QVERIFY(written.error.ok()); // no keyring is not a failure
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

    CredentialOutcome read = CredentialOutcome::of(store.read(m_endpoint, m_apiId), 5000);
    QVERIFY(read.finished);
    QCOMPARE(read.key, m_key);
    QCOMPARE(read.secret, m_secret);
    QVERIFY(!read.notFound);

    read = CredentialOutcome::of(store.read(m_endpoint, u"other"_s), 5000);
    QVERIFY(read.finished && read.notFound && read.error.ok());
    QCOMPARE(read.key, CredentialStore::keyFor(m_endpoint, u"other"_s));

    const CredentialOutcome removed =
        CredentialOutcome::of(store.remove(m_endpoint, m_apiId), 5000);
    QVERIFY(removed.finished && removed.error.ok());
    read = CredentialOutcome::of(store.read(m_endpoint, m_apiId), 5000);
    QVERIFY(read.finished && read.notFound);

    written = CredentialOutcome::of(store.write(m_endpoint, m_apiId, m_secret), 5000);
    QVERIFY(written.finished && written.error.ok());
    QCOMPARE(sessionOnly.count(), 1); // said once
}

void TestCredentialStoreNoDbus::sharedForThisRunOnly()
{
    // A second store (another window, the CLI) of the same run starts session-only and sees
    // the session secret.
    CredentialStore store(nullptr, u"VerifyDesk-nodbus-test"_s);
    QVERIFY(store.isSessionOnly());
    QVERIFY(!store.sessionOnlyReason().isEmpty());
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);
    const CredentialOutcome read = CredentialOutcome::of(store.read(m_endpoint, m_apiId), 5000);
    QVERIFY(read.finished);
    QCOMPARE(read.secret, m_secret);
    QCOMPARE(sessionOnly.count(), 0);

    // Another service name is another keyring entry.
    CredentialStore other(nullptr, u"VerifyDesk-nodbus-other"_s);
    const CredentialOutcome elsewhere =
        CredentialOutcome::of(other.read(m_endpoint, m_apiId), 5000);
    QVERIFY(elsewhere.finished && elsewhere.notFound);
}

void TestCredentialStoreNoDbus::concurrentReadsGetTheirOwnAnswers()
{
    CredentialStore store(nullptr, u"VerifyDesk-nodbus-test"_s);
    const QString otherSecret = u"other-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(CredentialOutcome::of(store.write(m_endpoint, u"id-2"_s, otherSecret)).finished);

    // All three in flight at once; each job answers for its own key only.
    const auto first = CredentialOutcome::watch(store.read(m_endpoint, m_apiId));
    const auto second = CredentialOutcome::watch(store.read(m_endpoint, u"id-2"_s));
    const auto missing = CredentialOutcome::watch(store.read(m_endpoint, u"id-3"_s));
    QVERIFY(!first->finished && !second->finished && !missing->finished);
    QTRY_VERIFY_WITH_TIMEOUT(first->finished && second->finished && missing->finished, 5000);
    QCOMPARE(first->key, m_key);
    QCOMPARE(first->secret, m_secret);
    QCOMPARE(second->key, CredentialStore::keyFor(m_endpoint, u"id-2"_s));
    QCOMPARE(second->secret, otherSecret);
    QVERIFY(!first->notFound && !second->notFound);
    QVERIFY(missing->notFound);
    QVERIFY(missing->secret.isEmpty());
}

// With no keyring there is no key for the kept copies: a key in memory would make today's copies
// unreadable tomorrow. So nothing is kept, and the reason is given once.
void TestCredentialStoreNoDbus::keptCopiesNeedAKeyring()
{
    CredentialStore store(nullptr, u"VerifyDesk-nodbus-test"_s);
    KeptCopyKey key(&store);
    QSignalSpy done(&key, &KeptCopyKey::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Input copies are not kept"_s));
    key.fetch();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(key.key().isEmpty());
    QVERIFY(key.problem().contains(u"no keyring"_s));

    const QString selfie = m_home.filePath(u"selfie.jpg"_s);
    QFile file(selfie);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("face");
    file.close();
    HistoryStore history(m_home.filePath(u"data/history.sqlite"_s));
    history.setKeepInputs(true);
    QVERIFY(history.setCopyKey(key.key()).ok());
    HistoryEntry entry;
    entry.verdict = u"same_person"_s;
    entry.status = u"OK"_s;
    entry.selfie = {HistoryInput::Kind::File, selfie, {}, {}};
    QVERIFY(history.record(entry).ok());
    QVERIFY(history.entries().value.first().selfie.storedCopy.isEmpty());
    QVERIFY(!QFileInfo::exists(history.keptCopiesFolder()));
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
