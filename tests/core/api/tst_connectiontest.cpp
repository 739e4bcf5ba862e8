// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/connectiontest.h"
#include "api/verificationclient.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ConnectionTest::Outcome)

// The connection test of the setup and settings dialogs, against the real verifydesk-server.
class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void credentials_data();
    void credentials();
    void refusedPort();
    void wrongPath();
    void missingSecretIsNotSent();

private:
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.port())); }
    // Runs one test to its end.
    void run(ConnectionTest *test, const QUrl &base, const QString &apiId, const QString &secret);

    QTemporaryDir m_tmp;
    ServerProcess m_server;
    VerificationClient m_client;
};

void TestConnectionTest::initTestCase()
{
    QFile accounts(m_tmp.filePath(u"accounts.json"_s));
    QVERIFY(accounts.open(QIODevice::WriteOnly));
    accounts.write(R"({"accounts": [
        {"id": "ID", "secret": "SECRET-of-ID", "rate_limit_per_second": 0},
        {"id": "expired", "secret": "Expired-Secret", "expires": "2020-01-31", "rate_limit_per_second": 0},
        {"id": "noperm", "secret": "NoPerm-Secret", "permission": false, "rate_limit_per_second": 0}
    ]})");
    accounts.close();
    const QString error =
        m_server.start({u"--accounts"_s, accounts.fileName(), u"--workers"_s, u"1"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ClientSettings settings;
    settings.transferTimeoutMs = 20000;
    settings.maxRetries = 0;
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    m_client.setSettings(settings);
}

void TestConnectionTest::run(ConnectionTest *test, const QUrl &base, const QString &apiId,
                             const QString &secret)
{
    QSignalSpy finished(test, &ConnectionTest::finished);
    test->start(base, apiId, secret);
    QCOMPARE(test->outcome(), ConnectionTest::Outcome::Running);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
}

void TestConnectionTest::credentials_data()
{
    QTest::addColumn<QString>("apiId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<ConnectionTest::Outcome>("outcome");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");

    QTest::newRow("good credentials")
        << u"ID"_s << u"SECRET-of-ID"_s << ConnectionTest::Outcome::CredentialsAccepted
        << u"INVALID_ARGUMENT"_s << u"credentials OK"_s;
    QTest::newRow("wrong secret") << u"ID"_s << u"not-the-secret"_s
                                  << ConnectionTest::Outcome::CredentialsRefused
                                  << u"UNAUTHORIZED"_s << u"refused the credentials"_s;
    QTest::newRow("unknown api_id")
        << u"nobody"_s << u"SECRET-of-ID"_s << ConnectionTest::Outcome::CredentialsRefused
        << u"UNAUTHORIZED"_s << u"refused the credentials"_s;
    QTest::newRow("expired key") << u"expired"_s << u"Expired-Secret"_s
                                 << ConnectionTest::Outcome::CredentialsRefused << u"KEY_EXPIRED"_s
                                 << u"refused the credentials"_s;
    QTest::newRow("no permission")
        << u"noperm"_s << u"NoPerm-Secret"_s << ConnectionTest::Outcome::CredentialsRefused
        << u"NO_PERMISSION"_s << u"refused the credentials"_s;
}

void TestConnectionTest::credentials()
{
    QFETCH(QString, apiId);
    QFETCH(QString, secret);
    QFETCH(ConnectionTest::Outcome, outcome);
    QFETCH(QString, code);
    QFETCH(QString, words);

    ConnectionTest test(&m_client);
    run(&test, baseUrl(), apiId, secret);
    QCOMPARE(test.outcome(), outcome);
    QCOMPARE(test.error().code, code);
    QVERIFY2(test.message().contains(words), qPrintable(test.message()));
    QVERIFY(!test.message().contains(secret));
    QVERIFY(!test.technicalLine().contains(secret));
    if (outcome == ConnectionTest::Outcome::CredentialsRefused)
        QVERIFY2(test.message().contains(code), qPrintable(test.message()));
}

void TestConnectionTest::refusedPort()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ConnectionTest test(&m_client);
    run(&test, QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"ID"_s, u"SECRET-of-ID"_s);
    QCOMPARE(test.outcome(), ConnectionTest::Outcome::ConnectionFailed);
    QCOMPARE(test.error().code, u"CONNECTION_REFUSED"_s);
    QVERIFY2(test.message().contains(u"Connection refused"_s), qPrintable(test.message()));
}

void TestConnectionTest::wrongPath()
{
    ConnectionTest test(&m_client);
    QUrl base = baseUrl();
    base.setPath(u"/not-the-api"_s);
    run(&test, base, u"ID"_s, u"SECRET-of-ID"_s);
    QCOMPARE(test.outcome(), ConnectionTest::Outcome::UnexpectedAnswer);
    QCOMPARE(test.error().code, u"NOT_FOUND"_s);
    QVERIFY2(test.message().contains(u"NOT_FOUND"_s), qPrintable(test.message()));
}

void TestConnectionTest::missingSecretIsNotSent()
{
    // The server logs a request after its answer, and the log reaches us through a pipe: a
    // request sent before and after, each waited for in the log, fence the attempt in.
    const auto fence = [this]() -> QString {
        ConnectionTest sent(&m_client);
        run(&sent, baseUrl(), u"ID"_s, u"SECRET-of-ID"_s);
        const QString tid = sent.error().requestId;
        const bool logged =
            !tid.isEmpty() &&
            QTest::qWaitFor([&] { return m_server.serverLog().contains(tid.toUtf8()); }, 10000);
        return logged ? tid : QString();
    };
    QVERIFY(!fence().isEmpty());
    const QByteArray logBefore = m_server.serverLog();

    ConnectionTest test(&m_client);
    run(&test, baseUrl(), u"ID"_s, QString());
    QCOMPARE(test.outcome(), ConnectionTest::Outcome::NotSent);
    QCOMPARE(test.error().code, u"MISSING_API_SECRET"_s);

    const QString after = fence();
    QVERIFY(!after.isEmpty());
    const QByteArray logAfter = m_server.serverLog();
    QVERIFY(logAfter.startsWith(logBefore));
    const QByteArray added = logAfter.mid(logBefore.size()).trimmed();
    QCOMPARE(added.count('\n'), 0);
    QVERIFY2(added.contains(after.toUtf8()), added.constData());
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
