// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardedstream.h"
#include "tlscontext.h"

#include <QHash>
#include <httplib.h>
#include <mutex>

namespace vd::server {

// cpp-httplib's server with its connections read through GuardedStream (head deadline and size
// limit, framing checks, minimum body rate), and a limit on how many connections from one
// client address may sit waiting for the rest of a request head: those hold connection threads
// (slowloris), so past the limit a stalled connection is closed at once and the other threads
// stay free for clients that send their requests. With a TlsContext it serves HTTPS under the
// same guard (the library's own SSLServer would read the connection unguarded).
class GuardedServer : public httplib::Server
{
public:
    // `tls` null: plain HTTP.
    GuardedServer(const GuardedStream::Limits &limits, int maxStalledPerAddress,
                  std::unique_ptr<TlsContext> tls = nullptr);

private:
    // A stream whose head has stalled counts itself here; false when the address is at its
    // limit.
    bool beginStalled(const std::string &address);
    void endStalled(const std::string &address);
    bool process_and_close_socket(socket_t sock) override;

    GuardedStream::Limits m_limits;
    std::unique_ptr<TlsContext> m_tls;
    GuardedStream::StallCounter m_stallCounter;
    int m_maxStalledPerAddress;
    std::mutex m_mutex;
    QHash<QByteArray, int> m_stalled;
};

} // namespace vd::server
