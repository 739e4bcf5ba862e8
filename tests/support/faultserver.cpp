#include "faultserver.h"

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

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        m_sockets.append(socket);
        qint64 *seen = new qint64(0);
        connect(socket, &QObject::destroyed, this, [seen] { delete seen; });
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
