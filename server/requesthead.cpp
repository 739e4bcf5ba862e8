// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthead.h"

#include "contenttype.h"

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

bool allDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

RequestHead RequestHead::check(const QByteArray &head)
{
    RequestHead result;
    const auto refuse = [&result](const QString &reason) {
        result.m_refusal = Refusal{400, reason};
        return result;
    };
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    // Empty lines before the request line are allowed (RFC 9112 §2.2).
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return refuse(u"the request has no request line"_s);

    QByteArray normalized = lines.constFirst() + "\r\n";
    std::optional<QByteArray> contentLength;
    bool transferEncoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.at(colon - 1) == ' ' || line.at(colon - 1) == '\t' ||
            line.at(0) == ' ' || line.at(0) == '\t')
            return refuse(u"a header line of the request is malformed"_s);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!allDigits(value))
                return refuse(u"the Content-Length header is not a number"_s);
            if (contentLength && *contentLength != value)
                return refuse(u"the request has two different Content-Length headers"_s);
            if (contentLength)
                continue;
            contentLength = value;
        } else if (name == "transfer-encoding") {
            if (transferEncoding || value.toLower() != "chunked")
                return refuse(u"the only transfer coding accepted is a single \"chunked\""_s);
            transferEncoding = true;
            normalized += "Transfer-Encoding: chunked\r\n";
            continue;
        } else if (name == "content-type") {
            const ContentType type = ContentType::parse(value);
            if (type.isMultipartFormData()) {
                normalized += "Content-Type: multipart/form-data";
                if (type.hasParameter("boundary"))
                    normalized += "; boundary=" + type.parameter("boundary");
                normalized += "\r\n";
                continue;
            }
        }
        normalized += line + "\r\n";
    }
    if (contentLength && transferEncoding)
        return refuse(u"the request has both Content-Length and Transfer-Encoding"_s);
    if (!contentLength && !transferEncoding)
        normalized += "Content-Length: 0\r\n";
    normalized += "\r\n";
    result.m_normalized = normalized;
    return result;
}

} // namespace vd::server
