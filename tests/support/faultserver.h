// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback TCP server that misbehaves on purpose: accepts and stays silent, drops the
// connection after some request bytes, answers a TLS handshake with garbage, reads the
// request slowly (a slow link) before answering, or reads it and then answers endlessly fast
// or one byte at a time.
class FaultServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode
    {
        Silent,          // read everything, never answer
        ResetAfterBytes, // drop the connection once this many request bytes arrived
        TlsGarbage,      // send bytes that are not a TLS record, keep the connection open
        SlowReader,      // read chunkBytes every intervalMs; answer once the request is in
        EndlessBody,     // read the request, then send a 200 whose body never ends, fast
        Drip             // read the request, then send a 200 head and one body byte per intervalMs
    };

    explicit FaultServer(Mode mode, QObject *parent = nullptr);
    void setResetAfterBytes(qint64 bytes) { m_resetAfter = bytes; }
    void setSlowReading(qint64 chunkBytes, int intervalMs);
    // The raw HTTP response a SlowReader sends once it has read the whole request.
    void setAnswer(int status, const QByteArray &jsonBody);

    // Listens on 127.0.0.1 on a port the OS picks; returns the base URL with this scheme.
    QUrl start(const QString &scheme = QStringLiteral("http"));
    int connectionCount() const { return m_connections; }
    qint64 bytesReceived() const { return m_bytes; }
    qint64 bytesSent() const { return m_sent; }

    // A loopback port on which nothing listens (bound, then closed), for "connection refused".
    static quint16 closedPort();

private:
    void onNewConnection();
    void startSlowReading(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void sendEndlessly(QTcpSocket *socket);
    void drip(QTcpSocket *socket);

    Mode m_mode;
    qint64 m_resetAfter = 1024;
    qint64 m_chunkBytes = 64 * 1024;
    int m_intervalMs = 20;
    QByteArray m_answer;
    int m_connections = 0;
    qint64 m_bytes = 0;
    qint64 m_sent = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};
