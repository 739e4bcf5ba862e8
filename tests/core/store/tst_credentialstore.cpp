// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialoutcome.h"
#include "secretscan.h"
#include "store/credentialstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

// Against a real Secret Service: the unlocked gnome-keyring that packaging/test.sh starts on a
// private D-Bus, in a throwaway home.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyFor_data();
    void keyFor();
    void writeReadOverwriteRemove();
    void persistsAcrossInstances();
    void concurrentReadsGetTheirOwnAnswers();
    void secretNotInPlainFiles();
    void cleanupTestCase();

private:
    QString m_service = u"VerifyDesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrl m_endpoint = QUrl(u"http://127.0.0.1:8080"_s);
    QString m_apiId = u"demo"_s;
    QString m_otherApiId = u"demo-other"_s;
    QString m_first = u"first-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_second = u"second-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestCredentialStore::initTestCase()
{
    const QString testHome = qEnvironmentVariable("VD_TEST_HOME");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || testHome.isEmpty() ||
        testHome != qEnvironmentVariable("HOME"))
        QSKIP("Needs the private D-Bus and gnome-keyring of packaging/test.sh (VD_TEST_HOME); "
              "it never touches the user's own keyring.");
}

void TestCredentialStore::keyFor_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("apiId");
    QTest::addColumn<QString>("key");
    QTest::newRow("cloud") << u"https://cloudapi.linkface.cn"_s << u"abc"_s
                           << u"cloudapi.linkface.cn/abc"_s;
    QTest::newRow("port and path")
        << u"http://127.0.0.1:8080/base/"_s << u"demo"_s << u"127.0.0.1:8080/demo"_s;
    QTest::newRow("case") << u"https://CloudAPI.LinkFace.cn"_s << u"Id"_s
                          << u"cloudapi.linkface.cn/Id"_s;
}

void TestCredentialStore::keyFor()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, apiId);
    QFETCH(QString, key);
    QCOMPARE(CredentialStore::keyFor(QUrl(endpoint), apiId), key);
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    CredentialStore store(nullptr, m_service);
    QCOMPARE(store.serviceName(), m_service);
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);
    const QString key = CredentialStore::keyFor(m_endpoint, m_apiId);

    // Nothing stored yet: a normal answer, not an error.
    CredentialOutcome read = CredentialOutcome::of(store.read(m_endpoint, m_apiId));
    QVERIFY(read.finished);
    QVERIFY(read.notFound);
    QVERIFY(read.error.ok());
    QCOMPARE(read.key, key);

    CredentialOutcome written = CredentialOutcome::of(store.write(m_endpoint, m_apiId, m_first));
    QVERIFY(written.finished);
    QVERIFY2(written.error.ok(), qPrintable(written.error.message));
    QCOMPARE(written.key, key);
    read = CredentialOutcome::of(store.read(m_endpoint, m_apiId));
    QVERIFY(!read.notFound);
    QCOMPARE(read.secret, m_first);

    written = CredentialOutcome::of(store.write(m_endpoint, m_apiId, m_second));
    QVERIFY(written.finished && written.error.ok());
    read = CredentialOutcome::of(store.read(m_endpoint, m_apiId));
    QCOMPARE(read.key, key);
    QCOMPARE(read.secret, m_second);

    CredentialOutcome removed = CredentialOutcome::of(store.remove(m_endpoint, m_apiId));
    QVERIFY(removed.finished && removed.error.ok());
    read = CredentialOutcome::of(store.read(m_endpoint, m_apiId));
    QVERIFY(read.finished && read.notFound && read.error.ok());
    QVERIFY(read.secret.isEmpty());
    // Removing what is not there is fine.
    removed = CredentialOutcome::of(store.remove(m_endpoint, m_apiId));
    QVERIFY(removed.finished && removed.error.ok());

    QCOMPARE(sessionOnly.count(), 0);
    QVERIFY(!store.isSessionOnly());
}

void TestCredentialStore::persistsAcrossInstances()
{
    {
        CredentialStore writer(nullptr, m_service);
        const CredentialOutcome written =
            CredentialOutcome::of(writer.write(m_endpoint, m_apiId, m_first));
        QVERIFY(written.finished && written.error.ok());
    }
    CredentialStore reader(nullptr, m_service);
    const CredentialOutcome read = CredentialOutcome::of(reader.read(m_endpoint, m_apiId));
    QVERIFY(read.finished);
    QCOMPARE(read.secret, m_first);
    QVERIFY(!reader.isSessionOnly());
}

void TestCredentialStore::concurrentReadsGetTheirOwnAnswers()
{
    CredentialStore store(nullptr, m_service);
    QVERIFY(CredentialOutcome::of(store.write(m_endpoint, m_apiId, m_first)).error.ok());
    QVERIFY(CredentialOutcome::of(store.write(m_endpoint, m_otherApiId, m_second)).error.ok());

    // Both in flight at once; each job answers for its own key only.
    const auto first = CredentialOutcome::watch(store.read(m_endpoint, m_apiId));
    const auto second = CredentialOutcome::watch(store.read(m_endpoint, m_otherApiId));
    QVERIFY(!first->finished && !second->finished);
    QTRY_VERIFY_WITH_TIMEOUT(first->finished && second->finished, 20000);
    QCOMPARE(first->key, CredentialStore::keyFor(m_endpoint, m_apiId));
    QCOMPARE(first->secret, m_first);
    QCOMPARE(second->key, CredentialStore::keyFor(m_endpoint, m_otherApiId));
    QCOMPARE(second->secret, m_second);

    QVERIFY(CredentialOutcome::of(store.remove(m_endpoint, m_otherApiId)).error.ok());
}

void TestCredentialStore::secretNotInPlainFiles()
{
    // The keyring's own file is encrypted; no settings file or anything else holds the secret.
    QSettings settings;
    settings.sync();
    const QStringList found =
        secretscan::filesContaining(qEnvironmentVariable("VD_TEST_HOME"), m_first);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
}

void TestCredentialStore::cleanupTestCase()
{
    CredentialStore store(nullptr, m_service);
    QVERIFY(CredentialOutcome::of(store.remove(m_endpoint, m_apiId)).finished);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
