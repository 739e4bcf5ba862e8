#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback TCP server that misbehaves on purpose: accepts and stays silent, drops the
// connection after some request bytes, or answers a TLS handshake with garbage.
class FaultServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode
    {
        Silent,          // read everything, never answer
        ResetAfterBytes, // drop the connection once this many request bytes arrived
        TlsGarbage       // send bytes that are not a TLS record, keep the connection open
    };

    explicit FaultServer(Mode mode, QObject *parent = nullptr);
    void setResetAfterBytes(qint64 bytes) { m_resetAfter = bytes; }

    // Listens on 127.0.0.1 on a port the OS picks; returns the base URL with this scheme.
    QUrl start(const QString &scheme = QStringLiteral("http"));
    int connectionCount() const { return m_connections; }
    qint64 bytesReceived() const { return m_bytes; }

    // A loopback port on which nothing listens (bound, then closed), for "connection refused".
    static quint16 closedPort();

private:
    void onNewConnection();

    Mode m_mode;
    qint64 m_resetAfter = 1024;
    int m_connections = 0;
    qint64 m_bytes = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};
