// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerflood.h"

#include <QElapsedTimer>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

HeaderFlood::Result HeaderFlood::send(quint16 port, const QByteArray &requestLine,
                                      qint64 headerLines, int timeoutMs)
{
    Result result;
    const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (sock < 0 ||
        ::connect(sock, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        result.error = "cannot connect";
        if (sock >= 0)
            ::close(sock);
        return result;
    }
    std::atomic<qint64> sent{0};
    std::atomic<bool> stop{false};
    std::thread writer([&] {
        QByteArray chunk = requestLine;
        chunk.append("\r\nHost: 127.0.0.1\r\n");
        const QByteArray line = "X-Flood: 1\r\n";
        qint64 lines = 0;
        bool ended = false;
        while (!stop) {
            while (chunk.size() < 64 * 1024 && lines < headerLines) {
                chunk += line;
                ++lines;
            }
            if (lines == headerLines && !ended) {
                chunk += "\r\n";
                ended = true;
            }
            if (chunk.isEmpty())
                break;
            const ssize_t n =
                ::send(sock, chunk.constData(), static_cast<size_t>(chunk.size()), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
            chunk.remove(0, n);
        }
    });
    QElapsedTimer clock;
    clock.start();
    char buffer[4096];
    while (clock.elapsed() < timeoutMs) {
        pollfd entry{sock, POLLIN, 0};
        if (::poll(&entry, 1, 100) <= 0)
            continue;
        const ssize_t n = ::recv(sock, buffer, sizeof buffer, 0);
        if (n <= 0) {
            result.closed = true;
            break;
        }
        result.answer.append(buffer, n);
    }
    result.elapsedMs = clock.elapsed();
    stop = true;
    ::shutdown(sock, SHUT_RDWR);
    writer.join();
    ::close(sock);
    result.bytesSent = sent;
    return result;
}
