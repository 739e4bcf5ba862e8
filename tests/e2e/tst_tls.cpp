// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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
