// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestform.h"

#include <QByteArray>
#include <QHash>

namespace httplib {
struct Request;
class ContentReader;
} // namespace httplib

namespace vd::server {

// Reads a request's parameters with cpp-httplib's streaming multipart parser, enforcing a size
// limit per part while the bytes arrive: a part over its limit is marked and the rest of it
// is discarded, never buffered. Also reads urlencoded bodies and the query string.
class FormReader
{
public:
    // Limits by part name; other parts get `otherPartLimit`.
    FormReader(QHash<QByteArray, qint64> partLimits, qint64 otherPartLimit);

    RequestForm read(const httplib::Request &request, const httplib::ContentReader &reader) const;

private:
    qint64 limitFor(const QByteArray &name) const;

    QHash<QByteArray, qint64> m_partLimits;
    qint64 m_otherPartLimit;
};

} // namespace vd::server
