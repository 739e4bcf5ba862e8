// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verificationresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <variant>

// Turns an HTTP status and body into a VerificationResult or an ApiError. Accepts scores as JSON
// numbers or numeric strings; HTML, empty and non-JSON bodies and gateway failures each get
// their own error code. Every text taken from the answer is sanitized (UntrustedText), and an
// answer that gives a top-level key twice is refused.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    using Outcome = std::variant<VerificationResult, ApiError>;

    static Outcome parse(int httpStatus, const QByteArray &body,
                         const QByteArray &contentType = {});
    // What is odd about an accepted answer (no request_id), translated; empty when nothing is.
    static QStringList warningsFor(const VerificationResult &result);
    // The first top-level key of a JSON object text that occurs twice; empty when none does.
    // The text must be a valid JSON object.
    static QString duplicateTopLevelKey(const QByteArray &json);
};
