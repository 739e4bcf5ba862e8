// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <string>

namespace vd::server {

// Who sent a request: the peer's address, or, when the peer is a configured load balancer
// (--trusted-proxy), the nearest untrusted address of its X-Forwarded-For chain. A header
// from any other peer is ignored, so a client cannot choose the address it is logged under.
class ClientAddress
{
public:
    explicit ClientAddress(const QStringList &trustedProxies);

    QString resolve(const std::string &peer, const std::string &forwardedFor) const;

private:
    bool trusted(const QHostAddress &address) const;

    QList<QHostAddress> m_trusted;
};

} // namespace vd::server
