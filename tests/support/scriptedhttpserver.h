// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

// A loopback HTTP server for tests that answers each request as scripted: a status and body,
// no answer at all (stall), or a closed connection. It records every request it received.
class ScriptedHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Reply
    {
        enum class Action
        {
            Respond,
            Stall, // keep the connection open and never answer
            Close  // drop the connection without answering
        };
        Action action = Action::Respond;
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");

        static Reply json(int status, const QByteArray &body);
        static Reply raw(int status, const QByteArray &body, const QByteArray &contentType);
        static Reply stall();
        static Reply close();
    };

    struct Request
    {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAtMs = 0; // since the server was created

        QByteArray header(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 on a port the OS picks; returns the base URL, empty on failure.
    QUrl start();
    // Replies used in order, one per request; when none is left, the default reply is used.
    void enqueue(const Reply &reply);
    void setDefaultReply(const Reply &reply);
    const QList<Request> &requests() const { return m_requests; }

signals:
    void requestReceived();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QList<Reply> m_queue;
    Reply m_defaultReply;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_stalled;
    QElapsedTimer m_clock;
};
