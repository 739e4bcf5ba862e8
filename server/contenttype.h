// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace vd::server {

// A Content-Type header value parsed as RFC 9110 §8.3 says: the media type and the parameter
// names are case-insensitive (kept in lower case here), parameters come in any order and a
// value may be a quoted string.
class ContentType
{
public:
    static ContentType parse(const QByteArray &value);

    const QByteArray &mediaType() const { return m_mediaType; }
    QByteArray parameter(const QByteArray &lowerCaseName) const
    {
        return m_parameters.value(lowerCaseName);
    }
    bool hasParameter(const QByteArray &lowerCaseName) const
    {
        return m_parameters.contains(lowerCaseName);
    }
    bool isMultipartFormData() const { return m_mediaType == "multipart/form-data"; }
    bool isUrlEncoded() const { return m_mediaType == "application/x-www-form-urlencoded"; }

private:
    QByteArray m_mediaType;
    QHash<QByteArray, QByteArray> m_parameters; // the first of a repeated name wins
};

} // namespace vd::server
