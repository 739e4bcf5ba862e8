// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input against the real verifydesk-server: each bad client (huge upload, no boundary, huge
// header, truncated body, slow or silent client) is answered or closed cleanly while other
// clients are served.
#include "serverprocess.h"
#include "testinputs.h"

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

private:
    qint64 serverPid() const { return m_server.processId(); }
};

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
