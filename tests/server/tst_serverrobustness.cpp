// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input against the real verifydesk-server: each bad client (huge upload, no boundary, huge
// header, header flood, Content-Type forms, ambiguous framing, slow, slowloris or silent client)
// is answered or closed cleanly while other clients are served.
#include "headerflood.h"
#include "serverprocess.h"
#include "slowclient.h"
#include "testinputs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <sys/socket.h>
#include <vector>

using namespace Qt::StringLiterals;
using Part = ServerProcess::Part;
using Parts = QList<Part>;

namespace {

Parts credentials()
{
    return {Part{"api_id", "ID", false}, Part{"api_secret", "SECRET", false}};
}

// Peak resident memory of a process, in KiB, from /proc.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Current resident memory of a process, in KiB.
qint64 rssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// The JSON body of a raw HTTP answer.
QJsonObject jsonOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

const QByteArray ApiRequestLine = "POST /identity/liveness_selfie_verification HTTP/1.1";

// A multipart body with the credentials ID / WRONG: a server that reads it answers
// UNAUTHORIZED, one that cannot read it INVALID_ARGUMENT.
QByteArray wrongCredentialsBody(const QByteArray &boundary)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"api_id\"\r\n\r\nID\r\n--" +
           boundary + "\r\nContent-Disposition: form-data; name=\"api_secret\"\r\n\r\nWRONG\r\n--" +
           boundary + "--\r\n";
}

// Sends `request` on a raw connection, then reads until the server closes or `waitMs` pass.
QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs, bool closeWriting)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(request);
    socket.waitForBytesWritten(5000);
    if (closeWriting)
        ::shutdown(static_cast<int>(socket.socketDescriptor()), SHUT_WR);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

} // namespace

class TestServerRobustness : public QObject
{
    Q_OBJECT

private:
    // The server still answers an ordinary request.
    void expectServing()
    {
        const auto answer = m_server.post(credentials());
        QCOMPARE(answer.http, 400);
        QCOMPARE(answer.json.value(u"status"_s).toString(), u"INVALID_ARGUMENT"_s);
    }

    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        const QString error = m_server.start(
            {u"--account"_s, u"ID:SECRET"_s, u"--workers"_s, u"1"_s, u"--read-timeout"_s, u"3"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // First, while the server's peak memory is still low: 2,000,000 short header lines (24 MB)
    // are refused once the head passes 8 KiB, without the server holding them.
    void headerFloodIsRefusedAt8KiB()
    {
        const qint64 before = rssKiB(serverPid());
        const HeaderFlood::Result flood =
            HeaderFlood::send(m_server.port(), ApiRequestLine, 2000000, 20000);
        QVERIFY2(flood.error.isEmpty(), flood.error.constData());
        const qint64 after = rssKiB(serverPid());
        qInfo("header flood: %lld bytes sent, answered/closed after %lld ms, RSS %lld -> %lld KiB",
              flood.bytesSent, flood.elapsedMs, before, after);
        QVERIFY2(flood.answer.startsWith("HTTP/1.1 431"), flood.answer.left(200).constData());
        QCOMPARE(jsonOf(flood.answer).value(u"status"_s).toString(), u"INVALID_ARGUMENT"_s);
        QVERIFY(flood.closed);
        QVERIFY2(flood.elapsedMs < 5000, qPrintable(QString::number(flood.elapsedMs)));
        QVERIFY2(flood.bytesSent < 8 * 1024 * 1024, qPrintable(QString::number(flood.bytesSent)));
        QVERIFY2(after - before < 4 * 1024,
                 qPrintable(u"RSS grew from %1 to %2 KiB"_s.arg(before).arg(after)));
        expectServing();
    }

    // Content-Type as RFC 9110 has it: any case, parameters in any order, quoted values. Each
    // form is read (the wrong secret is seen: UNAUTHORIZED), not refused as unreadable.
    void contentTypeForms_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("httpmime: charset after the boundary")
            << QByteArray("multipart/form-data; boundary=Xy_Zq-1; charset=US-ASCII");
        QTest::newRow("quoted boundary, then a parameter")
            << QByteArray("multipart/form-data; boundary=\"Xy_Zq-1\"; charset=UTF-8");
        QTest::newRow("media type in mixed case")
            << QByteArray("Multipart/Form-Data; boundary=Xy_Zq-1");
        QTest::newRow("parameter name in mixed case")
            << QByteArray("multipart/form-data; Boundary=Xy_Zq-1");
        QTest::newRow("boundary last")
            << QByteArray("multipart/form-data; charset=UTF-8; boundary=Xy_Zq-1");
    }
    void contentTypeForms()
    {
        QFETCH(QByteArray, contentType);
        const QByteArray body = wrongCredentialsBody("Xy_Zq-1");
        const QByteArray answer =
            rawExchange(m_server.port(),
                        ApiRequestLine + "\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType +
                            "\r\nContent-Length: " + QByteArray::number(body.size()) +
                            "\r\nConnection: close\r\n\r\n" + body,
                        10000, false);
        QCOMPARE(jsonOf(answer).value(u"status"_s).toString(), u"UNAUTHORIZED"_s);
    }

    // A body in no form the API reads is refused with a reason that names the content type.
    void wrongContentType_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("no content type")
            << QByteArray() << QByteArray("api_id=ID") << u"no Content-Type"_s;
        QTest::newRow("text/plain") << QByteArray("Content-Type: text/plain\r\n")
                                    << QByteArray("api_id=ID") << u"text/plain"_s;
        QTest::newRow("large application/json") << QByteArray("Content-Type: application/json\r\n")
                                                << QByteArray(70000, '{') << u"application/json"_s;
    }
    void wrongContentType()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        const QByteArray answer =
            rawExchange(m_server.port(),
                        ApiRequestLine + "\r\nHost: 127.0.0.1\r\n" + headers +
                            "Content-Length: " + QByteArray::number(body.size()) +
                            "\r\nConnection: close\r\n\r\n" + body,
                        10000, false);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(300).constData());
        const QJsonObject json = jsonOf(answer);
        QCOMPARE(json.value(u"status"_s).toString(), u"INVALID_ARGUMENT"_s);
        const QString reason = json.value(u"reason"_s).toString();
        QVERIFY2(reason.contains(named) && reason.contains(u"multipart/form-data"_s),
                 qPrintable(reason));
    }

    // RFC 9112 §6.3: a body length given two ways is refused (request smuggling).
    void ambiguousFraming_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("two different Content-Length")
            << QByteArray("Content-Length: 0\r\nContent-Length: 5\r\n");
        QTest::newRow("Content-Length and chunked")
            << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n");
    }
    void ambiguousFraming()
    {
        QFETCH(QByteArray, headers);
        const QByteArray answer = rawExchange(
            m_server.port(),
            "POST /identity/liveness_selfie_verification?api_id=ID&api_secret=WRONG HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\n" +
                headers + "Connection: close\r\n\r\n0\r\n\r\n",
            10000, false);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(300).constData());
        const QJsonObject json = jsonOf(answer);
        QCOMPARE(json.value(u"status"_s).toString(), u"INVALID_ARGUMENT"_s);
        QVERIFY2(json.value(u"reason"_s).toString().contains(u"Content-Length"_s),
                 qPrintable(json.value(u"reason"_s).toString()));
        expectServing();
    }

    // A request without Content-Length has no body (RFC 9112 §6.3): a wrong path is answered
    // at once, not after the read timeout (3 s here).
    void wrongPathWithoutLengthAnswersAtOnce()
    {
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer = rawExchange(
            m_server.port(), "POST /wrong HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            10000, false);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(300).constData());
        QCOMPARE(jsonOf(answer).value(u"status"_s).toString(), u"NOT_FOUND"_s);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    // Slowloris: as many slow clients as connection threads, each sending a header byte every
    // 2 s. A normal client is still served at once, and every slow one is closed by the head
    // deadline (the read timeout, 4 s here).
    void slowlorisDoesNotStarveOthers()
    {
        ServerProcess server;
        const QString error = server.start({u"--account"_s, u"ID:SECRET"_s, u"--io-threads"_s,
                                            u"4"_s, u"--read-timeout"_s, u"4"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray request = ApiRequestLine +
                                   "\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(64, 'a') +
                                   "\r\nContent-Length: 0\r\n\r\n";
        std::vector<std::unique_ptr<SlowClient>> slow;
        for (int i = 0; i < 4; ++i) {
            slow.push_back(std::make_unique<SlowClient>(server.port(), request, 1, 2000));
            slow.back()->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(slow.begin(), slow.end(), [](const auto &c) { return c->connected(); }),
            5000);
        QTest::qWait(500);
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer = rawExchange(
            server.port(),
            "POST /identity/liveness_selfie_verification?api_id=ID&api_secret=WRONG HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            3000, false);
        const qint64 servedAfter = clock.elapsed();
        QCOMPARE(jsonOf(answer).value(u"status"_s).toString(), u"UNAUTHORIZED"_s);
        QVERIFY2(servedAfter < 1500, qPrintable(QString::number(servedAfter)));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.begin(), slow.end(),
                                             [](const auto &c) { return c->closedByServer(); }),
                                 9000);
        QString closed;
        for (const auto &client : slow) {
            closed += u" %1"_s.arg(client->closedAfterMs());
            QVERIFY2(client->closedAfterMs() < 8000, qPrintable(closed));
        }
        qInfo("slowloris: normal client served after %lld ms; slow ones closed after (ms):%s",
              servedAfter, qPrintable(closed));
    }

    void hugeUploadIsRefusedWhileStreaming()
    {
        const qint64 before = peakRssKiB(serverPid());
        QNetworkAccessManager network;
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const Part &part : credentials()) {
            QHttpPart http;
            http.setRawHeader("Content-Disposition", "form-data; name=\"" + part.name + '"');
            http.setBody(part.data);
            multipart->append(http);
        }
        QHttpPart big;
        big.setRawHeader("Content-Disposition",
                         "form-data; name=\"selfie_file\"; filename=\"big.jpg\"");
        big.setBody(QByteArray(50 * 1000 * 1000, '\xff'));
        multipart->append(big);
        QNetworkReply *reply = network.post(QNetworkRequest(m_server.url()), multipart);
        multipart->setParent(reply);
        // Another client is served while the 50 MB arrive.
        expectServing();
        const auto answer = ServerProcess::wait(reply);
        QCOMPARE(answer.http, 400);
        QCOMPARE(answer.json.value(u"status"_s).toString(), u"IMAGE_FILE_SIZE_TOO_BIG"_s);
        QCOMPARE(answer.json.value(u"image"_s).toString(), u"selfie_file"_s);
        // Refused while streaming: the server never held the 50 MB.
        const qint64 after = peakRssKiB(serverPid());
        QVERIFY2(after - before < 30 * 1024,
                 qPrintable(u"peak RSS grew from %1 to %2 KiB"_s.arg(before).arg(after)));
        expectServing();
    }

    void declaredGigabyteIsRefusedUnread()
    {
        const QByteArray answer = rawExchange(
            m_server.port(),
            "POST /identity/liveness_selfie_verification HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000000\r\n\r\n"
            "--x\r\n",
            10000, false);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("\"status\":\"INVALID_ARGUMENT\""));
        expectServing();
    }

    void multipartWithoutBoundary()
    {
        const QByteArray body =
            "--x\r\nContent-Disposition: form-data; name=\"api_id\"\r\n\r\nID\r\n--x--\r\n";
        const QByteArray answer = rawExchange(
            m_server.port(),
            "POST /identity/liveness_selfie_verification HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: multipart/form-data\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
            10000, false);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QVERIFY(answer.contains("\"status\":\"INVALID_ARGUMENT\""));
        expectServing();
    }

    void oneMegabyteHeader()
    {
        const QByteArray answer = rawExchange(
            m_server.port(),
            "POST /identity/liveness_selfie_verification HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " +
                QByteArray(1024 * 1024, 'a') + "\r\n\r\n",
            10000, false);
        // Answered with a 4xx, or closed: either way, cleanly and without a hang.
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(200).constData());
        expectServing();
    }

    void truncatedBody()
    {
        const QByteArray answer = rawExchange(
            m_server.port(),
            "POST /identity/liveness_selfie_verification HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n"
            "--x\r\nContent-Disposition: form-data; name=\"selfie_file\"; "
            "filename=\"a.jpg\"\r\n\r\n" +
                QByteArray(1000, 'a'),
            10000, true);
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"),
                 answer.left(200).constData());
        expectServing();
    }

    void slowClientDoesNotBlockOthers()
    {
        const QByteArray request =
            "POST /identity/liveness_selfie_verification?api_id=ID&api_secret=SECRET HTTP/1.1\r\n"
            "Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        QTcpSocket slow;
        slow.connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(slow.waitForConnected(5000));
        // One byte a second, for eight seconds, then the rest at once.
        int sent = 0;
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &slow, [&] {
            if (sent < 8)
                slow.write(request.mid(sent++, 1));
            else {
                slow.write(request.mid(sent));
                sent = static_cast<int>(request.size());
                drip.stop();
            }
        });
        drip.start(1000);
        QTest::qWait(1500);
        // Served while the slow client is still sending its request line.
        expectServing();
        QVERIFY(sent < request.size());
        // The head takes 8 s: the head deadline (the read timeout, 3 s) ends it with 408.
        QTRY_VERIFY_WITH_TIMEOUT(
            slow.bytesAvailable() > 0 || slow.state() != QAbstractSocket::ConnectedState, 10000);
        const QByteArray answer = slow.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(answer.contains("INVALID_ARGUMENT"));
        QVERIFY(sent < request.size());
    }

    void silentClientIsDropped()
    {
        // Connects and says nothing: closed after the read timeout (3 s here).
        QTcpSocket silent;
        silent.connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(silent.waitForConnected(5000));
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 15000);
        expectServing();
    }

private:
    qint64 serverPid() const { return m_server.processId(); }
};

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
