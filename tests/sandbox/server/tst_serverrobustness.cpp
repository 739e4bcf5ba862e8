// Bad input and overload against the real verifydesk-server: each bad client is answered or
// closed cleanly while other clients are served; a full scoring queue answers 503 in JSON; an
// internal failure answers INTERNAL_ERROR without leaking what failed.
#include "serverprocess.h"
#include "testinputs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <sys/socket.h>

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
        QElapsedTimer clock;
        clock.start();
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
        QVERIFY(clock.elapsed() < 9000); // closed at once, not at the read timeout
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
        // One byte a second, for four seconds, then the rest at once.
        int sent = 0;
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &slow, [&] {
            if (sent < 4)
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
        QTRY_VERIFY_WITH_TIMEOUT(sent == request.size(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            slow.bytesAvailable() > 0 || slow.state() != QAbstractSocket::ConnectedState, 10000);
        const QByteArray answer = slow.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QVERIFY(answer.contains("INVALID_ARGUMENT"));
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

    void fullQueueAnswers503()
    {
        // One worker, no queue: of several requests arriving together, those that find the
        // worker busy get 503 in JSON; the others are scored.
        ServerProcess busy;
        const QString error = busy.start(
            {u"--account"_s, u"ID:SECRET"_s, u"--workers"_s, u"1"_s, u"--queue"_s, u"0"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray selfie = TestInputs::samplePhoto(1);
        QList<QByteArray> frames;
        for (int i = 0; i < 12; ++i)
            frames.append(TestInputs::samplePhoto(1 + i % 2));
        const QByteArray capture = TestInputs::capture(frames);
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            const Parts parts = credentials() + Parts{Part{"selfie_file", selfie, true},
                                                      Part{"liveness_data_file", capture, true}};
            for (const Part &part : parts) {
                QHttpPart http;
                http.setRawHeader("Content-Disposition", "form-data; name=\"" + part.name + '"' +
                                                             (part.file ? "; filename=\"f\"" : ""));
                http.setBody(part.data);
                multipart->append(http);
            }
            QNetworkRequest request(busy.url());
            // Separate connections, so that the requests really arrive together.
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setRawHeader("Connection", "close");
            QNetworkReply *reply = network.post(request, multipart);
            multipart->setParent(reply);
            replies.append(reply);
        }
        int ok = 0;
        int unavailable = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const auto answer = ServerProcess::wait(reply);
            if (answer.http == 200) {
                QCOMPARE(answer.json.value(u"status"_s).toString(), u"OK"_s);
                ++ok;
            } else {
                QCOMPARE(answer.http, 503);
                QCOMPARE(answer.json.value(u"status"_s).toString(), u"SERVICE_UNAVAILABLE"_s);
                QVERIFY(answer.json.value(u"request_id"_s).toString().startsWith(u"TID"_s));
                ++unavailable;
            }
        }
        QVERIFY(ok >= 1);
        QVERIFY(unavailable >= 1);
    }

    void internalErrorLeaksNothing()
    {
        ServerProcess broken;
        const QString error =
            broken.start({u"--account"_s, u"ID:SECRET"_s, u"--workers"_s, u"1"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The folder of stored inputs becomes a file: storing the inputs fails.
        const QString inputs = broken.dataDir() + u"/inputs"_s;
        QVERIFY(QDir(inputs).removeRecursively());
        QFile blocker(inputs);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray selfie = TestInputs::samplePhoto(1);
        const auto answer = broken.post(
            credentials() + Parts{Part{"selfie_file", selfie, true},
                                  Part{"liveness_data_file", TestInputs::capture({selfie}), true}});
        QCOMPARE(answer.http, 500);
        QCOMPARE(answer.json.value(u"status"_s).toString(), u"INTERNAL_ERROR"_s);
        QCOMPARE(answer.json.keys(), (QStringList{u"request_id"_s, u"status"_s}));
        // The log says what failed.
        QTRY_VERIFY(broken.serverLog().contains("INTERNAL_ERROR"));
    }

private:
    qint64 serverPid() const { return m_server.processId(); }
};

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
