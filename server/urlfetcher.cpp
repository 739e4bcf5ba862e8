// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlfetcher.h"

#include "verifydeskconfig.h"

#include <QHostInfo>
#include <array>
#include <condition_variable>
#include <future>
#include <httplib.h>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

constexpr int MaxRedirects = 5;
using Clock = std::chrono::steady_clock;

// QHostInfo::fromName has no timeout: the lookup runs on a thread of its own, left to finish
// alone (its answer unused) when the deadline passes first.
std::optional<QHostInfo> lookUp(const QString &host, Clock::time_point deadline)
{
    auto promise = std::make_shared<std::promise<QHostInfo>>();
    std::future<QHostInfo> answer = promise->get_future();
    std::thread([promise, host] { promise->set_value(QHostInfo::fromName(host)); }).detach();
    if (answer.wait_until(deadline) != std::future_status::ready)
        return std::nullopt;
    return answer.get();
}

FetchResult failure(FetchResult::Outcome outcome, const QString &message)
{
    FetchResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

} // namespace

UrlFetcher::UrlFetcher(std::chrono::milliseconds timeout, bool allowPrivate)
    : m_timeout(timeout)
    , m_allowPrivate(allowPrivate)
{
}

bool UrlFetcher::isNonPublic(const QHostAddress &input)
{
    bool isMappedV4 = false;
    const quint32 v4 = input.toIPv4Address(&isMappedV4);
    const QHostAddress address = isMappedV4 ? QHostAddress(v4) : input;
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() ||
        address.isMulticast() || address.isBroadcast() || address.isSiteLocal() ||
        address.isUniqueLocalUnicast() || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        return true;
    // Ranges QHostAddress does not classify: RFC 1918, carrier-grade NAT, "this network",
    // benchmarking, documentation, reserved, 6to4 relay, discard and NAT64 prefixes.
    // IPv6 forms that embed or reach an IPv4 address: IPv4-compatible (::/96, deprecated; so
    // [::127.0.0.1] is loopback), IPv4-translated (::ffff:0:0:0/96), NAT64 (64:ff9b::/96 and
    // the local-use 64:ff9b:1::/48) and Teredo (2001::/32); 6to4 (2002::/16) is judged by the
    // IPv4 address it embeds.
    static const std::array<const char *, 18> ranges = {
        "0.0.0.0/8",    "10.0.0.0/8",      "100.64.0.0/10", "172.16.0.0/12",   "192.0.0.0/24",
        "192.0.2.0/24", "192.168.0.0/16",  "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "240.0.0.0/4",  "100::/64",        "64:ff9b::/96",  "64:ff9b:1::/48",  "2001:db8::/32",
        "::/96",        "::ffff:0:0:0/96", "2001::/32"};
    for (const char *range : ranges) {
        const auto subnet = QHostAddress::parseSubnet(QString::fromLatin1(range));
        if (address.isInSubnet(subnet))
            return true;
    }
    if (address.isInSubnet(QHostAddress::parseSubnet(u"2002::/16"_s))) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        const quint32 embedded = (quint32(bytes[2]) << 24) | (quint32(bytes[3]) << 16) |
                                 (quint32(bytes[4]) << 8) | quint32(bytes[5]);
        return isNonPublic(QHostAddress(embedded));
    }
    return false;
}

FetchResult UrlFetcher::fetch(const QString &urlText, qint64 maxBytes) const
{
    const auto deadline = Clock::now() + m_timeout;
    const QString timedOutMessage = u"the download timed out after %1 ms"_s.arg(m_timeout.count());
    QUrl url(urlText, QUrl::StrictMode);
    for (int hop = 0; hop <= MaxRedirects; ++hop) {
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
            return failure(FetchResult::Outcome::Failed, u"not an absolute http or https URL"_s);
        if (!url.userInfo().isEmpty())
            return failure(FetchResult::Outcome::Failed, u"URLs with credentials are refused"_s);

        // Resolve once, check every address, then connect to the checked one.
        const QString host = url.host();
        QHostAddress address;
        if (!address.setAddress(host)) {
            const std::optional<QHostInfo> found = lookUp(host, deadline);
            if (!found)
                return failure(FetchResult::Outcome::TimedOut, timedOutMessage);
            const QHostInfo &info = *found;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                return failure(FetchResult::Outcome::Failed,
                               u"cannot resolve the host %1"_s.arg(host));
            for (const QHostAddress &candidate : info.addresses()) {
                if (!m_allowPrivate && isNonPublic(candidate))
                    return failure(FetchResult::Outcome::Failed,
                                   u"the host %1 resolves to a non-public address"_s.arg(host));
            }
            address = info.addresses().constFirst();
        } else if (!m_allowPrivate && isNonPublic(address)) {
            return failure(FetchResult::Outcome::Failed,
                           u"the address %1 is loopback, private or link-local"_s.arg(host));
        }

        const auto remaining =
            std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
        if (remaining.count() <= 0)
            return failure(FetchResult::Outcome::TimedOut, u"the download timed out"_s);

        const int port = url.port(scheme == u"https"_s ? 443 : 80);
        const QString encodedHost = url.host(QUrl::FullyEncoded);
        const QString origin =
            scheme + u"://"_s +
            (encodedHost.contains(u':') ? u'[' + encodedHost + u']' : encodedHost) + u':' +
            QString::number(port);
        httplib::Client client(origin.toStdString());
        client.set_hostname_addr_map({{host.toStdString(), address.toString().toStdString()}});
        client.set_follow_location(false);
        client.set_keep_alive(false);
        client.enable_server_certificate_verification(true);
        client.set_connection_timeout(remaining);
        client.set_read_timeout(remaining);
        client.set_write_timeout(remaining);

        QByteArray body;
        bool tooLarge = false;
        bool timedOut = false;
        // httplib's timeouts restart with every read: a watchdog stops the client at the
        // deadline, so that trickling response headers or a dripping body cannot outlive it.
        std::mutex watchdogMutex;
        std::condition_variable watchdogWake;
        bool finished = false;
        bool stopped = false;
        std::thread watchdog([&] {
            std::unique_lock lock(watchdogMutex);
            if (watchdogWake.wait_until(lock, deadline, [&] { return finished; }))
                return;
            stopped = true;
            // Again until the request returns: a stop between connecting and the first read
            // would find no socket yet.
            do {
                client.stop();
            } while (!watchdogWake.wait_for(lock, std::chrono::milliseconds(50),
                                            [&] { return finished; }));
        });
        std::string path = url.path(QUrl::FullyEncoded).toStdString();
        if (path.empty())
            path = "/";
        if (url.hasQuery())
            path += '?' + url.query(QUrl::FullyEncoded).toStdString();
        const httplib::Result response = client.Get(
            path, httplib::Headers{{"User-Agent", "verifydesk-server/" VD_VERSION}},
            [&](const httplib::Response &head) {
                const std::string length = head.get_header_value("Content-Length");
                if (!length.empty() && std::strtoll(length.c_str(), nullptr, 10) > maxBytes) {
                    tooLarge = head.status == 200;
                    return !tooLarge;
                }
                return true;
            },
            [&](const char *data, size_t size) {
                if (Clock::now() > deadline) {
                    timedOut = true;
                    return false;
                }
                if (body.size() + static_cast<qint64>(size) > maxBytes) {
                    tooLarge = true;
                    return false;
                }
                body.append(data, static_cast<qsizetype>(size));
                return true;
            });
        {
            const std::lock_guard lock(watchdogMutex);
            finished = true;
        }
        watchdogWake.notify_all();
        watchdog.join();
        if (stopped && !tooLarge)
            return failure(FetchResult::Outcome::TimedOut, timedOutMessage);
        if (tooLarge)
            return failure(FetchResult::Outcome::TooLarge,
                           u"the download is larger than %1 bytes"_s.arg(maxBytes));
        if (!response) {
            const httplib::Error error = response.error();
            if (timedOut || error == httplib::Error::ConnectionTimeout ||
                ((error == httplib::Error::Read || error == httplib::Error::Write) &&
                 Clock::now() >= deadline - std::chrono::milliseconds(50)))
                return failure(FetchResult::Outcome::TimedOut, timedOutMessage);
            return failure(FetchResult::Outcome::Failed,
                           u"the download failed: %1"_s.arg(
                               QString::fromStdString(httplib::to_string(error))));
        }
        const int status = response->status;
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            const QString location = QString::fromStdString(response->get_header_value("Location"));
            if (location.isEmpty())
                return failure(FetchResult::Outcome::Failed,
                               u"a redirect without a Location header"_s);
            url = url.resolved(QUrl(location, QUrl::StrictMode));
            continue;
        }
        if (status != 200)
            return failure(FetchResult::Outcome::Failed,
                           u"the server answered HTTP %1"_s.arg(status));
        FetchResult result;
        result.outcome = FetchResult::Outcome::Ok;
        result.data = body;
        return result;
    }
    return failure(FetchResult::Outcome::Failed, u"more than %1 redirects"_s.arg(MaxRedirects));
}

} // namespace vd::server
