// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationclient.h"
#include "faultserver.h"
#include "multipartform.h"
#include "scriptedhttpserver.h"
#include "verifydeskconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QByteArray OkBody =
    "{\"request_id\":\"TID8bf47ab6eda64476973cc5f5b6ebf57e\",\"status\":\"OK\", "
    "\"hack_score\":0.031,\"verify_score\":0.8712,\"liveness_data_id\":\"LIVE-1\",\"image_id\":"
    "\"IMG-1\"}";
const QByteArray RateLimitBody = "{\"request_id\":\"TIDrate\",\"status\":\"RATE_LIMIT_EXCEEDED\"}";
const QString Secret = u"s3cr3t-Value-42"_s;
const QString ApiId = u"acct-7"_s;

// Everything the client logs, to check that the secret never appears.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestVerificationClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_selfie;
    QString m_liveness;
    QByteArray m_selfieBytes;
    QByteArray m_livenessBytes;

    static ClientSettings fastSettings()
    {
        ClientSettings s;
        s.proxy = QNetworkProxy(QNetworkProxy::NoProxy); // loopback only, whatever the machine says
        s.transferTimeoutMs = 10000;
        s.maxRetries = 3;
        s.retryBaseDelayMs = 40;
        return s;
    }

    VerificationRequest request(const QUrl &base) const
    {
        VerificationRequest r;
        r.baseUrl = base;
        r.apiId = ApiId;
        r.apiSecret = Secret;
        r.selfie = InputSource::file(m_selfie);
        r.liveness = InputSource::file(m_liveness);
        return r;
    }

    static bool waitFinished(VerificationJob *job, int timeoutMs = 20000)
    {
        if (job->isFinished())
            return true;
        QSignalSpy spy(job, &VerificationJob::finished);
        return spy.wait(timeoutMs);
    }

    static MultipartForm formOf(const ScriptedHttpServer::Request &request)
    {
        return MultipartForm::parse(request.header("Content-Type"), request.body);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_selfie = m_dir.filePath(u"selfie \"front\".png"_s);
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(m_selfie, "PNG"));
        QFile selfie(m_selfie);
        QVERIFY(selfie.open(QIODevice::ReadOnly));
        m_selfieBytes = selfie.readAll();

        // Binary data with CR LF and boundary-like dashes, to prove the bytes arrive unchanged.
        QRandomGenerator random(20261124);
        m_livenessBytes = QByteArray("\r\n--\r\n--boundary\r\n");
        for (int i = 0; i < 200000; ++i)
            m_livenessBytes.append(char(random.bounded(256)));
        m_liveness = m_dir.filePath(u"capture.protobuf"_s);
        QFile liveness(m_liveness);
        QVERIFY(liveness.open(QIODevice::WriteOnly));
        liveness.write(m_livenessBytes);
        liveness.close();

        g_previousHandler = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    // The exact multipart fields for every selfie source × liveness source.
    void sourceCombinations_data()
    {
        QTest::addColumn<int>("selfieKind");
        QTest::addColumn<int>("livenessKind");
        const QList<InputSource::Kind> kinds{InputSource::Kind::File, InputSource::Kind::Url,
                                             InputSource::Kind::Id};
        for (InputSource::Kind s : kinds) {
            for (InputSource::Kind l : kinds) {
                QTest::addRow("%s + %s", qPrintable(VerificationRequest::selfieField(s)),
                              qPrintable(VerificationRequest::livenessField(l)))
                    << int(s) << int(l);
            }
        }
    }
    void sourceCombinations()
    {
        QFETCH(int, selfieKind);
        QFETCH(int, livenessKind);
        ScriptedHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        server.enqueue(ScriptedHttpServer::Reply::json(200, OkBody));

        VerificationRequest r = request(base);
        const auto selfieSource = [&](InputSource::Kind kind) {
            switch (kind) {
            case InputSource::Kind::Url:
                return InputSource::url(u"https://img.example.com/selfie.jpg?x=1"_s);
            case InputSource::Kind::Id:
                return InputSource::id(u"IMG-previous"_s);
            default:
                return InputSource::file(m_selfie);
            }
        };
        const auto livenessSource = [&](InputSource::Kind kind) {
            switch (kind) {
            case InputSource::Kind::Url:
                return InputSource::url(u"http://data.example.com/capture.protobuf"_s);
            case InputSource::Kind::Id:
                return InputSource::id(u"LIVE-previous"_s);
            default:
                return InputSource::file(m_liveness);
            }
        };
        r.selfie = selfieSource(InputSource::Kind(selfieKind));
        r.liveness = livenessSource(InputSource::Kind(livenessKind));

        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(r);
        QVERIFY(waitFinished(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().code + u' ' + job->error().detail));
        QCOMPARE(job->result().requestId, u"TID8bf47ab6eda64476973cc5f5b6ebf57e"_s);
        QCOMPARE(job->result().verifyScore, 0.8712);
        QCOMPARE(job->result().hackScore, 0.031);
        QCOMPARE(job->result().imageId, u"IMG-1"_s);
        QCOMPARE(job->result().livenessDataId, u"LIVE-1"_s);

        QCOMPARE(server.requests().size(), 1);
        const ScriptedHttpServer::Request &sent = server.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.url.path(), u"/identity/liveness_selfie_verification"_s);
        // Credentials travel in the body only.
        QVERIFY(!sent.url.hasQuery());
        QVERIFY(!sent.url.toString().contains(Secret));
        QVERIFY(!sent.url.toString().contains(ApiId));
        QCOMPARE(sent.header("User-Agent"), QByteArray("VerifyDesk/" VD_VERSION));
        QCOMPARE(sent.header("X-Request-ID"), job->clientRequestId().toLatin1());
        QVERIFY(!QUuid::fromString(job->clientRequestId()).isNull());

        const MultipartForm form = formOf(sent);
        QVERIFY(form.isValid());
        const QString selfieField = VerificationRequest::selfieField(r.selfie.kind);
        const QString livenessField = VerificationRequest::livenessField(r.liveness.kind);
        QCOMPARE(form.names(), (QStringList{u"api_id"_s, u"api_secret"_s, selfieField,
                                            livenessField, u"selfie_auto_rotate"_s}));
        QCOMPARE(form.value(u"api_id"_s), ApiId.toUtf8());
        QCOMPARE(form.value(u"api_secret"_s), Secret.toUtf8());
        QCOMPARE(form.value(u"selfie_auto_rotate"_s), QByteArray("false"));

        const MultipartForm::Part *selfiePart = form.part(selfieField);
        if (r.selfie.kind == InputSource::Kind::File) {
            QCOMPARE(selfiePart->data, m_selfieBytes);
            QCOMPARE(selfiePart->fileName, u"selfie %22front%22.png"_s);
            QCOMPARE(selfiePart->contentType, QByteArray("image/png"));
        } else {
            QCOMPARE(selfiePart->data, r.selfie.value.toUtf8());
            QVERIFY(selfiePart->fileName.isEmpty());
        }
        const MultipartForm::Part *livenessPart = form.part(livenessField);
        if (r.liveness.kind == InputSource::Kind::File) {
            QCOMPARE(livenessPart->data, m_livenessBytes);
            QCOMPARE(livenessPart->fileName, u"capture.protobuf"_s);
            QCOMPARE(livenessPart->contentType, QByteArray("application/octet-stream"));
        } else {
            QCOMPARE(livenessPart->data, r.liveness.value.toUtf8());
        }
        delete job;
    }

    void autoRotateFlag_data()
    {
        QTest::addColumn<bool>("autoRotate");
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("on") << true << QByteArray("true");
        QTest::newRow("off") << false << QByteArray("false");
    }
    void autoRotateFlag()
    {
        QFETCH(bool, autoRotate);
        QFETCH(QByteArray, sent);
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::json(200, OkBody));
        VerificationClient client(fastSettings());
        VerificationRequest r = request(base);
        r.autoRotate = autoRotate;
        VerificationJob *job = client.verify(r);
        QVERIFY(waitFinished(job));
        QVERIFY(job->succeeded());
        QCOMPARE(formOf(server.requests().first()).value(u"selfie_auto_rotate"_s), sent);
    }

    void numericStringScores()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::json(
            200, "{\"request_id\":\"TIDs\",\"status\":\"OK\",\"hack_score\":\"0.5\",\"verify_"
                 "score\":\"0.61\", \"liveness_data_id\":\"L\",\"image_id\":\"I\"}"));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->result().verifyScore, 0.61);
        QCOMPARE(job->result().hackScore, 0.5);
    }

    void uploadProgressReachesTotal()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::json(200, OkBody));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy progress(job, &VerificationJob::uploadProgress);
        QSignalSpy waiting(job, &VerificationJob::waitingForAnswer);
        QVERIFY(waitFinished(job));
        QVERIFY(job->succeeded());
        QVERIFY(!progress.isEmpty());
        // Once per attempt, when the whole body is sent.
        QCOMPARE(waiting.size(), 1);
        const qint64 total = progress.last().at(1).toLongLong();
        QVERIFY(total > m_livenessBytes.size() + m_selfieBytes.size());
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        QCOMPARE(server.requests().first().body.size(), total);
    }

    void retriesRateLimitWithBackoff()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::json(403, RateLimitBody));
        server.enqueue(ScriptedHttpServer::Reply::json(403, RateLimitBody));
        server.enqueue(ScriptedHttpServer::Reply::json(200, OkBody));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QSignalSpy waiting(job, &VerificationJob::waitingForAnswer);
        QVERIFY(waitFinished(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(waiting.size(), 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(server.requests().size(), 3);
        for (int i = 0; i < 2; ++i) {
            const int attempt = retrying.at(i).at(0).toInt();
            const int delay = retrying.at(i).at(1).toInt();
            const ApiError cause = retrying.at(i).at(2).value<ApiError>();
            QCOMPARE(attempt, i + 2);
            // Exponential: base 40 ms, then 80 ms, each with up to half of it as jitter.
            const int step = 40 << i;
            QVERIFY2(delay >= step / 2 && delay <= step, qPrintable(QString::number(delay)));
            QCOMPARE(cause.code, u"RATE_LIMIT_EXCEEDED"_s);
            QCOMPARE(cause.httpStatus, 403);
            // The next attempt waited at least the announced delay.
            const qint64 gap =
                server.requests().at(i + 1).receivedAtMs - server.requests().at(i).receivedAtMs;
            QVERIFY2(gap >= delay - 1, qPrintable(QString::number(gap)));
        }
        // Each attempt rebuilt the form and re-read the files from the start.
        for (const ScriptedHttpServer::Request &sent : server.requests()) {
            QCOMPARE(formOf(sent).value(u"liveness_data_file"_s), m_livenessBytes);
            QCOMPARE(sent.header("X-Request-ID"), job->clientRequestId().toLatin1());
        }
    }

    void retries503ThenGivesUp()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(
            ScriptedHttpServer::Reply::raw(503, "Service Unavailable", "text/plain"));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QVERIFY(waitFinished(job));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().code, u"SERVICE_UNAVAILABLE"_s);
        QCOMPARE(job->error().httpStatus, 503);
        QCOMPARE(retrying.size(), 3);
        QCOMPARE(server.requests().size(), 4);
        QCOMPARE(job->attempts(), 4);
        QList<int> delays;
        for (const QList<QVariant> &signal : retrying)
            delays << signal.at(1).toInt();
        QVERIFY(delays.at(0) >= 20 && delays.at(0) <= 40);
        QVERIFY(delays.at(1) >= 40 && delays.at(1) <= 80);
        QVERIFY(delays.at(2) >= 80 && delays.at(2) <= 160);
    }

    void retriesGatewayErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("502 html") << 502 << u"BAD_GATEWAY"_s;
        QTest::newRow("504 empty") << 504 << u"GATEWAY_TIMEOUT"_s;
    }
    void retriesGatewayErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.enqueue(ScriptedHttpServer::Reply::raw(
            status, status == 502 ? "<html><body>Bad Gateway</body></html>" : "", "text/html"));
        server.enqueue(ScriptedHttpServer::Reply::json(200, OkBody));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QVERIFY(waitFinished(job));
        QVERIFY(job->succeeded());
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(2).value<ApiError>().code, code);
    }

    void noRetryOnOtherErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("400 no face") << 400
                                     << QByteArray("{\"request_id\":\"TIDa\",\"status\":\"NO_FACE_"
                                                   "DETECTED\",\"image\":\"selfie_file\"}")
                                     << u"NO_FACE_DETECTED"_s;
        QTest::newRow("401") << 401
                             << QByteArray("{\"request_id\":\"TIDb\",\"status\":\"UNAUTHORIZED\"}")
                             << u"UNAUTHORIZED"_s;
        QTest::newRow("403 quota")
            << 403 << QByteArray("{\"request_id\":\"TIDc\",\"status\":\"OUT_OF_QUOTA\"}")
            << u"OUT_OF_QUOTA"_s;
        QTest::newRow("500") << 500
                             << QByteArray(
                                    "{\"request_id\":\"TIDd\",\"status\":\"INTERNAL_ERROR\"}")
                             << u"INTERNAL_ERROR"_s;
    }
    void noRetryOnOtherErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::json(status, body));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Api);
        QCOMPARE(job->error().code, code);
        QCOMPARE(job->error().httpStatus, status);
        QVERIFY(!job->error().requestId.isEmpty());
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(server.requests().size(), 1);
        if (code == "NO_FACE_DETECTED"_L1)
            QCOMPARE(job->error().image, u"selfie_file"_s);
    }

    void badBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code");
        QTest::newRow("html page") << 200 << QByteArray("<html><body>Please log in</body></html>")
                                   << QByteArray("text/html") << u"HTML_BODY"_s;
        QTest::newRow("empty") << 200 << QByteArray() << QByteArray("application/json")
                               << u"EMPTY_BODY"_s;
        QTest::newRow("not json") << 400 << QByteArray("oops") << QByteArray("text/plain")
                                  << u"NON_JSON_BODY"_s;
    }
    void badBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, code);
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::raw(status, body, contentType));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(job->error().code, code);
        QCOMPARE(job->error().httpStatus, status);
        QCOMPARE(server.requests().size(), 1);
    }

    void redirectIsNotFollowed()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::raw(302, "", "text/plain"));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"UNEXPECTED_REDIRECT"_s);
        QCOMPARE(job->error().httpStatus, 302);
        QCOMPARE(server.requests().size(), 1);
    }

    void cancelWhileWaitingForTheAnswer()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::stall());
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        connect(&server, &ScriptedHttpServer::requestReceived, job, &VerificationJob::cancel);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(job->error().code, u"CANCELLED"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void cancelDuringUpload()
    {
        FaultServer server(FaultServer::Mode::SlowReader);
        server.setSlowReading(16 * 1024, 50); // the 200 KB body takes well over a second
        server.setAnswer(200, OkBody);
        const QUrl base = server.start();
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy progress(job, &VerificationJob::uploadProgress);
        connect(job, &VerificationJob::uploadProgress, job, &VerificationJob::cancel);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(!progress.isEmpty());
        const qint64 total = progress.first().at(1).toLongLong();
        QVERIFY(server.bytesReceived() < total);
    }

    void cancelDuringBackoff()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::json(403, RateLimitBody));
        ClientSettings settings = fastSettings();
        settings.retryBaseDelayMs = 60000; // the test cancels long before this
        VerificationClient client(settings);
        VerificationJob *job = client.verify(request(base));
        connect(job, &VerificationJob::retrying, job, &VerificationJob::cancel);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(job->attempts(), 1);
    }

    void cancelBeforeSending()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        job->cancel();
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 0);
    }

    void timeoutOnSilentServer()
    {
        FaultServer server(FaultServer::Mode::Silent);
        const QUrl base = server.start();
        ClientSettings settings = fastSettings();
        settings.transferTimeoutMs = 300;
        VerificationClient client(settings);
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(job->error().code, u"TIMEOUT"_s);
        QVERIFY(job->error().detail.contains(u"0.3"_s));
        QCOMPARE(retrying.size(), 0);
        QVERIFY(server.bytesReceived() > m_livenessBytes.size());
    }

    void timeoutAfterRequestWasRead()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::stall());
        ClientSettings settings = fastSettings();
        settings.transferTimeoutMs = 300;
        VerificationClient client(settings);
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"TIMEOUT"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    // The transfer timeout counts silence, not duration: an upload that takes longer than the
    // timeout but keeps moving completes.
    void slowButSteadyUploadDoesNotTimeOut()
    {
        const QString big = m_dir.filePath(u"big.protobuf"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, 'L');
        for (int i = 0; i < 24; ++i)
            file.write(block);
        file.close();

        FaultServer server(FaultServer::Mode::SlowReader);
        server.setSlowReading(256 * 1024, 20); // at most 12.8 MB/s: about 2 s for 24 MB
        server.setAnswer(200, OkBody);
        const QUrl base = server.start();
        ClientSettings settings = fastSettings();
        settings.transferTimeoutMs = 1000;
        VerificationClient client(settings);
        VerificationRequest r = request(base);
        r.liveness = InputSource::file(big);
        QElapsedTimer clock;
        clock.start();
        VerificationJob *job = client.verify(r);
        QVERIFY(waitFinished(job, 60000));
        QVERIFY2(job->succeeded(), qPrintable(job->error().code + u' ' + job->error().detail));
        QVERIFY(clock.elapsed() > settings.transferTimeoutMs);
        QVERIFY(server.bytesReceived() > 24 * 1024 * 1024);
        QFile::remove(big);
    }

    void resetMidUpload()
    {
        FaultServer server(FaultServer::Mode::ResetAfterBytes);
        server.setResetAfterBytes(4096);
        const QUrl base = server.start();
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->error().code, u"CONNECTION_RESET"_s);
        QCOMPARE(retrying.size(), 0);
    }

    void closedBeforeAnswer()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::close());
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QSignalSpy retrying(job, &VerificationJob::retrying);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"CONNECTION_RESET"_s);
        QCOMPARE(retrying.size(), 0);
        // Qt's HTTP layer itself sends a request again when the connection closes before any
        // answer (its keep-alive race handling); the repeat carries the same X-Request-ID, so a
        // server can tell it from a new verification.
        QVERIFY(!server.requests().isEmpty());
        for (const ScriptedHttpServer::Request &sent : server.requests())
            QCOMPARE(sent.header("X-Request-ID"), job->clientRequestId().toLatin1());
    }

    void connectionRefused()
    {
        const quint16 port = FaultServer::closedPort();
        QVERIFY(port != 0);
        QUrl base;
        base.setScheme(u"http"_s);
        base.setHost(u"127.0.0.1"_s);
        base.setPort(port);
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->error().code, u"CONNECTION_REFUSED"_s);
    }

    void tlsHandshakeWithGarbage()
    {
        FaultServer server(FaultServer::Mode::TlsGarbage);
        const QUrl base = server.start(u"https"_s);
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Tls);
        QCOMPARE(job->error().code, u"TLS_ERROR"_s);
    }

    void selfSignedServerNeedsTheCaBundle()
    {
        const QString cert = m_dir.filePath(u"server.pem"_s);
        const QString key = m_dir.filePath(u"server.key"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey sslKey(&keyFile, QSsl::Ec);
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
        QCOMPARE(certs.size(), 1);
        QVERIFY(!sslKey.isNull());

        ScriptedHttpServer server;
        server.sslSetup(certs.first(), sslKey);
        QUrl base = server.start();
        base.setScheme(u"https"_s);
        server.setDefaultReply(ScriptedHttpServer::Reply::json(200, OkBody));

        VerificationClient untrusting(fastSettings());
        VerificationJob *refused = untrusting.verify(request(base));
        QVERIFY(waitFinished(refused));
        QCOMPARE(refused->error().kind, ApiError::Kind::Tls);
        QCOMPARE(refused->error().code, u"TLS_SELF_SIGNED"_s);
        QVERIFY(!refused->error().detail.isEmpty());
        QCOMPARE(server.requests().size(), 0);

        ClientSettings settings = fastSettings();
        settings.caBundlePath = cert;
        VerificationClient trusting(settings);
        VerificationJob *accepted = trusting.verify(request(base));
        QVERIFY(waitFinished(accepted));
        QVERIFY2(accepted->succeeded(),
                 qPrintable(accepted->error().code + u' ' + accepted->error().detail));
        QCOMPARE(server.requests().size(), 1);
    }

    void unreadableCaBundle()
    {
        ClientSettings settings = fastSettings();
        settings.caBundlePath = m_liveness; // not PEM
        VerificationClient client(settings);
        VerificationJob *job = client.verify(request(QUrl(u"https://127.0.0.1:9"_s)));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Local);
        QCOMPARE(job->error().code, u"CA_BUNDLE_UNREADABLE"_s);
    }

    void invalidRequestFinishesLaterWithLocalError()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        VerificationClient client(fastSettings());
        VerificationRequest r = request(base);
        r.selfie = {};
        VerificationJob *job = client.verify(r);
        QVERIFY(!job->isFinished()); // reported from the event loop, so callers can connect
        QSignalSpy finished(job, &VerificationJob::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind, ApiError::Kind::Local);
        QCOMPARE(job->error().code, u"MISSING_SELFIE"_s);
        QCOMPARE(server.requests().size(), 0);
    }

    void fileRemovedBeforeRetryIsReported()
    {
        const QString path = m_dir.filePath(u"vanishing.protobuf"_s);
        QVERIFY(QFile::copy(m_liveness, path));
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::json(403, RateLimitBody));
        VerificationClient client(fastSettings());
        VerificationRequest r = request(base);
        r.liveness = InputSource::file(path);
        VerificationJob *job = client.verify(r);
        connect(job, &VerificationJob::retrying, job, [path] { QFile::remove(path); });
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"FILE_NOT_READABLE"_s);
        QCOMPARE(job->error().image, u"liveness_data_file"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void systemProxyIsTheDefault()
    {
        QCOMPARE(ClientSettings().proxy.type(), QNetworkProxy::DefaultProxy);
        QCOMPARE(ClientSettings().transferTimeoutMs, 60000);
        QCOMPARE(ClientSettings().maxRetries, 3);
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        VerificationClient client;
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    }

    void manualProxyCarriesTheRequest()
    {
        // The scripted server plays the HTTP proxy: a request for a host that does not resolve
        // reaches it in the proxy's absolute form, so only the proxy can have carried it.
        ScriptedHttpServer proxy;
        const QUrl proxyUrl = proxy.start();
        proxy.setDefaultReply(ScriptedHttpServer::Reply::json(200, OkBody));
        ClientSettings settings = fastSettings();
        VerificationClient client(settings);
        settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(),
                                       static_cast<quint16>(proxyUrl.port()));
        client.setSettings(settings);
        VerificationJob *job = client.verify(request(QUrl(u"http://verify.example.invalid"_s)));
        QVERIFY(waitFinished(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().code + u' ' + job->error().detail));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().header("Host"), QByteArray("verify.example.invalid"));
    }

    // Runs last: everything the tests above made the client log.
    void logNamesTheRequestButNeverTheSecret()
    {
        const QString all = g_log.join(u'\n');
        QVERIFY(all.contains(u"X-Request-ID"_s));
        QVERIFY(all.contains(u"/identity/liveness_selfie_verification"_s));
        QVERIFY(!all.contains(Secret));
    }
};

QTEST_GUILESS_MAIN(TestVerificationClient)
#include "tst_verificationclient.moc"
