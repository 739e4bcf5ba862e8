// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "contract/apicontract.h"
#include "contract/selfierules.h"
#include "guardedserver.h"
#include "logging.h"
#include "scoringpool.h"
#include "verificationservice.h"

#include <QJsonDocument>
#include <algorithm>
#include <chrono>
#include <httplib.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace vd::server {

using contract::SelfieRules;

namespace {

// What the request log needs to know about the request being served on this thread:
// cpp-httplib calls the pre-routing handler, the route or error handler, and the logger on
// the connection's thread, in that order.
// The README promises this bound on a whole request head (request line and headers).
constexpr qsizetype MaxRequestHeadBytes = 8 * 1024;
// A body slower than this (on average, once the read timeout has passed) holds a connection
// thread for nothing: 5 MiB at this rate would still arrive within about five minutes.
constexpr qint64 MinBodyBytesPerSecond = 16 * 1024;

struct RequestContext
{
    QString requestId;
    QString accountId;
    QString status;
    QString detail;
    std::chrono::steady_clock::time_point started;
};
thread_local RequestContext context;

void beginContext()
{
    context = RequestContext{
        VerificationService::newRequestId(), {}, {}, {}, std::chrono::steady_clock::now()};
}

void writeJson(httplib::Response &response, int httpCode, const QJsonObject &body)
{
    response.status = httpCode;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json; charset=utf-8");
}

void writeError(httplib::Response &response, const ApiError &error, int httpCode)
{
    if (context.requestId.isEmpty())
        beginContext();
    context.status = error.statusName();
    context.detail = error.reason;
    writeJson(response, httpCode, error.toJson(context.requestId));
}

} // namespace

ApiServer::ApiServer(const ServerOptions &options, VerificationService &service)
    : m_options(options)
    , m_service(service)
    , m_formReader({{contract::form::SelfieFile, SelfieRules::MaxBytes},
                    {contract::form::LivenessDataFile, options.maxLivenessBytes}},
                   64 * 1024)
    , m_clients(options.trustedProxies)
{
}

ApiServer::~ApiServer() = default;

std::optional<QString> ApiServer::bind()
{
    std::unique_ptr<TlsContext> tls;
    if (!m_options.tlsCert.isEmpty()) {
        QString error;
        tls = TlsContext::load(m_options.tlsCert, m_options.tlsKey, error);
        if (!tls)
            return error;
    }
    const std::chrono::seconds timeout(m_options.readTimeoutSeconds);
    // A quarter of the connection threads at most may wait on stalled heads from one address:
    // a slowloris from there leaves the rest to everyone else.
    m_server = std::make_unique<GuardedServer>(
        GuardedStream::Limits{timeout, timeout, timeout, MaxRequestHeadBytes,
                              MinBodyBytesPerSecond},
        std::max(1, m_options.ioThreads / 4), std::move(tls));
    setUp();
    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        m_port = m_server->bind_to_any_port(host);
    } else {
        m_port = m_server->bind_to_port(host, m_options.port) ? m_options.port : -1;
    }
    if (m_port <= 0)
        return u"cannot listen on %1:%2"_s.arg(m_options.host, QString::number(m_options.port));
    return std::nullopt;
}

void ApiServer::serve()
{
    m_serving = true;
    if (!m_stopRequested)
        m_server->listen_after_bind();
    m_serving = false;
}

void ApiServer::stop()
{
    if (!m_server)
        return;
    // httplib's stop() acts only on a server that is already listening: a SIGTERM right after
    // the start, before the serving thread got there, would be lost and its join would hang.
    // The two flags (sequentially consistent) make one side see the other.
    m_stopRequested = true;
    while (m_serving && !m_server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    m_server->stop();
}

void ApiServer::setUp()
{
    httplib::Server &server = *m_server;
    const int ioThreads = m_options.ioThreads;
    server.new_task_queue = [ioThreads] {
        return new httplib::ThreadPool(ioThreads);
    };
    server.set_read_timeout(m_options.readTimeoutSeconds, 0);
    server.set_write_timeout(m_options.readTimeoutSeconds, 0);
    // An idle connection waits for its next request no longer than a silent client may stay.
    server.set_keep_alive_timeout(std::min(5, m_options.readTimeoutSeconds));
    // A hard cap on a declared body: both inputs at their limits plus room for the other
    // fields. Parts over their own limit are refused while they stream (FormReader).
    m_payloadLimit = (SelfieRules::MaxBytes + m_options.maxLivenessBytes) * 4;
    server.set_payload_max_length(static_cast<size_t>(m_payloadLimit));

    server.set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        beginContext();
        return httplib::Server::HandlerResponse::Unhandled;
    });

    server.Post(contract::ApiPath, [this](const httplib::Request &request,
                                          httplib::Response &response,
                                          const httplib::ContentReader &reader) {
        RequestForm form = m_formReader.read(request, reader);
        form.clientRequestId =
            QByteArray::fromStdString(request.get_header_value(vd::contract::RequestIdHeader));
        ApiReply reply;
        if (form.readError && response.status == 413) {
            // cpp-httplib refused a declared length over the payload limit without reading.
            reply = VerificationService::errorReply(
                ApiError::invalidArgument(u"the request body is larger than %1 bytes"_s.arg(
                    QString::number(m_payloadLimit))),
                context.requestId);
            reply.httpCode = 413;
        } else {
            reply = m_service.handle(form, context.requestId);
        }
        context.accountId = reply.accountId;
        context.status = reply.status;
        context.detail = reply.detail;
        writeJson(response, reply.httpCode, reply.body);
        if (reply.httpCode == 503)
            response.set_header("Retry-After", "1");
        if (form.bodyLeftUnread)
            response.set_header("Connection", "close");
    });

    // For load balancers and the service's readiness check: no credentials, no side effects.
    server.Get("/healthz", [](const httplib::Request &, httplib::Response &response) {
        response.set_content("{\"status\":\"ok\"}", "application/json");
    });

    // For the operators' Prometheus (nginx.conf.in keeps it from API clients): counters and
    // gauges only, no credentials, no account names.
    server.Get("/metrics", [this](const httplib::Request &, httplib::Response &response) {
        const ScoringPool &pool = m_service.pool();
        response.set_content(m_metrics.render(pool.queued(), pool.scoring()),
                             "text/plain; version=0.0.4; charset=utf-8");
    });

    // The library's own refusals (no route, malformed request, too large) get JSON bodies too.
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request &, httplib::Response &response) {
            if (!response.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            if (response.status == 404) {
                writeError(response, ApiError::of(contract::Status::NotFound), 404);
            } else if (response.status == 413) {
                writeError(response, ApiError::invalidArgument(u"the request body is too large"_s),
                           413);
            } else if (response.status == 414 || response.status == 431) {
                writeError(response, ApiError::invalidArgument(u"the request head is too large"_s),
                           response.status);
            } else if (response.status < 500) {
                writeError(response,
                           ApiError::invalidArgument(
                               u"the request is malformed (HTTP %1)"_s.arg(response.status)),
                           response.status);
            } else {
                writeError(response, ApiError::internal({}), 500);
            }
            return httplib::Server::HandlerResponse::Handled;
        }));

    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &response, std::exception_ptr exception) {
            QString what = u"exception of unknown type"_s;
            try {
                std::rethrow_exception(exception);
            } catch (const std::exception &e) {
                what = QString::fromUtf8(e.what());
            } catch (...) {
            }
            response.body.clear();
            writeError(response, ApiError::internal(what), 500);
            context.detail = what;
        });

    server.set_logger([this](const httplib::Request &request, const httplib::Response &response) {
        const auto latency = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - context.started);
        m_metrics.observeRequest(response.status, latency.count() / 1e6);
        const QString client =
            m_clients.resolve(request.remote_addr, request.get_header_value("X-Forwarded-For"));
        // The client's X-Request-ID, so that a client can match its attempts to this log; only
        // the characters of a UUID, at most 64, so that a header cannot forge log lines.
        QString clientId =
            QString::fromStdString(request.get_header_value(vd::contract::RequestIdHeader))
                .left(64);
        clientId.removeIf([](QChar c) { return !c.isLetterOrNumber() && c != u'-'; });
        // The path only: the query string may hold api_secret.
        qCInfo(lcServer).noquote()
            << u"%1 account=%2 http=%3 status=%4 latency_ms=%5 %6 %7 client=%8%9 xrid=%10"_s.arg(
                   context.requestId, context.accountId.isEmpty() ? u"-"_s : context.accountId,
                   QString::number(response.status),
                   context.status.isEmpty() ? u"-"_s : context.status,
                   QString::number(latency.count() / 1000.0, 'f', 1),
                   QString::fromStdString(request.method), QString::fromStdString(request.path),
                   client, context.detail.isEmpty() ? QString() : u" detail="_s + context.detail,
                   clientId.isEmpty() ? u"-"_s : clientId);
        context = RequestContext{};
    });
}

} // namespace vd::server
