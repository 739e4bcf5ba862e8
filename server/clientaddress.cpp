// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientaddress.h"

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

// The longest X-Forwarded-For looked at: a few hops of IPv6 addresses.
constexpr size_t MaxForwardedForBytes = 512;

} // namespace

ClientAddress::ClientAddress(const QStringList &trustedProxies)
{
    for (const QString &proxy : trustedProxies)
        m_trusted.append(QHostAddress(proxy));
}

bool ClientAddress::trusted(const QHostAddress &address) const
{
    for (const QHostAddress &proxy : m_trusted) {
        if (proxy.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

QString ClientAddress::resolve(const std::string &peer, const std::string &forwardedFor) const
{
    const QString peerText = QString::fromLatin1(peer);
    if (forwardedFor.empty() || forwardedFor.size() > MaxForwardedForBytes ||
        !trusted(QHostAddress(peerText)))
        return peerText;
    // Each proxy appends the address it got the request from: read from the right, past our
    // own proxies, to the first hop that is not one of them.
    const QStringList hops = QString::fromLatin1(forwardedFor).split(u',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(it->trimmed());
        if (hop.isNull())
            return peerText;
        if (!trusted(hop))
            return hop.toString();
    }
    return peerText;
}

} // namespace vd::server
