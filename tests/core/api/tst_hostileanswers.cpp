// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationclient.h"
#include "contract/apicontract.h"
#include "faultserver.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The resident set of this process in KiB, from /proc/self/status.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Characters a terminal or a text renderer acts on: none may reach the operator.
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

// The client against servers that answer with hostile or broken answers: endless, dripping,
// reset, with escape sequences in their texts.
class TestHostileAnswers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_selfie;
    QString m_liveness;

    static ClientSettings fastSettings()
    {
        ClientSettings s;
        s.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        s.transferTimeoutMs = 10000;
        s.maxRetries = 0;
        s.retryBaseDelayMs = 40;
        return s;
    }

    VerificationRequest request(const QUrl &base) const
    {
        VerificationRequest r;
        r.baseUrl = base;
        r.apiId = u"acct-7"_s;
        r.apiSecret = u"s3cr3t"_s;
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_selfie = m_dir.filePath(u"selfie.png"_s);
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(m_selfie, "PNG"));
        m_liveness = m_dir.filePath(u"capture.protobuf"_s);
        QFile liveness(m_liveness);
        QVERIFY(liveness.open(QIODevice::WriteOnly));
        liveness.write(QByteArray(5000, 'x'));
    }

    void endlessAnswerIsCutAtTheCap()
    {
        FaultServer server(FaultServer::Mode::EndlessBody);
        const QUrl base = server.start();
        const qint64 before = residentKiB();
        QElapsedTimer clock;
        clock.start();
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        const qint64 grownKiB = residentKiB() - before;
        qInfo() << "endless answer ended after" << clock.elapsed() << "ms," << server.bytesSent()
                << "bytes sent by the server; RSS grew by" << grownKiB << "KiB";
        QCOMPARE(job->error().code, u"ANSWER_TOO_LARGE"_s);
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(job->error().httpStatus, 200);
        QVERIFY(server.bytesSent() > vd::contract::MaxAnswerBytes);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(QString::number(grownKiB)));
    }

    void drippingAnswerEndsAtTheDeadline()
    {
        FaultServer server(FaultServer::Mode::Drip);
        server.setSlowReading(64 * 1024, 100); // one byte each 100 ms keeps the transfer alive
        const QUrl base = server.start();
        ClientSettings settings = fastSettings();
        settings.transferTimeoutMs = 1000;
        settings.overallTimeoutMs = 2500;
        QElapsedTimer clock;
        clock.start();
        VerificationClient client(settings);
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(job->error().code, u"DEADLINE_EXCEEDED"_s);
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(job->error().detail, u"The answer started but did not finish within 2.5 s."_s);
        QVERIFY(server.bytesSent() > 10);
        QVERIFY2(elapsed >= 2400 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    }

    void silentServerEndsAtTheDeadlineSayingNoAnswerStarted()
    {
        FaultServer server(FaultServer::Mode::Silent);
        const QUrl base = server.start();
        ClientSettings settings = fastSettings();
        settings.overallTimeoutMs = 1000;
        VerificationClient client(settings);
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"DEADLINE_EXCEEDED"_s);
        QCOMPARE(job->error().detail, u"The request was sent, but no answer started within 1 s."_s);
    }

    void immediateResetNamesWhatHappened()
    {
        FaultServer server(FaultServer::Mode::ResetAfterBytes);
        server.setResetAfterBytes(1);
        const QUrl base = server.start();
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"CONNECTION_RESET"_s);
        QVERIFY2(job->error().detail.contains(u"closed the connection"_s),
                 qPrintable(job->error().detail));
    }

    void escapeSequencesInTheAnswerAreRemoved()
    {
        ScriptedHttpServer server;
        const QUrl base = server.start();
        server.setDefaultReply(ScriptedHttpServer::Reply::json(
            400, "{\"request_id\":\"TID\\u001b[2J1\",\"status\":\"INVALID\\u001b[31m_ARGUMENT\","
                 "\"image\":\"selfie\\u0007_file\",\"reason\":\"bad\\u001b]8;;http://evil/"
                 "\\u0007link\\u001b]8;;\\u0007 \\u202eelif\\u2066 \\u009b2J\\u007f\"}"));
        VerificationClient client(fastSettings());
        VerificationJob *job = client.verify(request(base));
        QVERIFY(waitFinished(job));
        const ApiError &e = job->error();
        QCOMPARE(e.code, u"INVALID_ARGUMENT"_s);
        QCOMPARE(e.reason, u"badlink elif "_s);
        QCOMPARE(e.image, u"selfie_file"_s);
        QCOMPARE(e.requestId, u"TID1"_s);
        for (const QString &text : {e.code, e.reason, e.image, e.requestId, e.detail})
            QVERIFY(!holdsControl(text));
    }
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
