// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowclient.h"

#include <QSslConfiguration>

using namespace Qt::StringLiterals;

SlowClient::SlowClient(quint16 port, QByteArray request, int bytesPerStep, int intervalMs,
                       QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_bytesPerStep(bytesPerStep)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SlowClient::step);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        if (!m_tls)
            begin();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, &SlowClient::begin);
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_answer += m_socket.readAll(); });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_answer += m_socket.readAll();
        m_closedAfterMs = m_clock.elapsed();
        m_timer.stop();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_closedAfterMs < 0 && m_connected)
            m_closedAfterMs = m_clock.elapsed();
        m_timer.stop();
    });
    m_socket.setProperty("port", port);
}

void SlowClient::useTls(const QList<QSslCertificate> &caCertificates)
{
    QSslConfiguration configuration = m_socket.sslConfiguration();
    configuration.setCaCertificates(caCertificates);
    m_socket.setSslConfiguration(configuration);
    m_tls = true;
}

void SlowClient::start()
{
    m_clock.start();
    const QString host = u"127.0.0.1"_s;
    const auto port = static_cast<quint16>(m_socket.property("port").toUInt());
    if (m_tls)
        m_socket.connectToHostEncrypted(host, port);
    else
        m_socket.connectToHost(host, port);
}

void SlowClient::begin()
{
    m_connected = true;
    step();
    m_timer.start();
}

void SlowClient::step()
{
    if (m_sent >= m_request.size()) {
        m_timer.stop();
        return;
    }
    const QByteArray bytes = m_request.mid(m_sent, m_bytesPerStep);
    m_sent += m_socket.write(bytes);
}
