// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"
#include "serverprocess.h"
#include "slowclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString DemoId = u"demo"_s;
const QString DemoSecret = u"demo-secret"_s;

QString demoFile(const QString &name)
{
    return QStringLiteral(VD_E2E_DEMO_DIR) + u'/' + name;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// HTTPS end to end: verifydesk-server with certificates of a test CA made by openssl here, and
// the verifydesk CLI that trusts that CA only through its CA bundle setting. A certificate the
// client must refuse gets its own message, exit code 2, and no request reaches the server.
class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_openssl;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_openssl, arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(u' ')
                                 << "failed:" << QString::fromUtf8(p.readAll());
            return false;
        }
        return true;
    }

    bool writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    // A fresh P-256 key and a request for it.
    bool request(const QString &name, const QString &commonName)
    {
        return openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                        path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s), u"-subj"_s,
                        u"/CN="_s + commonName});
    }

    bool makeCertificates()
    {
        // The CA, and the server extensions every certificate gets (the host named by SAN).
        if (!openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                      u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                      path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-days"_s, u"2"_s,
                      u"-subj"_s, u"/CN=VerifyDesk Test CA"_s, u"-addext"_s,
                      u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                      u"keyUsage=critical,keyCertSign,cRLSign"_s}))
            return false;
        if (!writeFile(u"ip.ext"_s, "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                    "extendedKeyUsage=serverAuth\n") ||
            !writeFile(u"other.ext"_s, "subjectAltName=DNS:other.example\n"
                                       "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"))
            return false;
        const auto sign = [this](const QString &name, const QString &ext) {
            return openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s,
                            path(u"ca.pem"_s), u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s,
                            u"-out"_s, path(name + u".pem"_s), u"-days"_s, u"2"_s, u"-extfile"_s,
                            path(ext)});
        };
        if (!request(u"good"_s, u"127.0.0.1"_s) || !sign(u"good"_s, u"ip.ext"_s) ||
            !request(u"other"_s, u"other.example"_s) || !sign(u"other"_s, u"other.ext"_s) ||
            !request(u"expired"_s, u"127.0.0.1"_s))
            return false;
        // `openssl ca` is the one that takes explicit dates: valid for one day in 2020.
        const QByteArray config =
            "[ca]\ndefault_ca = test\n[test]\ndatabase = " + path(u"index.txt"_s).toUtf8() +
            "\nnew_certs_dir = " + m_dir.path().toUtf8() +
            "\nserial = " + path(u"serial"_s).toUtf8() +
            "\ndefault_md = sha256\npolicy = any\n[any]\n"
            "commonName = supplied\n";
        if (!writeFile(u"ca.cnf"_s, config) || !writeFile(u"index.txt"_s, {}) ||
            !writeFile(u"serial"_s, "1000\n"))
            return false;
        if (!openssl({u"ca"_s, u"-batch"_s, u"-config"_s, path(u"ca.cnf"_s), u"-cert"_s,
                      path(u"ca.pem"_s), u"-keyfile"_s, path(u"ca.key"_s), u"-in"_s,
                      path(u"expired.csr"_s), u"-out"_s, path(u"expired.pem"_s), u"-notext"_s,
                      u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200102000000Z"_s,
                      u"-extfile"_s, path(u"ip.ext"_s)}))
            return false;
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                        path(u"self.key"_s), u"-out"_s, path(u"self.pem"_s), u"-days"_s, u"2"_s,
                        u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                        u"subjectAltName=IP:127.0.0.1"_s});
    }

    // The CLI with its own settings folder; withCa puts the test CA in its CA bundle setting.
    CliRun runCli(quint16 port, bool withCa)
    {
        const QString home = path(withCa ? u"home-ca"_s : u"home-plain"_s);
        QDir().mkpath(home + u"/config/VerifyDesk"_s);
        QDir().mkpath(home + u"/data"_s);
        QFile conf(home + u"/config/VerifyDesk/verifydesk.conf"_s);
        if (conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            // English messages, asserted below.
            conf.write("[ui]\nlanguage=en\n");
            if (withCa)
                conf.write("[network]\ncaBundlePath=" + path(u"ca.pem"_s).toUtf8() + "\n");
        }
        conf.close();

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &proxy : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s,
                                     u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
            env.remove(proxy);
        env.insert(u"VERIFYDESK_API_SECRET"_s, DemoSecret);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(VD_APP_EXE),
                  {u"verify"_s, u"--endpoint"_s, u"https://127.0.0.1:%1"_s.arg(port), u"--api-id"_s,
                   DemoId, u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                   demoFile(u"liveness-genuine.protobuf"_s)});
        if (!cli.waitForFinished(180000))
            cli.kill();
        return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
                QString::fromUtf8(cli.readAllStandardError())};
    }

    QList<QSslCertificate> testCa() const { return QSslCertificate::fromPath(path(u"ca.pem"_s)); }

    // Sends `request` over TLS (trusting the test CA) and reads until the server closes.
    QByteArray tlsExchange(quint16 port, const QByteArray &request, int timeoutMs = 15000) const
    {
        QSslSocket socket;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates(testCa());
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
        if (!socket.waitForEncrypted(timeoutMs))
            return "no TLS session: " + socket.errorString().toUtf8();
        socket.write(request);
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(200);
            answer += socket.readAll();
        }
        return answer + socket.readAll();
    }

    static QByteArray statusOf(const QByteArray &answer)
    {
        const qsizetype bodyAt = answer.indexOf("\r\n\r\n");
        const QJsonObject json =
            QJsonDocument::fromJson(bodyAt < 0 ? QByteArray() : answer.mid(bodyAt + 4)).object();
        return json.value(u"status"_s).toString().toUtf8();
    }

    QString startTlsServer(ServerProcess &server, const QStringList &extra = {})
    {
        return server.start(QStringList{u"--demo"_s, u"--demo-dir"_s,
                                        QStringLiteral(VD_E2E_DEMO_DIR), u"--tls-cert"_s,
                                        path(u"good.pem"_s), u"--tls-key"_s, path(u"good.key"_s)} +
                            extra);
    }

    static int requestsLogged(const ServerProcess &server)
    {
        return int(server.serverLog().count(" POST /identity/"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(demoFile(u"selfie.jpg"_s)), "demo data missing (e2e_demo_data)");
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!m_openssl.isEmpty(), "openssl is needed to make the test CA");
        QVERIFY(makeCertificates());
    }

    void trustedThroughTheCaBundle()
    {
        ServerProcess server;
        const QString error = server.start(
            {u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR), u"--tls-cert"_s,
             path(u"good.pem"_s), u"--tls-key"_s, path(u"good.key"_s)});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const CliRun refused = runCli(server.port(), false);
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.err.contains(u"Error: Server certificate not trusted"_s),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"Code: TLS_UNTRUSTED"_s), qPrintable(refused.err));
        // The server logs a request as it answers; give a request that came time to show.
        QTest::qWait(500);
        QCOMPARE(requestsLogged(server), 0);

        const CliRun ok = runCli(server.port(), true);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.startsWith(u"SAME PERSON"_s), qPrintable(ok.out));
        QTRY_COMPARE(requestsLogged(server), 1);
    }

    void refusedCertificates_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::newRow("expired") << u"expired.pem"_s << u"expired.key"_s << u"TLS_CERT_EXPIRED"_s
                                 << u"Server certificate expired"_s;
        QTest::newRow("wrong host name")
            << u"other.pem"_s << u"other.key"_s << u"TLS_HOST_MISMATCH"_s
            << u"Certificate is for another host"_s;
        QTest::newRow("self-signed") << u"self.pem"_s << u"self.key"_s << u"TLS_SELF_SIGNED"_s
                                     << u"Self-signed server certificate"_s;
    }

    void refusedCertificates()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(QString, title);
        ServerProcess server;
        const QString error =
            server.start({u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR),
                          u"--tls-cert"_s, path(cert), u"--tls-key"_s, path(key)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The CA is trusted: what is refused is this certificate alone.
        const CliRun run = runCli(server.port(), true);
        QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"Error: "_s + title), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Code: "_s + code), qPrintable(run.err));
        // The server logs a request as it answers; give a request that came time to show.
        QTest::qWait(500);
        QCOMPARE(requestsLogged(server), 0);
    }

    // The request-head guard holds behind TLS as it does on plain HTTP: the head's size,
    // its framing, and an answer at once for a wrong path.
    void headGuardOverTls_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("answerStart");
        QTest::addColumn<QByteArray>("status");
        const QByteArray line = "POST /identity/liveness_selfie_verification HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\nConnection: close\r\n";
        QByteArray flood = line;
        for (int i = 0; i < 400; ++i)
            flood += "X-Flood-" + QByteArray::number(i) + ": " + QByteArray(24, 'a') + "\r\n";
        QTest::newRow("head over 8 KiB")
            << QByteArray(flood + "\r\n") << QByteArray("HTTP/1.1 431") << QByteArray();
        QTest::newRow("two Content-Length")
            << QByteArray(line + "Content-Length: 4\r\nContent-Length: 5\r\n\r\nabcd")
            << QByteArray("HTTP/1.1 400") << QByteArray("INVALID_ARGUMENT");
        QTest::newRow("Content-Length with chunked")
            << QByteArray(line + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n")
            << QByteArray("HTTP/1.1 400") << QByteArray("INVALID_ARGUMENT");
        QTest::newRow("wrong path, no Content-Length")
            << QByteArray("POST /wrong HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            << QByteArray("HTTP/1.1 404") << QByteArray("NOT_FOUND");
    }

    void headGuardOverTls()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, answerStart);
        QFETCH(QByteArray, status);
        ServerProcess server;
        const QString error = startTlsServer(server, {u"--read-timeout"_s, u"10"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer = tlsExchange(server.port(), request);
        QVERIFY2(answer.startsWith(answerStart), answer.left(300).constData());
        if (!status.isEmpty())
            QCOMPARE(statusOf(answer), status);
        // Answered at once, not after the read timeout.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // Apache httpmime's Content-Type (the vendor's Java sample) is parsed behind TLS too: the
    // boundary with a charset after it, names in any case.
    void vendorJavaContentTypeOverTls()
    {
        ServerProcess server;
        const QString error = startTlsServer(server);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile selfie(demoFile(u"selfie.jpg"_s));
        QFile liveness(demoFile(u"liveness-genuine.protobuf"_s));
        QVERIFY(selfie.open(QIODevice::ReadOnly) && liveness.open(QIODevice::ReadOnly));
        const QByteArray boundary = "JavaBoundary42";
        const auto field = [&](const QByteArray &name, const QByteArray &value) -> QByteArray {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                   "\"\r\n\r\n" + value + "\r\n";
        };
        const auto file = [&](const QByteArray &name, const QByteArray &filename,
                              const QByteArray &bytes) -> QByteArray {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                   "\"; filename=\"" + filename +
                   "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n";
        };
        const QByteArray body =
            field("api_id", DemoId.toUtf8()) + field("api_secret", DemoSecret.toUtf8()) +
            file("selfie_file", "selfie.jpg", selfie.readAll()) +
            file("liveness_data_file", "liveness.protobuf", liveness.readAll()) + "--" + boundary +
            "--\r\n";
        const QByteArray request =
            "POST /identity/liveness_selfie_verification HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: Multipart/Form-Data; Boundary=" +
            boundary + "; charset=US-ASCII\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\n\r\n" + body;
        const QByteArray answer = tlsExchange(server.port(), request, 120000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(400).constData());
        QCOMPARE(statusOf(answer), QByteArray("OK"));
    }

    // Slowloris behind TLS: clients stalled in their handshakes and clients dripping their
    // heads byte by byte hold no more than their address's share of the connection threads; a
    // normal client is served at once and the slow ones are closed by the deadline.
    void slowlorisOverTls()
    {
        ServerProcess server;
        const QString error =
            startTlsServer(server, {u"--io-threads"_s, u"4"_s, u"--read-timeout"_s, u"4"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 2; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(u"127.0.0.1"_s, server.port());
            QVERIFY(silent.back()->waitForConnected(5000));
        }
        const QByteArray request = "POST /identity/liveness_selfie_verification HTTP/1.1\r\n"
                                   "Host: 127.0.0.1\r\nX-Slow: " +
                                   QByteArray(64, 'a') + "\r\nContent-Length: 0\r\n\r\n";
        std::vector<std::unique_ptr<SlowClient>> slow;
        for (int i = 0; i < 4; ++i) {
            slow.push_back(std::make_unique<SlowClient>(server.port(), request, 1, 2000));
            slow.back()->useTls(testCa());
            slow.back()->start();
            QTest::qWait(100);
        }
        QTest::qWait(1500);
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer = tlsExchange(
            server.port(),
            "POST /identity/liveness_selfie_verification?api_id=demo&api_secret=WRONG HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            5000);
        const qint64 servedAfter = clock.elapsed();
        QCOMPARE(statusOf(answer), QByteArray("UNAUTHORIZED"));
        QVERIFY2(servedAfter < 2000, qPrintable(QString::number(servedAfter)));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.begin(), slow.end(),
                                             [](const auto &c) { return c->closedByServer(); }),
                                 10000);
        for (const auto &socket : silent) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->waitForDisconnected(10000);
            QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        }
        QString closed;
        for (const auto &client : slow) {
            closed += u" %1"_s.arg(client->closedAfterMs());
            QVERIFY2(client->closedAfterMs() < 9000, qPrintable(closed));
        }
        qInfo("slowloris over TLS: normal client served after %lld ms; slow ones closed after "
              "(ms):%s",
              servedAfter, qPrintable(closed));
    }

    void tls11IsRefused()
    {
        const quint16 port = FaultServer::closedPort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        // Security level 0: OpenSSL 3 itself would not offer TLS 1.1 otherwise.
        server.start(m_openssl,
                     {u"s_server"_s, u"-tls1_1"_s, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s,
                      u"-accept"_s, QString::number(port), u"-cert"_s, path(u"good.pem"_s),
                      u"-key"_s, path(u"good.key"_s), u"-CAfile"_s, path(u"ca.pem"_s)});
        QByteArray output;
        for (int i = 0; i < 100 && !output.contains("ACCEPT"); ++i) {
            server.waitForReadyRead(100);
            output += server.readAll();
        }
        QVERIFY2(output.contains("ACCEPT"), output.constData());
        const CliRun run = runCli(port, true);
        server.waitForReadyRead(500);
        output += server.readAll();
        server.kill();
        server.waitForFinished(5000);
        QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"Error: Secure connection failed"_s), qPrintable(run.err));
        QVERIFY2(!output.contains("POST"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
