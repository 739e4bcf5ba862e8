#include "api/apierror.h"

using namespace Qt::StringLiterals;

bool ApiError::isRetryable() const
{
    if (kind == Kind::Api && code == "RATE_LIMIT_EXCEEDED"_L1)
        return true;
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
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

ApiError ApiError::local(const QString &code, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Local;
    e.code = code;
    e.detail = detail;
    return e;
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
