// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace vd::server {

struct RequestForm;

// What makes a retry recognisable: the client's X-Request-ID (the same on every attempt of one
// request) and a digest of the request's parameters. An account's quota is charged once per
// key; a repeat with the same key and the same parameters is not charged again (a connection
// that died after the scoring, a balancer passing the request to another instance), while the
// same key with other parameters is a new request, charged like one.
struct RequestKey
{
    QString id;             // empty: the request has no usable X-Request-ID, it is charged
    QByteArray fingerprint; // SHA-256 (hex) of every parameter but api_secret

    bool isEmpty() const { return id.isEmpty(); }

    // header: the X-Request-ID value; used only when it is 8 to 64 letters, digits and dashes
    // (a UUID is 36), so that it can go into the log and the database as it is.
    static RequestKey of(const QByteArray &header, const RequestForm &form);

    // How long a key is remembered: longer than any client keeps retrying one request.
    static constexpr int RememberedSeconds = 24 * 3600;
};

} // namespace vd::server
