// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

#include <QTimer>
#include <memory>

FaultServer::FaultServer(Mode mode, QObject *parent)
    : QTcpServer(parent)
    , m_mode(mode)
{
    connect(this, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

QUrl FaultServer::start(const QString &scheme)
{
    if (!listen(QHostAddress::LocalHost, 0))
        return {};
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

void FaultServer::setSlowReading(qint64 chunkBytes, int intervalMs)
{
    m_chunkBytes = chunkBytes;
    m_intervalMs = intervalMs;
}

void FaultServer::setAnswer(int status, const QByteArray &jsonBody)
{
    m_answer = "HTTP/1.1 " + QByteArray::number(status) +
               " Status\r\nContent-Type: application/json\r\nConnection: close\r\n"
               "Content-Length: " +
               QByteArray::number(jsonBody.size()) + "\r\n\r\n" + jsonBody;
}

void FaultServer::startSlowReading(QTcpSocket *socket)
{
    // Small buffers in Qt and in the kernel, so that the client can only send as fast as this
    // server reads.
    socket->setReadBufferSize(m_chunkBytes);
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, int(m_chunkBytes));
    struct Progress
    {
        QByteArray head;
        qint64 remaining = -1; // body bytes still expected once the head is complete
    };
    auto progress = std::make_shared<Progress>();
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, progress] {
        const QByteArray data = socket->read(m_chunkBytes);
        m_bytes += data.size();
        if (progress->remaining < 0) {
            progress->head += data;
            const qsizetype end = progress->head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray lower = progress->head.left(end).toLower();
            const qsizetype at = lower.indexOf("content-length:");
            if (at < 0)
                return;
            const qsizetype eol = lower.indexOf("\r\n", at);
            progress->remaining = lower.mid(at + 15, eol - at - 15).trimmed().toLongLong() -
                                  (progress->head.size() - end - 4);
        } else {
            progress->remaining -= data.size();
        }
        if (progress->remaining == 0) {
            timer->stop();
            answer(socket);
        }
    });
    // The answering modes read at full speed; their misbehaviour is in the answer.
    timer->start(m_mode == Mode::SlowReader ? m_intervalMs : 0);
}

void FaultServer::answer(QTcpSocket *socket)
{
    switch (m_mode) {
    case Mode::EndlessBody:
        sendEndlessly(socket);
        break;
    case Mode::Drip:
        drip(socket);
        break;
    default:
        socket->write(m_answer);
        socket->disconnectFromHost();
        break;
    }
}

void FaultServer::sendEndlessly(QTcpSocket *socket)
{
    // No Content-Length: the body lasts until the connection closes, which this server never
    // does. Kept at most 1 MiB ahead of the socket, so the server's own memory stays small.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                  "{\"status\":\"OK\",\"padding\":\"");
    const QByteArray chunk(64 * 1024, 'A');
    const auto refill = [this, socket, chunk] {
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 1024 * 1024) {
            socket->write(chunk);
            m_sent += chunk.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

void FaultServer::drip(QTcpSocket *socket)
{
    const QByteArray body(100000, ' ');
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n");
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [this, socket] {
        socket->write(" ");
        ++m_sent;
    });
    timer->start(m_intervalMs);
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        m_sockets.append(socket);
        if (m_mode == Mode::SlowReader || m_mode == Mode::EndlessBody || m_mode == Mode::Drip) {
            startSlowReading(socket);
            continue;
        }
        // Owned by the connection's functor, so it goes when either end of the connection does.
        const auto seen = std::make_shared<qint64>(0);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, seen] {
            const qint64 n = socket->readAll().size();
            *seen += n;
            m_bytes += n;
            if (m_mode == Mode::ResetAfterBytes && *seen >= m_resetAfter)
                socket->abort();
        });
        if (m_mode == Mode::TlsGarbage) {
            // Not a TLS record: content type 0x47 ('G') is no valid record type.
            socket->write(QByteArrayLiteral("GARBAGE, NOT TLS\r\n\r\n").repeated(8));
        }
    }
}

quint16 FaultServer::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
