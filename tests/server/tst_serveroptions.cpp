// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of verifydesk-server, run as a process: help and version, clear refusals of
// bad options, the demo account, HTTPS with --tls-cert/--tls-key, the --config file, accounts
// from the environment, /healthz, and the signals of a service (SIGHUP reloads, SIGTERM stops).
#include "apiassertions.h"
#include "serverprocess.h"
#include "testinputs.h"
#include "verifydeskconfig.h"

#include <QFile>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace apitest;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

// Waits until the server's stderr holds text (or 10 s pass).
bool logShows(const ServerProcess &server, const QByteArray &text)
{
    QElapsedTimer timer;
    timer.start();
    while (!server.serverLog().contains(text) && timer.elapsed() < 10000)
        QTest::qWait(50);
    return server.serverLog().contains(text);
}

Run runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VD_SERVER_EXE), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestServerOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        const QString dir = m_tmp.path();
        writeFile(dir + u"/unknown.conf"_s, "# a comment\nlisten = 127.0.0.1:0\nport = 1\n");
        writeFile(dir + u"/malformed.conf"_s, "listen 127.0.0.1:0\n");
        writeFile(dir + u"/twice.conf"_s, "workers = 1\nworkers = 2\n");
        writeFile(dir + u"/badvalue.conf"_s, "accounts = x.json\nworkers = none\n");
    }

    void helpAndVersion()
    {
        const Run help = runServer({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             {"--listen", "--tls-cert", "--tls-key", "--workers", "--queue", "--data-dir",
              "--accounts", "--account", "--retention", "--allow-private-urls",
              "--download-timeout", "--max-liveness-bytes", "--demo", "--demo-dir", "--models",
              "--config", "--log-level"})
            QVERIFY2(help.out.contains(option), option);
        const Run version = runServer({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("verifydesk-server " VD_VERSION));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString dir = m_tmp.path();
        QTest::newRow("no account") << QStringList{} << 2 << QByteArray("no account");
        QTest::newRow("listen without port")
            << QStringList{u"--account"_s, u"a:b"_s, u"--listen"_s, u"127.0.0.1"_s} << 2
            << QByteArray("--listen");
        QTest::newRow("malformed account")
            << QStringList{u"--account"_s, u"nocolon"_s} << 2 << QByteArray("ID:SECRET");
        QTest::newRow("missing accounts file")
            << QStringList{u"--accounts"_s, dir + u"/none.json"_s} << 2 << QByteArray("none.json");
        QTest::newRow("certificate without key")
            << QStringList{u"--account"_s, u"a:b"_s, u"--tls-cert"_s, dir + u"/c.pem"_s} << 2
            << QByteArray("--tls-key");
        QTest::newRow("unreadable certificate")
            << QStringList{u"--account"_s,  u"a:b"_s,          u"--tls-cert"_s, dir + u"/c.pem"_s,
                           u"--tls-key"_s,  dir + u"/k.pem"_s, u"--listen"_s,   u"127.0.0.1:0"_s,
                           u"--data-dir"_s, dir + u"/data"_s}
            << 1 << QByteArray("TLS");
        QTest::newRow("no models")
            << QStringList{u"--account"_s,       u"a:b"_s,        u"--models"_s,
                           dir + u"/nomodels"_s, u"--data-dir"_s, dir + u"/data"_s}
            << 1 << QByteArray("VERIFYDESK_MODEL_DIR");
        QTest::newRow("zero workers")
            << QStringList{u"--account"_s, u"a:b"_s, u"--workers"_s, u"0"_s} << 2
            << QByteArray("--workers");
        QTest::newRow("negative download timeout")
            << QStringList{u"--account"_s, u"a:b"_s, u"--download-timeout"_s, u"-1"_s} << 2
            << QByteArray("--download-timeout");
        QTest::newRow("missing config")
            << QStringList{u"--config"_s, dir + u"/none.conf"_s} << 2 << QByteArray("none.conf");
        QTest::newRow("unknown config key")
            << QStringList{u"--config"_s, dir + u"/unknown.conf"_s} << 2
            << QByteArray("unknown.conf:3: unknown key \"port\"");
        QTest::newRow("malformed config line")
            << QStringList{u"--config"_s, dir + u"/malformed.conf"_s} << 2
            << QByteArray("malformed.conf:1: expected key = value");
        QTest::newRow("config key twice") << QStringList{u"--config"_s, dir + u"/twice.conf"_s} << 2
                                          << QByteArray("\"workers\" is set twice");
        QTest::newRow("bad config value") << QStringList{u"--config"_s, dir + u"/badvalue.conf"_s}
                                          << 2 << QByteArray("--workers");
        QTest::newRow("bad log level")
            << QStringList{u"--account"_s, u"a:b"_s, u"--log-level"_s, u"loud"_s} << 2
            << QByteArray("--log-level");
        QTest::newRow("unknown option") << QStringList{u"--account"_s, u"a:b"_s, u"--frobnicate"_s}
                                        << 2 << QByteArray("frobnicate");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = runServer(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void portInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const Run run = runServer({u"--account"_s, u"a:b"_s, u"--listen"_s,
                                   u"127.0.0.1:%1"_s.arg(taken.serverPort()), u"--data-dir"_s,
                                   m_tmp.path() + u"/data"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot listen"), run.err.constData());
    }

    void demoAccount()
    {
        ServerProcess server;
        const QString error =
            server.start({u"--demo"_s, u"--demo-dir"_s, m_tmp.path() + u"/nodemo"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(server.startOutput().contains("demo account: api_id=demo api_secret=demo-secret"));
        QVERIFY(server.startOutput().contains("nodemo"));
        // The demo credentials are accepted: the answer is about the missing inputs.
        expectError(server.post(credentials("demo", "demo-secret")), 400, u"INVALID_ARGUMENT"_s, {},
                    true);
    }

    void retentionPurgesOldInputs()
    {
        ServerProcess server;
        QString error = server.start({u"--account"_s, u"ID:SECRET"_s, u"--retention"_s, u"30"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray selfie = TestInputs::samplePhoto(1);
        const auto stored = server.post(
            credentials() + Parts{file("selfie_file", selfie),
                                  file("liveness_data_file", TestInputs::capture({selfie}))});
        expectOk(stored);
        const QByteArray selfieId = stored.json.value(u"image_id"_s).toString().toUtf8();
        const QByteArray livenessId = stored.json.value(u"liveness_data_id"_s).toString().toUtf8();
        server.stop();

        // The selfie was stored 40 days ago, the liveness data 20 days ago.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age"_s);
            db.setDatabaseName(server.dataDir() + u"/inputs.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QVERIFY(query.exec(u"UPDATE inputs SET created_at = %1 WHERE id = '%2'"_s.arg(
                QString::number(now - 40 * 86400), QString::fromLatin1(selfieId))));
            QVERIFY(query.exec(u"UPDATE inputs SET created_at = %1 WHERE id = '%2'"_s.arg(
                QString::number(now - 20 * 86400), QString::fromLatin1(livenessId))));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"age"_s);

        error = server.start({u"--account"_s, u"ID:SECRET"_s, u"--retention"_s, u"30"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        expectError(server.post(credentials() + Parts{text("selfie_image_id", selfieId),
                                                      text("liveness_data_id", livenessId)}),
                    400, u"IMAGE_ID_NOT_EXIST"_s, u"selfie_image_id"_s);
        expectError(server.post(credentials() +
                                Parts{file("selfie_file", TestInputs::plainGif(QSize(64, 64))),
                                      text("liveness_data_id", livenessId)}),
                    400, u"NO_FACE_DETECTED"_s, u"selfie_file"_s);
    }

    void configFileSetsAccountsAndCommandLineWins()
    {
        const QString accounts = m_tmp.filePath(u"config-accounts.json"_s);
        writeFile(accounts, R"({"accounts": [{"id": "cfg", "secret": "cfg-secret"}]})");
        const QString config = m_tmp.filePath(u"server.conf"_s);
        // ServerProcess adds --listen and --data-dir: they win over the file's.
        writeFile(config, "# verifydesk-server settings\n"
                          "listen = 127.0.0.1:1\n"
                          "data-dir = /nonexistent/verifydesk\n"
                          "accounts = " +
                              accounts.toUtf8() + "\nlog-level = warning\n");
        ServerProcess server;
        const QString error = server.start({u"--config"_s, config});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        expectError(server.post(credentials("cfg", "cfg-secret")), 400, u"INVALID_ARGUMENT"_s, {},
                    true);
        // log-level = warning: the request lines (info) are not logged.
        QVERIFY2(!server.serverLog().contains("http=400"), server.serverLog().constData());
    }

    void accountsFromTheEnvironment()
    {
        qputenv("VERIFYDESK_SERVER_ACCOUNTS", "env1:secret1  env2:secret2");
        ServerProcess server;
        const QString error = server.start({});
        qunsetenv("VERIFYDESK_SERVER_ACCOUNTS");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        expectError(server.post(credentials("env2", "secret2")), 400, u"INVALID_ARGUMENT"_s, {},
                    true);
        QVERIFY(!server.serverLog().contains("process list"));
    }

    void accountOnTheCommandLineWarns()
    {
        ServerProcess server;
        const QString error = server.start({u"--account"_s, u"ID:SECRET"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(logShows(server, "--account puts the secret in the process list"));
    }

    void healthzNeedsNoCredentials()
    {
        ServerProcess server;
        const QString error = server.start({u"--account"_s, u"ID:SECRET"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto health = server.get(u"/healthz"_s);
        QCOMPARE(health.http, 200);
        QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
    }

    void sighupReloadsAccounts()
    {
        const QString accounts = m_tmp.filePath(u"reloaded.json"_s);
        writeFile(accounts, R"({"accounts": [{"id": "old", "secret": "old-secret"}]})");
        ServerProcess server;
        const QString error = server.start({u"--accounts"_s, accounts});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        expectError(server.post(credentials("old", "old-secret")), 400, u"INVALID_ARGUMENT"_s, {},
                    true);

        writeFile(accounts, R"({"accounts": [{"id": "new", "secret": "new-secret"}]})");
        QCOMPARE(::kill(static_cast<pid_t>(server.processId()), SIGHUP), 0);
        QVERIFY2(logShows(server, "SIGHUP: reloaded 1 account(s)"), server.serverLog().constData());
        QVERIFY(server.isRunning());
        expectError(server.post(credentials("old", "old-secret")), 401, u"UNAUTHORIZED"_s);
        expectError(server.post(credentials("new", "new-secret")), 400, u"INVALID_ARGUMENT"_s, {},
                    true);

        // A broken file: the server says so and keeps the accounts it has.
        writeFile(accounts, "{");
        QCOMPARE(::kill(static_cast<pid_t>(server.processId()), SIGHUP), 0);
        QVERIFY2(logShows(server, "accounts not reloaded"), server.serverLog().constData());
        expectError(server.post(credentials("new", "new-secret")), 400, u"INVALID_ARGUMENT"_s, {},
                    true);
    }

    void sigtermStops()
    {
        ServerProcess server;
        const QString error = server.start({u"--account"_s, u"ID:SECRET"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(::kill(static_cast<pid_t>(server.processId()), SIGTERM), 0);
        QVERIFY2(logShows(server, "stopped"), server.serverLog().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!server.isRunning(), 10000);
    }

    void https()
    {
        const QString cert = m_tmp.filePath(u"cert.pem"_s);
        const QString key = m_tmp.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        ServerProcess server;
        const QString error = server.start(
            {u"--account"_s, u"ID:SECRET"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server.url().scheme(), u"https"_s);

        // Without trusting the certificate, the client refuses the server. (Asked first: a TLS
        // session resumed later could skip the check.)
        QNetworkAccessManager network;
        const auto untrusted =
            ServerProcess::wait(network.get(QNetworkRequest(server.url(u"/"_s))));
        QCOMPARE(untrusted.http, 0);
        QVERIFY(!untrusted.networkError.isEmpty());

        // The certificate is trusted as a CA for this request only; verification stays on.
        QNetworkRequest request(server.url(u"/"_s));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        request.setSslConfiguration(ssl);
        QNetworkAccessManager trusting;
        expectError(ServerProcess::wait(trusting.get(request)), 404, u"NOT_FOUND"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
