// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the server's URL fetcher (server/urlfetcher): how it turns an HTTP response into the
// downloaded bytes or an error (status, redirects, Content-Length, chunked and compressed
// bodies, truncation, the size cap). cpp-httplib's client owns the socket inside
// UrlFetcher::fetch, so a loopback server in this process answers every connection with the
// input. A redirect's Location is made relative first ("/./" + value), so that every hop stays
// on 127.0.0.1: the fuzzer never reaches another host.

#include "fuzzapplication.h"
#include "urlfetcher.h"

#include <QByteArrayList>
#include <arpa/inet.h>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

class LoopbackResponder
{
public:
    LoopbackResponder()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_listener, 16);
        socklen_t length = sizeof address;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        std::thread([this] { run(); }).detach();
    }

    int port() const { return m_port; }

    void setResponse(QByteArray response)
    {
        const std::lock_guard lock(m_mutex);
        m_response = std::move(response);
    }

private:
    void run()
    {
        for (;;) {
            const int connection = ::accept(m_listener, nullptr, nullptr);
            if (connection < 0)
                continue;
            timeval timeout{2, 0};
            ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
            readRequestHead(connection);
            QByteArray response;
            {
                const std::lock_guard lock(m_mutex);
                response = m_response;
            }
            qsizetype sent = 0;
            while (sent < response.size()) {
                const ssize_t n = ::send(connection, response.constData() + sent,
                                         static_cast<size_t>(response.size() - sent), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
            ::shutdown(connection, SHUT_WR);
            // Wait for the client to close, so that it reads everything before a reset.
            char sink[4096];
            while (::recv(connection, sink, sizeof sink, 0) > 0) {
            }
            ::close(connection);
        }
    }

    static void readRequestHead(int connection)
    {
        QByteArray head;
        char buffer[1024];
        while (!head.contains("\r\n\r\n") && head.size() < 64 * 1024) {
            const ssize_t n = ::recv(connection, buffer, sizeof buffer, 0);
            if (n <= 0)
                return;
            head.append(buffer, n);
        }
    }

    int m_listener = -1;
    int m_port = 0;
    std::mutex m_mutex;
    QByteArray m_response;
};

// cpp-httplib matches header names exactly up to the colon, case-insensitively.
QByteArray withRelativeLocations(const QByteArray &response)
{
    QByteArrayList lines = response.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).toLower() != "location")
            continue;
        QByteArray value = line.mid(colon + 1);
        while (value.startsWith(' ') || value.startsWith('\t'))
            value.remove(0, 1);
        line = line.left(colon) + ": /./" + value;
    }
    return lines.join('\n');
}

LoopbackResponder *responder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vd::fuzz::makeCoreApplication(argc, argv);
    responder = new LoopbackResponder;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    responder->setResponse(withRelativeLocations(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))));
    // Loopback is allowed here because the responder is the only host it can reach.
    const vd::server::UrlFetcher fetcher(2000ms, true);
    const QString url = QStringLiteral("http://127.0.0.1:%1/selfie.jpg").arg(responder->port());
    fetcher.fetch(url, 64 * 1024);
    return 0;
}
