// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientaddress.h"
#include "formreader.h"
#include "servermetrics.h"
#include "serveroptions.h"

#include <QString>
#include <atomic>
#include <memory>
#include <optional>

namespace httplib {
class Server;
}

namespace vd::server {

class VerificationService;

// The HTTP side of verifydesk-server, on cpp-httplib: the API route, NOT_FOUND for any other
// path, JSON bodies for the library's own refusals (malformed request, header or body too
// large), limits and timeouts, optional TLS, and the request log.
class ApiServer
{
public:
    ApiServer(const ServerOptions &options, VerificationService &service);
    ~ApiServer();

    // Binds the listening socket; an error message when it cannot (or TLS files are bad).
    std::optional<QString> bind();
    int port() const { return m_port; }
    // Serves until stop(); blocks the calling thread (returns at once after a stop()).
    void serve();
    void stop();
    ServerMetrics &metrics() { return m_metrics; }

private:
    void setUp();

    ServerOptions m_options;
    VerificationService &m_service;
    FormReader m_formReader;
    ClientAddress m_clients;
    ServerMetrics m_metrics;
    std::unique_ptr<httplib::Server> m_server;
    std::atomic<bool> m_serving = false; // serve() was called and has not returned
    std::atomic<bool> m_stopRequested = false;
    int m_port = -1;
    qint64 m_payloadLimit = 0;
};

} // namespace vd::server
