// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedstream.h"

#include "apierror.h"
#include "logging.h"
#include "requesthead.h"
#include "verificationservice.h"

#include <QJsonDocument>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// What poll() says about the socket within `timeout`: >0 ready, 0 timed out, <0 error.
int waitFor(socket_t sock, short events, milliseconds timeout)
{
    pollfd entry{sock, events, 0};
    int ready = 0;
    do {
        ready = ::poll(&entry, 1, static_cast<int>(std::max<qint64>(0, timeout.count())));
    } while (ready < 0 && errno == EINTR);
    return ready;
}

void addressOf(const sockaddr_storage &address, std::string &ip, int &port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto *v4 = reinterpret_cast<const sockaddr_in *>(&address);
        ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
        port = ntohs(v4->sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
        port = ntohs(v6->sin6_port);
    }
    ip = text;
}

const char *reasonPhrase(int httpCode)
{
    switch (httpCode) {
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

} // namespace

GuardedStream::GuardedStream(socket_t sock, SSL_CTX *tls, const Limits &limits,
                             const StallCounter &stalls)
    : m_sock(sock)
    , m_limits(limits)
    , m_stalls(stalls)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(sock, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        addressOf(address, m_peer, m_peerPort);
    if (tls) {
        m_ssl = SSL_new(tls);
        if (m_ssl)
            SSL_set_fd(m_ssl, sock);
    }
}

GuardedStream::~GuardedStream()
{
    if (m_waitingCounted)
        m_stalls.end(m_peer);
    if (m_ssl) {
        // close_notify, without waiting for the client's (the socket is closed next).
        if (SSL_is_init_finished(m_ssl))
            SSL_shutdown(m_ssl);
        SSL_free(m_ssl);
    }
}

bool GuardedStream::open()
{
    if (!m_ssl)
        return true;
    const int flags = ::fcntl(m_sock, F_GETFL, 0);
    if (flags < 0 || ::fcntl(m_sock, F_SETFL, flags | O_NONBLOCK) < 0)
        return false;
    const Clock::time_point started = Clock::now();
    const Clock::time_point deadline = started + m_limits.headDeadline;
    // A handshake waits a round trip or two; one still waiting after a second is stalled
    // and counts against its address like a stalled head.
    const Clock::time_point stalledAfter = started + milliseconds(1000);
    bool done = false;
    while (!done) {
        const int accepted = SSL_accept(m_ssl);
        if (accepted == 1) {
            done = true;
            break;
        }
        const int error = SSL_get_error(m_ssl, accepted);
        if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE)
            break;
        const Clock::time_point now = Clock::now();
        if (now >= deadline) {
            qCInfo(lcServer).noquote()
                << u"connection from %1 closed: the TLS handshake did not finish within %2 s"_s.arg(
                       QString::fromStdString(m_peer),
                       QString::number(
                           std::chrono::duration_cast<std::chrono::seconds>(m_limits.headDeadline)
                               .count()));
            break;
        }
        if (!m_waitingCounted && now >= stalledAfter) {
            if (!m_stalls.begin(m_peer)) {
                qCInfo(lcServer).noquote()
                    << u"connection from %1 closed: too many connections from this address "
                       "are stalled in their TLS handshakes"_s.arg(QString::fromStdString(m_peer));
                break;
            }
            m_waitingCounted = true;
        }
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - now);
        waitFor(m_sock, error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT,
                std::min({left, m_limits.readTimeout, milliseconds(250)}));
    }
    if (m_waitingCounted) {
        m_stalls.end(m_peer);
        m_waitingCounted = false;
    }
    if (!done)
        m_failed = true;
    return done;
}

int GuardedStream::waitReadable(milliseconds timeout) const
{
    if (m_ssl && SSL_pending(m_ssl) > 0)
        return 1;
    return waitFor(m_sock, POLLIN, timeout);
}

ssize_t GuardedStream::recvSome(char *ptr, size_t size)
{
    if (!m_ssl) {
        ssize_t received = -1;
        do {
            received = ::recv(m_sock, ptr, size, 0);
        } while (received < 0 && errno == EINTR);
        return received;
    }
    const int received = SSL_read(m_ssl, ptr, static_cast<int>(std::min<size_t>(size, INT_MAX)));
    if (received > 0)
        return received;
    switch (SSL_get_error(m_ssl, received)) {
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return WouldBlock;
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    default:
        return -1;
    }
}

ssize_t GuardedStream::sendSome(const char *ptr, size_t size, bool &wantsRead)
{
    wantsRead = false;
    if (!m_ssl) {
        ssize_t sent = -1;
        do {
            sent = ::send(m_sock, ptr, size, MSG_NOSIGNAL);
        } while (sent < 0 && errno == EINTR);
        return sent;
    }
    const int sent = SSL_write(m_ssl, ptr, static_cast<int>(std::min<size_t>(size, INT_MAX)));
    if (sent > 0)
        return sent;
    const int error = SSL_get_error(m_ssl, sent);
    wantsRead = error == SSL_ERROR_WANT_READ;
    return wantsRead || error == SSL_ERROR_WANT_WRITE ? WouldBlock : -1;
}

bool GuardedStream::waitForRequest(milliseconds idle)
{
    m_headDone = false;
    if (m_failed)
        return false;
    return m_bufferAt < m_buffer.size() || waitReadable(idle) > 0;
}

bool GuardedStream::readHead()
{
    const Clock::time_point deadline = Clock::now() + m_limits.headDeadline;
    QByteArray raw = m_buffer.mid(m_bufferAt);
    m_buffer.clear();
    m_bufferAt = 0;
    qsizetype headEnd = -1;
    qsizetype searchFrom = 0;
    char chunk[4096];
    for (;;) {
        const qsizetype blankLine = raw.indexOf("\r\n\r\n", searchFrom);
        if (blankLine >= 0) {
            headEnd = blankLine + 4;
            break;
        }
        if (raw.size() > m_limits.maxHeadBytes)
            break;
        searchFrom = std::max<qsizetype>(0, raw.size() - 3);
        const Clock::time_point now = Clock::now();
        if (now >= deadline) {
            refuse(408, u"the request head did not arrive within %1 s"_s.arg(
                            std::chrono::duration_cast<std::chrono::seconds>(m_limits.headDeadline)
                                .count()));
            return false;
        }
        if (!m_waitingCounted && waitReadable(milliseconds(0)) == 0) {
            if (!m_stalls.begin(m_peer)) {
                qCInfo(lcServer).noquote()
                    << u"connection from %1 closed: too many connections from this address "
                       "are waiting for the rest of their request heads"_s.arg(
                           QString::fromStdString(m_peer));
                m_failed = true;
                return false;
            }
            m_waitingCounted = true;
        }
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - now);
        const int ready = waitReadable(std::min(left, m_limits.readTimeout));
        if (ready == 0)
            continue;
        const ssize_t received = ready > 0 ? recvSome(chunk, sizeof chunk) : -1;
        if (received == WouldBlock)
            continue;
        if (received <= 0) { // closed by the client (or broken) before the head was complete
            m_failed = true;
            return false;
        }
        raw.append(chunk, received);
    }
    if (m_waitingCounted) {
        m_stalls.end(m_peer);
        m_waitingCounted = false;
    }
    if (headEnd < 0 || headEnd > m_limits.maxHeadBytes) {
        refuse(431, u"the request head is larger than %1 bytes"_s.arg(m_limits.maxHeadBytes));
        return false;
    }
    const RequestHead head = RequestHead::check(raw.left(headEnd));
    if (head.refusal()) {
        refuse(head.refusal()->httpCode, head.refusal()->reason);
        return false;
    }
    m_buffer = head.normalized() + raw.mid(headEnd);
    m_headDone = true;
    m_bodyBytes = 0;
    m_bodyStarted = Clock::now();
    return true;
}

ssize_t GuardedStream::receive(char *ptr, size_t size, milliseconds timeout)
{
    // Over TLS a readable socket may hold only part of a record: wait on for the rest, within
    // the same timeout.
    const Clock::time_point deadline = Clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (waitReadable(std::max(left, milliseconds(0))) <= 0)
            return -1;
        const ssize_t received = recvSome(ptr, size);
        if (received != WouldBlock)
            return received;
        if (Clock::now() >= deadline)
            return -1;
    }
}

ssize_t GuardedStream::read(char *ptr, size_t size)
{
    if (m_failed || (!m_headDone && !readHead()))
        return -1;
    if (m_bufferAt < m_buffer.size()) {
        const qsizetype count =
            std::min<qsizetype>(static_cast<qsizetype>(size), m_buffer.size() - m_bufferAt);
        std::memcpy(ptr, m_buffer.constData() + m_bufferAt, static_cast<size_t>(count));
        m_bufferAt += count;
        if (m_bufferAt == m_buffer.size()) {
            m_buffer.clear();
            m_bufferAt = 0;
        }
        return count;
    }
    const ssize_t received = receive(ptr, size, m_limits.readTimeout);
    if (received <= 0)
        return received;
    m_bodyBytes += received;
    const auto elapsed =
        std::chrono::duration_cast<milliseconds>(Clock::now() - m_bodyStarted).count();
    if (elapsed > m_limits.readTimeout.count() &&
        m_bodyBytes * 1000 < m_limits.minBodyBytesPerSecond * elapsed) {
        qCInfo(lcServer).noquote()
            << u"connection from %1 closed: its body arrived at %2 bytes/s, under the minimum "
               "of %3"_s.arg(QString::fromStdString(m_peer),
                             QString::number(m_bodyBytes * 1000 / std::max<qint64>(1, elapsed)),
                             QString::number(m_limits.minBodyBytesPerSecond));
        m_failed = true;
        return -1;
    }
    return received;
}

bool GuardedStream::is_readable() const
{
    return m_bufferAt < m_buffer.size() || waitReadable(m_limits.readTimeout) > 0;
}

bool GuardedStream::is_writable() const
{
    return waitFor(m_sock, POLLOUT, m_limits.writeTimeout) > 0;
}

ssize_t GuardedStream::write(const char *ptr, size_t size)
{
    const Clock::time_point deadline = Clock::now() + m_limits.writeTimeout;
    // A TLS write may have to read first (a key update from the client).
    bool wantsRead = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (waitFor(m_sock, wantsRead ? POLLIN : POLLOUT, std::max(left, milliseconds(0))) <= 0)
            return -1;
        const ssize_t sent = sendSome(ptr, size, wantsRead);
        if (sent != WouldBlock)
            return sent;
        if (Clock::now() >= deadline)
            return -1;
    }
}

void GuardedStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    ip = m_peer;
    port = m_peerPort;
}

void GuardedStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(m_sock, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        addressOf(address, ip, port);
}

void GuardedStream::refuse(int httpCode, const QString &reason)
{
    m_failed = true;
    const QString requestId = VerificationService::newRequestId();
    const ApiError error = ApiError::invalidArgument(reason);
    const QByteArray body = QJsonDocument(error.toJson(requestId)).toJson(QJsonDocument::Compact);
    const QByteArray answer =
        "HTTP/1.1 " + QByteArray::number(httpCode) + ' ' + reasonPhrase(httpCode) +
        "\r\nContent-Type: application/json; charset=utf-8\r\n"
        "Content-Length: " +
        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    qsizetype written = 0;
    while (written < answer.size()) {
        const ssize_t sent =
            write(answer.constData() + written, static_cast<size_t>(answer.size() - written));
        if (sent <= 0)
            break;
        written += sent;
    }
    qCInfo(lcServer).noquote() << u"%1 account=- http=%2 status=%3 peer=%4 detail=%5"_s.arg(
        requestId, QString::number(httpCode), error.statusName(), QString::fromStdString(m_peer),
        reason);
    // Read and drop what the client is still sending for a moment, so that closing does not
    // reset the connection before the answer has reached it.
    if (m_ssl && SSL_is_init_finished(m_ssl))
        SSL_shutdown(m_ssl);
    ::shutdown(m_sock, SHUT_WR);
    const Clock::time_point until = Clock::now() + milliseconds(1000);
    char sink[16384];
    while (Clock::now() < until &&
           waitFor(m_sock, POLLIN, std::chrono::duration_cast<milliseconds>(until - Clock::now())) >
               0) {
        if (::recv(m_sock, sink, sizeof sink, 0) <= 0)
            break;
    }
}

} // namespace vd::server
