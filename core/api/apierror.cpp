// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include "contract/apistatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;
using vd::contract::Status;

bool ApiError::isRetryable() const
{
    if (kind == Kind::Api) {
        const ApiStatus *row = ApiStatus::find(code);
        if (row && row->retryable)
            return true;
    }
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

ApiError ApiError::make(Kind kind, const QString &code, int httpStatus, const QString &detail)
{
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.httpStatus = httpStatus;
    e.detail = detail;
    return e;
}

ApiError ApiError::fromApi(const QString &status, int httpStatus)
{
    return make(Kind::Api, status, httpStatus);
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError error, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Network;
    e.detail = detail;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        e.code = u"HOST_NOT_FOUND"_s;
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.code = u"CONNECTION_REFUSED"_s;
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.code = u"CONNECTION_RESET"_s;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout aborts a reply without our own cancel(), so a cancel that
        // did not come from the operator is the timeout.
        e.kind = Kind::Timeout;
        e.code = u"TIMEOUT"_s;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        e.code = u"TLS_ERROR"_s;
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.code = u"PROXY_ERROR"_s;
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        e.code = u"NETWORK_UNREACHABLE"_s;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = Kind::BadResponse;
        e.code = u"UNEXPECTED_REDIRECT"_s;
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = Kind::BadResponse;
        e.code = u"PROTOCOL_ERROR"_s;
        break;
    default:
        e.code = u"NETWORK_ERROR"_s;
        break;
    }
    return e;
}

ApiError ApiError::tlsFailure(const QList<QSslError::SslError> &errors, const QString &detail)
{
    // Trust first: a certificate nobody vouches for is refused whatever else is wrong with it.
    const struct
    {
        QList<QSslError::SslError> causes;
        const char16_t *code;
    } order[] = {
        {{QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain},
         u"TLS_SELF_SIGNED"},
        {{QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
          QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
          QSslError::CertificateRejected},
         u"TLS_UNTRUSTED"},
        {{QSslError::CertificateExpired, QSslError::CertificateNotYetValid}, u"TLS_CERT_EXPIRED"},
        {{QSslError::HostNameMismatch}, u"TLS_HOST_MISMATCH"},
    };
    QString code = u"TLS_ERROR"_s;
    for (const auto &row : order) {
        const bool hit = std::any_of(errors.begin(), errors.end(), [&row](QSslError::SslError e) {
            return row.causes.contains(e);
        });
        if (hit) {
            code = QString::fromUtf16(row.code);
            break;
        }
    }
    return make(Kind::Tls, code, 0, detail);
}

ApiError ApiError::cancelled()
{
    return make(Kind::Cancelled, u"CANCELLED"_s);
}

ApiError ApiError::timeout(const QString &detail)
{
    return make(Kind::Timeout, u"TIMEOUT"_s, 0, detail);
}

ApiError ApiError::unexpectedRedirect(int httpStatus, const QString &location)
{
    return make(Kind::BadResponse, u"UNEXPECTED_REDIRECT"_s, httpStatus, location);
}

ApiError ApiError::gatewayFailure(int httpStatus, const QString &detail)
{
    QString code;
    switch (httpStatus) {
    case 502:
        code = u"BAD_GATEWAY"_s;
        break;
    case 503:
        // A gateway's 503 and the reference server's queue-full answer share the name.
        code = QLatin1StringView(ApiStatus::of(Status::ServiceUnavailable).code);
        break;
    default:
        code = u"GATEWAY_TIMEOUT"_s;
        break;
    }
    return make(Kind::BadResponse, code, httpStatus, detail);
}

ApiError ApiError::htmlBody(int httpStatus, const QString &detail)
{
    return make(Kind::BadResponse, u"HTML_BODY"_s, httpStatus, detail);
}

ApiError ApiError::emptyBody(int httpStatus)
{
    return make(Kind::BadResponse, u"EMPTY_BODY"_s, httpStatus);
}

ApiError ApiError::nonJsonBody(int httpStatus, const QString &detail)
{
    return make(Kind::BadResponse, u"NON_JSON_BODY"_s, httpStatus, detail);
}

ApiError ApiError::missingStatus(int httpStatus, const QString &detail)
{
    return make(Kind::BadResponse, u"MISSING_STATUS"_s, httpStatus, detail);
}

ApiError ApiError::inconsistentStatus(int httpStatus, const QString &detail)
{
    return make(Kind::BadResponse, u"INCONSISTENT_STATUS"_s, httpStatus, detail);
}

ApiError ApiError::invalidScore(int httpStatus, const QString &detail)
{
    return make(Kind::BadResponse, u"INVALID_SCORE"_s, httpStatus, detail);
}

ApiError ApiError::answerTooLarge(int httpStatus)
{
    return make(Kind::BadResponse, u"ANSWER_TOO_LARGE"_s, httpStatus);
}

ApiError ApiError::duplicateKey(int httpStatus, const QString &key)
{
    return make(Kind::BadResponse, u"DUPLICATE_KEY"_s, httpStatus, key);
}

ApiError ApiError::deadlineExceeded(int httpStatus, const QString &detail)
{
    return make(Kind::Timeout, u"DEADLINE_EXCEEDED"_s, httpStatus, detail);
}

ApiError ApiError::missingEndpoint()
{
    return make(Kind::Local, u"MISSING_ENDPOINT"_s);
}

ApiError ApiError::invalidEndpoint(const QString &endpoint)
{
    return make(Kind::Local, u"INVALID_ENDPOINT"_s, 0, endpoint);
}

ApiError ApiError::credentialsInUrl(const QString &endpoint)
{
    return make(Kind::Local, u"CREDENTIALS_IN_URL"_s, 0, endpoint);
}

ApiError ApiError::missingApiId()
{
    return make(Kind::Local, u"MISSING_API_ID"_s);
}

ApiError ApiError::missingApiSecret()
{
    return make(Kind::Local, u"MISSING_API_SECRET"_s);
}

ApiError ApiError::missingSelfie()
{
    return make(Kind::Local, u"MISSING_SELFIE"_s);
}

ApiError ApiError::missingLiveness()
{
    return make(Kind::Local, u"MISSING_LIVENESS"_s);
}

ApiError ApiError::fileNotReadable(const QString &field, const QString &detail)
{
    ApiError e = make(Kind::Local, u"FILE_NOT_READABLE"_s, 0, detail);
    e.image = field;
    return e;
}

ApiError ApiError::invalidSourceUrl(const QString &field, const QString &url)
{
    ApiError e = make(Kind::Local, u"INVALID_SOURCE_URL"_s, 0, url);
    e.image = field;
    return e;
}

ApiError ApiError::emptySourceId(const QString &field)
{
    ApiError e = make(Kind::Local, u"EMPTY_SOURCE_ID"_s);
    e.image = field;
    return e;
}

ApiError ApiError::caBundleUnreadable(const QString &path)
{
    return make(Kind::Local, u"CA_BUNDLE_UNREADABLE"_s, 0, path);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Api:
        return u"api"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::Local:
        return u"local"_s;
    }
    return {};
}
