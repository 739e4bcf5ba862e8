// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// Why a verification failed: an API status, a network or TLS failure, a body that is not the
// API's JSON, a cancel, or a local problem found before sending. ErrorCatalog explains each code.
struct ApiError
{
    enum class Kind
    {
        Api,         // the server answered with a status of the API's error table
        Network,     // DNS, refused, reset, proxy, other socket errors
        Timeout,     // no byte moved for the transfer timeout
        Tls,         // certificate or handshake failure
        Cancelled,   // the operator cancelled
        BadResponse, // the body is not the API's JSON (HTML, empty, garbage), or a 502/503/504
        Local        // the request cannot be sent as given (missing input, unreadable file, ...)
    };

    Kind kind = Kind::Local;
    // The API status (a code of vd::contract::ApiStatus) or our own name for the other kinds, e.g.
    // "CONNECTION_REFUSED", "HOST_NOT_FOUND", "CONNECTION_RESET", "TIMEOUT", "TLS_ERROR",
    // "HTML_BODY", "NON_JSON_BODY", "EMPTY_BODY", "BAD_GATEWAY", "MISSING_SELFIE".
    QString code;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString image;      // which input failed, from the API's "image" field
    QString reason;     // the API's free-text "reason"
    QString requestId;  // the API's request_id, when there was one
    QString detail;     // technical detail for logs and the "details" box (never a secret)
    QByteArray rawBody; // the HTTP body as received (first 64 KiB), for --json and the history

    // True for the failures worth retrying: the API statuses the contract's table marks so
    // (RATE_LIMIT_EXCEEDED, SERVICE_UNAVAILABLE) and HTTP 502/503/504.
    bool isRetryable() const;

    // A status the server answered in the API's JSON (Kind::Api), known to the table or not.
    static ApiError fromApi(const QString &status, int httpStatus);
    // A transport failure reported by QNetworkReply (no HTTP status), mapped to a kind and code.
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &detail);
    // A refused certificate, by its most telling error: TLS_UNTRUSTED, TLS_SELF_SIGNED,
    // TLS_CERT_EXPIRED or TLS_HOST_MISMATCH; TLS_ERROR for the other certificate errors.
    static ApiError tlsFailure(const QList<QSslError::SslError> &errors, const QString &detail);
    static ApiError cancelled();
    static ApiError timeout(const QString &detail);

    // Answers that are not the API's JSON (Kind::BadResponse).
    static ApiError unexpectedRedirect(int httpStatus, const QString &location);
    // BAD_GATEWAY, SERVICE_UNAVAILABLE or GATEWAY_TIMEOUT for HTTP 502, 503 or 504.
    static ApiError gatewayFailure(int httpStatus, const QString &detail);
    static ApiError htmlBody(int httpStatus, const QString &detail);
    static ApiError emptyBody(int httpStatus);
    static ApiError nonJsonBody(int httpStatus, const QString &detail);
    static ApiError missingStatus(int httpStatus, const QString &detail);
    static ApiError inconsistentStatus(int httpStatus, const QString &detail);
    static ApiError invalidScore(int httpStatus, const QString &detail);
    // The answer grew past vd::contract::MaxAnswerBytes; reading stopped there.
    static ApiError answerTooLarge(int httpStatus);
    // The JSON answer gives a top-level key more than once; `key` names it.
    static ApiError duplicateKey(int httpStatus, const QString &key);
    // The attempt ran past the overall deadline; `detail` says how far it got.
    static ApiError deadlineExceeded(int httpStatus, const QString &detail);

    // Requests that cannot be sent as given (Kind::Local); `field` names the failed input.
    static ApiError missingEndpoint();
    static ApiError invalidEndpoint(const QString &endpoint);
    static ApiError credentialsInUrl(const QString &endpoint);
    static ApiError missingApiId();
    static ApiError missingApiSecret();
    static ApiError missingSelfie();
    static ApiError missingLiveness();
    static ApiError fileNotReadable(const QString &field, const QString &detail);
    static ApiError invalidSourceUrl(const QString &field, const QString &url);
    static ApiError emptySourceId(const QString &field);
    static ApiError caBundleUnreadable(const QString &path);

    static QString kindName(Kind kind);

private:
    static ApiError make(Kind kind, const QString &code, int httpStatus = 0,
                         const QString &detail = {});
};

Q_DECLARE_METATYPE(ApiError)
