// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verificationresult.h"

#include <QByteArray>
#include <variant>

// Turns an HTTP status and body into a VerificationResult or an ApiError. Accepts scores as JSON
// numbers or numeric strings; HTML, empty and non-JSON bodies and gateway failures each get
// their own error code.
class ResponseParser
{
public:
    using Outcome = std::variant<VerificationResult, ApiError>;

    static Outcome parse(int httpStatus, const QByteArray &body,
                         const QByteArray &contentType = {});
};
