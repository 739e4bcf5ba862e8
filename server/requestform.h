// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace vd::server {

// One parameter of a request, from the form body or the query string.
struct FormField
{
    QByteArray name;
    QByteArray value;
    bool fromQuery = false;
    bool tooLarge = false; // the part went over its size limit; `value` holds no data then
};

// The parameters of one API request as read off the wire, before any validation.
struct RequestForm
{
    std::vector<FormField> fields;
    std::optional<ApiError> readError; // the body could not be read (malformed, truncated)
    bool bodyLeftUnread = false;       // the connection must be closed after answering
    QByteArray clientRequestId;        // the X-Request-ID header, as the client sent it

    // The fields with this name, body first, then query string.
    std::vector<const FormField *> all(const QByteArray &name) const;
};

} // namespace vd::server
