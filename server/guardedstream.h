// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>
#include <functional>
#include <httplib.h>
#include <openssl/ssl.h>

namespace vd::server {

// One client connection as cpp-httplib reads it, with the limits the library lacks: the whole
// request head must arrive within a deadline and fit in a size limit, its framing is checked
// and normalised (RequestHead) before the library sees it, and a body must keep up a minimum
// rate. A connection that breaks a limit gets its answer here (or is closed) and ends. Over
// TLS the same holds: the stream does the handshake itself, under the head's deadline, on a
// non-blocking socket, so that a client dripping TLS records is bounded like one dripping text.
class GuardedStream : public httplib::Stream
{
public:
    struct Limits
    {
        std::chrono::milliseconds headDeadline;
        std::chrono::milliseconds readTimeout;
        std::chrono::milliseconds writeTimeout;
        qsizetype maxHeadBytes;
        qint64 minBodyBytesPerSecond; // checked once readTimeout has passed in the body
    };
    // Counts the connections per client address waiting for the rest of a head (the server
    // that owns all streams keeps the count): begin is false when the address is at its limit.
    struct StallCounter
    {
        std::function<bool(const std::string &address)> begin;
        std::function<void(const std::string &address)> end;
    };

    // `tls` null: plain HTTP.
    GuardedStream(socket_t sock, SSL_CTX *tls, const Limits &limits, const StallCounter &stalls);
    ~GuardedStream() override;
    GuardedStream(const GuardedStream &) = delete;
    GuardedStream &operator=(const GuardedStream &) = delete;

    // The TLS handshake (nothing for plain HTTP); false when it failed or did not finish within
    // the head's deadline, and the connection is then to be closed.
    bool open();
    // Waits (up to `idle`) for the next request on the connection; false when none comes.
    bool waitForRequest(std::chrono::milliseconds idle);
    // The connection broke a limit (and was answered): no further request is read.
    bool failed() const { return m_failed; }

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char *ptr, size_t size) override;
    ssize_t write(const char *ptr, size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    socket_t socket() const override { return m_sock; }

private:
    // What recvSome/sendSome return when a TLS record is not complete yet.
    static constexpr ssize_t WouldBlock = -2;

    bool readHead();
    ssize_t receive(char *ptr, size_t size, std::chrono::milliseconds timeout);
    // Bytes already decrypted count as readable: poll() cannot see them.
    int waitReadable(std::chrono::milliseconds timeout) const;
    ssize_t recvSome(char *ptr, size_t size);
    ssize_t sendSome(const char *ptr, size_t size, bool &wantsRead);
    void refuse(int httpCode, const QString &reason);

    socket_t m_sock;
    SSL *m_ssl = nullptr;
    Limits m_limits;
    const StallCounter &m_stalls;
    std::string m_peer;
    int m_peerPort = -1;
    QByteArray m_buffer; // read from the socket, not yet handed to the library
    qsizetype m_bufferAt = 0;
    bool m_headDone = false;
    bool m_failed = false;
    bool m_waitingCounted = false;
    qint64 m_bodyBytes = 0;
    std::chrono::steady_clock::time_point m_bodyStarted;
};

} // namespace vd::server
