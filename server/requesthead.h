// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace vd::server {

// A whole HTTP/1.1 request head (request line and header lines, up to the blank line) checked
// for what would let a request be framed two ways (RFC 9112 §6.3: differing Content-Length
// headers, Content-Length with Transfer-Encoding) and rewritten into the shape cpp-httplib
// reads correctly: a multipart Content-Type as `multipart/form-data; boundary=…` whatever the
// case, order or quoting the client used, and an explicit `Content-Length: 0` on a request
// without a body length (a request without either header has an empty body, §6.3 rule 7).
class RequestHead
{
public:
    struct Refusal
    {
        int httpCode = 400;
        QString reason;
    };

    // `head` ends with the blank line.
    static RequestHead check(const QByteArray &head);

    const std::optional<Refusal> &refusal() const { return m_refusal; }
    const QByteArray &normalized() const { return m_normalized; }

private:
    std::optional<Refusal> m_refusal;
    QByteArray m_normalized;
};

} // namespace vd::server
