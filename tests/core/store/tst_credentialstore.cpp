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
    void secretNotInPlainFiles();
    void cleanupTestCase();

private:
    QString m_service = u"VerifyDesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_key = CredentialStore::keyFor(QUrl(u"http://127.0.0.1:8080"_s), u"demo"_s);
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
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::secretRead);
    QSignalSpy notFound(&store, &CredentialStore::secretNotFound);
    QSignalSpy removed(&store, &CredentialStore::removed);
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);

    store.read(m_key); // nothing stored yet: a normal answer, not an error
    QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 20000);
    QCOMPARE(notFound.first().at(0).toString(), m_key);

    store.write(m_key, m_first);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
    store.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
    QCOMPARE(read.last().at(1).toString(), m_first);

    store.write(m_key, m_second);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 20000);
    store.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 20000);
    QCOMPARE(read.last().at(0).toString(), m_key);
    QCOMPARE(read.last().at(1).toString(), m_second);

    store.remove(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
    store.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 2, 20000);
    store.remove(m_key); // removing what is not there is fine
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 2, 20000);

    QCOMPARE(failed.count(), 0);
    QCOMPARE(sessionOnly.count(), 0);
    QVERIFY(!store.isSessionOnly());
}

void TestCredentialStore::persistsAcrossInstances()
{
    {
        CredentialStore writer(nullptr, m_service);
        QSignalSpy written(&writer, &CredentialStore::written);
        writer.write(m_key, m_first);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
    }
    CredentialStore reader(nullptr, m_service);
    QSignalSpy read(&reader, &CredentialStore::secretRead);
    reader.read(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
    QCOMPARE(read.first().at(1).toString(), m_first);
    QVERIFY(!reader.isSessionOnly());
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
    QSignalSpy removed(&store, &CredentialStore::removed);
    store.remove(m_key);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
