// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorcatalog.h"
#include "api/verificationclient.h"
#include "format/capturebuilder.h"
#include "scriptedhttpserver.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
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

// The CLI in English (the messages are asserted), with settings and history of its own.
QProcess *startCli(const QUrl &base, const QStringList &arguments, QObject *parent)
{
    static QTemporaryDir home;
    QDir().mkpath(home.filePath(u"config/VerifyDesk"_s));
    QFile conf(home.filePath(u"config/VerifyDesk/verifydesk.conf"_s));
    if (conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        conf.write("[ui]\nlanguage=en\n");
    conf.close();
    auto *cli = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &proxy : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s,
                                 u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        env.remove(proxy);
    env.insert(u"VERIFYDESK_API_SECRET"_s, DemoSecret);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    cli->setProcessEnvironment(env);
    cli->start(QStringLiteral(VD_APP_EXE),
               QStringList{u"verify"_s, u"--endpoint"_s, base.toString(), u"--api-id"_s, DemoId} +
                   arguments);
    return cli;
}

// Waits with the event loop running: the scripted servers live in this process.
CliRun finish(QProcess *cli)
{
    if (cli->state() != QProcess::NotRunning && !QSignalSpy(cli, &QProcess::finished).wait(180000))
        cli->kill();
    return {cli->exitCode(), QString::fromUtf8(cli->readAllStandardOutput()),
            QString::fromUtf8(cli->readAllStandardError())};
}

// Characters a terminal acts on (beyond line feed): none may come out of the client.
bool holdsControl(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) ||
            (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return true;
    }
    return false;
}
} // namespace

// The client's hardening against the real verifydesk-server and a hostile one: a still photo is
// no live person, a full scoring queue is explained and retried, and nothing a server sends can
// steer the operator's terminal.
class TestClientHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The selfie itself as a singleImg capture: what anyone with a photo of the person has.
    QString stillPhotoCapture()
    {
        QFile selfie(demoFile(u"selfie.jpg"_s));
        if (!selfie.open(QIODevice::ReadOnly))
            return {};
        const QByteArray jpeg = selfie.readAll();
        vd::format::CaptureBuildOptions options;
        options.outputType = verifydesk::liveness::SINGLE_IMG;
        vd::format::CaptureBuilder builder(options);
        builder.addFrame(jpeg.toStdString());
        const vd::format::CaptureBuildResult built = builder.build();
        if (!built.capture)
            return {};
        const QString path = m_dir.filePath(u"still-photo.protobuf"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        const std::string bytes = built.capture->SerializeAsString();
        out.write(bytes.data(), qint64(bytes.size()));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(demoFile(u"selfie.jpg"_s)), "demo data missing (e2e_demo_data)");
    }

    void stillPhotoIsAnAttack()
    {
        ServerProcess server;
        const QString error =
            server.start({u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString capture = stillPhotoCapture();
        QVERIFY(!capture.isEmpty());
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.port()));
        const CliRun run = finish(startCli(
            base, {u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s, capture}, this));
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.out.startsWith(u"POSSIBLE ATTACK"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Liveness: possible attack"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"Liveness: live"_s));
        const CliRun json = finish(startCli(
            base, {u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s, capture, u"--json"_s},
            this));
        const double hack =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"hack_score"_s).toDouble();
        QVERIFY2(hack >= 0.98, qPrintable(json.out));
    }

    void fullQueueIsExplainedAndRetried()
    {
        ServerProcess server;
        const QString error =
            server.start({u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR),
                          u"--workers"_s, u"1"_s, u"--queue"_s, u"0"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.port()));

        ClientSettings settings;
        settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        settings.transferTimeoutMs = 120000;
        settings.maxRetries = 0;
        VerificationClient client(settings);
        VerificationRequest request;
        request.baseUrl = base;
        request.apiId = DemoId;
        request.apiSecret = DemoSecret;
        request.selfie = InputSource::file(demoFile(u"selfie.jpg"_s));
        request.liveness = InputSource::file(demoFile(u"liveness-genuine-video.protobuf"_s));
        QList<VerificationJob *> jobs;
        for (int i = 0; i < 4; ++i)
            jobs << client.verify(request);
        // The CLI joins while the one worker is busy: its first answer is the full queue.
        QTest::qWait(300);
        QProcess *cli = startCli(base,
                                 {u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                                  demoFile(u"liveness-genuine.protobuf"_s)},
                                 this);
        for (VerificationJob *job : jobs) {
            if (!job->isFinished())
                QVERIFY(QSignalSpy(job, &VerificationJob::finished).wait(180000));
        }
        int busy = 0;
        for (VerificationJob *job : jobs) {
            if (job->succeeded())
                continue;
            const ApiError &e = job->error();
            QCOMPARE(e.code, u"SERVICE_UNAVAILABLE"_s);
            QCOMPARE(e.kind, ApiError::Kind::Api);
            QCOMPARE(e.httpStatus, 503);
            QVERIFY(e.isRetryable());
            QCOMPARE(ErrorCatalog::explain(e).title, u"Server busy"_s);
            ++busy;
        }
        QVERIFY2(busy >= 1, "with one worker and no queue, concurrent requests must be refused");
        const CliRun run = finish(cli);
        QVERIFY2(run.err.contains(u"Server busy; retrying in"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"Unknown"_s));
        QVERIFY2(run.exitCode == 0 || run.err.contains(u"Error: Server busy"_s),
                 qPrintable(run.out + run.err));
    }

    void hostileTextsNeverReachTheTerminal_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("summary") << false;
        QTest::newRow("json") << true;
    }

    void hostileTextsNeverReachTheTerminal()
    {
        QFETCH(bool, json);
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::json(
            400, "{\"request_id\":\"TID\\u001b[2J1\",\"status\":\"INVALID\\u001b[31m_ARGUMENT\","
                 "\"reason\":\"bad\\u001b]8;;http://evil/\\u0007link\\u001b]8;;\\u0007 "
                 "\\u202eelif\\u2066 \\u0007\\u009b2J\\u007f\"}"));
        QStringList arguments{u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                              demoFile(u"liveness-genuine.protobuf"_s)};
        if (json)
            arguments << u"--json"_s;
        const CliRun run = finish(startCli(base, arguments, this));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!holdsControl(run.out), qPrintable(run.out));
        QVERIFY2(!holdsControl(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"badlink elif"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"INVALID_ARGUMENT"_s));
    }

    void okWithoutRequestIdIsWarnedAbout()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::json(
            200, "{\"status\":\"OK\",\"hack_score\":0.01,\"verify_score\":0.93,"
                 "\"note\":\"\\u202e\"}"));
        for (const bool json : {false, true}) {
            QStringList arguments{u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                                  demoFile(u"liveness-genuine.protobuf"_s)};
            if (json)
                arguments << u"--json"_s;
            const CliRun run = finish(startCli(base, arguments, this));
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.err.contains(u"Warning: The answer has no request_id"_s),
                     qPrintable(run.err));
            QVERIFY(!holdsControl(run.out));
        }
    }

    void immediateResetPrintsItsDetail()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::close());
        const CliRun run =
            finish(startCli(base,
                            {u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                             demoFile(u"liveness-genuine.protobuf"_s)},
                            this));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Details: The server closed the connection"_s),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestClientHardening)
#include "tst_clienthardening.moc"
