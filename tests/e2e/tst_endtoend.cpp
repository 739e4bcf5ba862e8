// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verdict.h"
#include "api/verificationclient.h"
#include "api/verificationjob.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString DemoId = u"demo"_s;
const QString DemoSecret = u"demo-secret"_s;

QString demoFile(const QString &name)
{
    return QStringLiteral(VD_E2E_DEMO_DIR) + u'/' + name;
}
} // namespace

// The operator's path through the real parts: VerificationClient and the verifydesk CLI talk to
// verifydesk-server over loopback, and every score comes from the face engine.
class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    VerificationClient m_client;

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.port())); }

    VerificationRequest request(const InputSource &selfie, const InputSource &liveness) const
    {
        VerificationRequest r;
        r.baseUrl = baseUrl();
        r.apiId = DemoId;
        r.apiSecret = DemoSecret;
        r.selfie = selfie;
        r.liveness = liveness;
        return r;
    }

    // Runs one verification to its end; the job stays owned by the client.
    VerificationJob *run(const VerificationRequest &r)
    {
        VerificationJob *job = m_client.verify(r);
        QSignalSpy finished(job, &VerificationJob::finished);
        if (!job->isFinished())
            finished.wait(120000);
        return job;
    }

    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    CliRun runCli(const QStringList &arguments, const QString &secret)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VERIFYDESK_API_SECRET"_s, secret);
        cli.setProcessEnvironment(env);
        cli.start(
            QStringLiteral(VD_APP_EXE),
            QStringList{u"verify"_s, u"--endpoint"_s, baseUrl().toString(), u"--api-id"_s, DemoId} +
                arguments);
        if (!cli.waitForFinished(120000))
            cli.kill();
        return {cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(demoFile(u"selfie.jpg"_s)), "demo data missing (e2e_demo_data)");
        const QString error =
            m_server.start({u"--demo"_s, u"--demo-dir"_s, QStringLiteral(VD_E2E_DEMO_DIR)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ClientSettings settings;
        settings.transferTimeoutMs = 120000;
        settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        m_client.setSettings(settings);
    }

    void cleanupTestCase() { m_server.stop(); }

    void verdicts_data()
    {
        QTest::addColumn<QString>("selfie");
        QTest::addColumn<QString>("liveness");
        QTest::addColumn<int>("overall");
        QTest::newRow("same person, live") << u"selfie.jpg"_s << u"liveness-genuine.protobuf"_s
                                           << int(Verdict::Overall::SamePerson);
        QTest::newRow("same person, live, video capture")
            << u"selfie.jpg"_s << u"liveness-genuine-video.protobuf"_s
            << int(Verdict::Overall::SamePerson);
        QTest::newRow("other person")
            << u"selfie-other-person.jpg"_s << u"liveness-genuine.protobuf"_s
            << int(Verdict::Overall::NotSamePerson);
        QTest::newRow("replayed still picture") << u"selfie.jpg"_s << u"liveness-replay.protobuf"_s
                                                << int(Verdict::Overall::PossibleAttack);
    }

    void verdicts()
    {
        QFETCH(QString, selfie);
        QFETCH(QString, liveness);
        QFETCH(int, overall);
        VerificationJob *job = run(
            request(InputSource::file(demoFile(selfie)), InputSource::file(demoFile(liveness))));
        QVERIFY2(job->succeeded(), qPrintable(job->error().code + u' ' + job->error().detail));
        const VerificationResult &result = job->result();
        QVERIFY(result.requestId.startsWith(u"TID"_s));
        QCOMPARE(result.requestId.size(), 35);
        QVERIFY(result.verifyScore >= 0.0 && result.verifyScore <= 1.0);
        QVERIFY(result.hackScore >= 0.0 && result.hackScore <= 1.0);
        QVERIFY(!result.imageId.isEmpty());
        QVERIFY(!result.livenessDataId.isEmpty());
        const Verdict verdict = Verdict::decide(result, Thresholds{});
        QCOMPARE(int(verdict.overall), overall);
        job->deleteLater();
    }

    // The ids an answer returns verify again without another upload, with the same scores.
    void idsReused()
    {
        VerificationJob *first =
            run(request(InputSource::file(demoFile(u"selfie.jpg"_s)),
                        InputSource::file(demoFile(u"liveness-genuine.protobuf"_s))));
        QVERIFY(first->succeeded());
        VerificationJob *again = run(request(InputSource::id(first->result().imageId),
                                             InputSource::id(first->result().livenessDataId)));
        QVERIFY2(again->succeeded(), qPrintable(again->error().code));
        QCOMPARE(again->result().verifyScore, first->result().verifyScore);
        QCOMPARE(again->result().hackScore, first->result().hackScore);
        QVERIFY(again->result().requestId != first->result().requestId);
    }

    void wrongSecretIsUnauthorized()
    {
        VerificationRequest r =
            request(InputSource::file(demoFile(u"selfie.jpg"_s)),
                    InputSource::file(demoFile(u"liveness-genuine.protobuf"_s)));
        r.apiSecret = u"not-the-secret"_s;
        VerificationJob *job = run(r);
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind, ApiError::Kind::Api);
        QCOMPARE(job->error().code, u"UNAUTHORIZED"_s);
        QCOMPARE(job->error().httpStatus, 401);
        QCOMPARE(job->attempts(), 1);
    }

    void selfieWithoutFace()
    {
        // A liveness capture is not an image: the server names the failed input.
        VerificationJob *job =
            run(request(InputSource::file(demoFile(u"liveness-genuine.protobuf"_s)),
                        InputSource::file(demoFile(u"liveness-genuine.protobuf"_s))));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().code, u"CORRUPT_IMAGE"_s);
        QCOMPARE(job->error().image, u"selfie_file"_s);
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QString>("selfie");
        QTest::addColumn<QString>("liveness");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("same person")
            << u"selfie.jpg"_s << u"liveness-genuine.protobuf"_s << DemoSecret << 0;
        QTest::newRow("other person")
            << u"selfie-other-person.jpg"_s << u"liveness-genuine.protobuf"_s << DemoSecret << 1;
        QTest::newRow("attack") << u"selfie.jpg"_s << u"liveness-replay.protobuf"_s << DemoSecret
                                << 1;
        QTest::newRow("api error")
            << u"selfie.jpg"_s << u"liveness-genuine.protobuf"_s << u"wrong-secret"_s << 2;
    }

    void cliExitCodes()
    {
        QFETCH(QString, selfie);
        QFETCH(QString, liveness);
        QFETCH(QString, secret);
        QFETCH(int, exitCode);
        const CliRun run =
            runCli({u"--selfie"_s, demoFile(selfie), u"--liveness"_s, demoFile(liveness)}, secret);
        QVERIFY2(run.exitCode == exitCode, QByteArray(run.out + run.err).constData());
        QVERIFY(!run.out.contains(secret.toUtf8()));
        QVERIFY(!run.err.contains(secret.toUtf8()));
    }

    void cliJson()
    {
        const CliRun run = runCli({u"--selfie"_s, demoFile(u"selfie.jpg"_s), u"--liveness"_s,
                                   demoFile(u"liveness-genuine.protobuf"_s), u"--json"_s},
                                  DemoSecret);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(answer.value(u"status"_s).toString(), u"OK"_s);
        QVERIFY(answer.value(u"verify_score"_s).toDouble() >= 0.7);
        QVERIFY(answer.value(u"hack_score"_s).toDouble() < 0.98);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
