// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(int status, const QByteArray &body)
{
    return raw(status, body, QByteArrayLiteral("application/json"));
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::raw(int status, const QByteArray &body,
                                                         const QByteArray &contentType)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::stall()
{
    Reply r;
    r.action = Action::Stall;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::close()
{
    Reply r;
    r.action = Action::Close;
    return r;
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_defaultReply(Reply::json(500, QByteArrayLiteral("{\"status\":\"INTERNAL_ERROR\"}")))
{
    m_clock.start();
}

QUrl ScriptedHttpServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

void ScriptedHttpServer::enqueue(const Reply &reply)
{
    m_queue.append(reply);
}

void ScriptedHttpServer::setDefaultReply(const Reply &reply)
{
    m_defaultReply = reply;
}

bool ScriptedHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request recorded;
    recorded.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                     int(request.method())))
                          .toUpper();
    recorded.url = request.url();
    recorded.headers = request.headers();
    recorded.body = request.body();
    recorded.receivedAtMs = m_clock.elapsed();
    m_requests.append(recorded);

    const Reply reply = m_queue.isEmpty() ? m_defaultReply : m_queue.takeFirst();
    switch (reply.action) {
    case Reply::Action::Respond: {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}},
                        QHttpServerResponder::StatusCode(reply.status));
        break;
    }
    case Reply::Action::Stall:
        m_stalled.append(socket);
        break;
    case Reply::Action::Close:
        socket->abort();
        break;
    }
    emit requestReceived();
    return true;
}

void ScriptedHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
