// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedserver.h"

#include <sys/socket.h>
#include <unistd.h>

namespace vd::server {

GuardedServer::GuardedServer(const GuardedStream::Limits &limits, int maxStalledPerAddress,
                             std::unique_ptr<TlsContext> tls)
    : m_limits(limits)
    , m_tls(std::move(tls))
    , m_stallCounter{[this](const std::string &address) { return beginStalled(address); },
                     [this](const std::string &address) {
                         endStalled(address);
                     }}
    , m_maxStalledPerAddress(maxStalledPerAddress)
{
}

bool GuardedServer::beginStalled(const std::string &address)
{
    const std::lock_guard lock(m_mutex);
    int &stalled = m_stalled[QByteArray::fromStdString(address)];
    if (stalled >= m_maxStalledPerAddress)
        return false;
    ++stalled;
    return true;
}

void GuardedServer::endStalled(const std::string &address)
{
    const std::lock_guard lock(m_mutex);
    const QByteArray key = QByteArray::fromStdString(address);
    if (--m_stalled[key] <= 0)
        m_stalled.remove(key);
}

// The library's own loop (detail::process_server_socket_core) with GuardedStream in place of
// its socket stream, one stream for the whole connection so that pipelined bytes are kept.
bool GuardedServer::process_and_close_socket(socket_t sock)
{
    bool served = false;
    {
        GuardedStream stream(sock, m_tls ? m_tls->context() : nullptr, m_limits, m_stallCounter);
        size_t requestsLeft = keep_alive_max_count_;
        const auto idle = std::chrono::seconds(keep_alive_timeout_sec_);
        const bool opened = stream.open();
        while (opened && svr_sock_ != INVALID_SOCKET && requestsLeft > 0 &&
               stream.waitForRequest(idle)) {
            bool connectionClosed = false;
            served = process_request(stream, requestsLeft == 1, connectionClosed, nullptr);
            if (!served || connectionClosed || stream.failed())
                break;
            --requestsLeft;
        }
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return served;
}

} // namespace vd::server
