// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

// A hostile client for server tests (slowloris): connects to 127.0.0.1:port and sends its
// request a few bytes at a time with a pause between them, recording what comes back and when
// the server closed the connection; over TLS when given the CA to trust, dripping only after the
// handshake. Runs on the test's event loop (QTRY_*, QTest::qWait).
class SlowClient : public QObject
{
    Q_OBJECT

public:
    SlowClient(quint16 port, QByteArray request, int bytesPerStep, int intervalMs,
               QObject *parent = nullptr);

    // Speak TLS to a server whose certificate this CA signed; call before start().
    void useTls(const QList<QSslCertificate> &caCertificates);
    void start();
    bool connected() const { return m_connected; }
    bool closedByServer() const { return m_closedAfterMs >= 0; }
    // Since start(); -1 while the connection is open.
    qint64 closedAfterMs() const { return m_closedAfterMs; }
    qint64 bytesSent() const { return m_sent; }
    QByteArray answer() const { return m_answer; }

private:
    void step();
    void begin();

    QSslSocket m_socket;
    bool m_tls = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_request;
    int m_bytesPerStep;
    qint64 m_sent = 0;
    qint64 m_closedAfterMs = -1;
    bool m_connected = false;
    QByteArray m_answer;
};
