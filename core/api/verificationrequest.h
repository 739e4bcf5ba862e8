// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/inputsource.h"

#include <QUrl>
#include <optional>

// Everything one call of liveness_selfie_verification needs.
// selfie_auto_rotate is always sent, as "true" or "false", so that the request states the
// operator's choice explicitly instead of relying on the server's default.
struct VerificationRequest
{
    QUrl baseUrl; // e.g. https://cloudapi.linkface.cn; the API path is appended
    QString apiId;
    QString apiSecret;
    InputSource selfie;
    InputSource liveness;
    bool autoRotate = false;
    // The X-Request-ID to send; empty: the job makes a new one. A caller that sends one request
    // again in a new job (a batch pair after a retry or a kill) gives the first one's, so that
    // the server recognises the repeat and charges it once.
    QString clientRequestId;

    // The full endpoint URL: baseUrl + vd::contract::ApiPath (unless baseUrl
    // already ends with it), no query.
    QUrl endpoint() const;
    // The missing or unusable part, as a Local ApiError (e.g. MISSING_SELFIE,
    // FILE_NOT_READABLE, INVALID_BASE_URL); nullopt when the request can be sent.
    std::optional<ApiError> validate() const;
    // The endpoint and the credentials only (validate() without the inputs): what a connection
    // test needs.
    std::optional<ApiError> validateConnection() const;

    // The multipart field name of a source: selfie_file|selfie_url|selfie_image_id and
    // liveness_data_file|liveness_data_url|liveness_data_id.
    static QString selfieField(InputSource::Kind kind);
    static QString livenessField(InputSource::Kind kind);
};
