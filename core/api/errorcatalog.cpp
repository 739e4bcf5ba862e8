#include "api/errorcatalog.h"

#include "contract/apicontract.h"
#include "contract/apistatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;
using vd::contract::Status;
namespace form = vd::contract::form;

namespace {

// A gateway's 503 and the reference server's queue-full answer share this code.
QString serviceUnavailable()
{
    return QString::fromLatin1(ApiStatus::of(Status::ServiceUnavailable).code);
}

} // namespace

// The input named by the API's "image" field, or a generic phrase when the field is absent.
QString ErrorCatalog::failedInput(const ApiError &error, const char *fallback)
{
    if (error.image.isEmpty())
        return tr(fallback);
    return inputName(error.image);
}

ErrorExplanation ErrorCatalog::explainApiStatus(const ApiError &e)
{
    const ApiStatus *row = ApiStatus::find(e.code);
    if (!row)
        return {tr("Unknown API status %1").arg(e.code),
                tr("The server answered with a status VerifyDesk does not know."),
                tr("Report the status and the request_id to the provider.")};
    QString explanation = tr(row->explanation);
    if (row->unnamedInput)
        explanation = explanation.arg(failedInput(e, row->unnamedInput));
    return {tr(row->title), explanation, tr(row->action)};
}

ErrorExplanation ErrorCatalog::explainOwnCode(const ApiError &e)
{
    const QString &c = e.code;
    if (c == "HOST_NOT_FOUND"_L1)
        return {tr("Server not found"),
                tr("The endpoint's host name could not be resolved (DNS failure)."),
                tr("Check the endpoint URL and the network or DNS settings.")};
    if (c == "CONNECTION_REFUSED"_L1)
        return {tr("Connection refused"),
                tr("The server refused the connection: nothing is listening at that address "
                   "and port."),
                tr("Check the endpoint URL and port, and that the server is running.")};
    if (c == "CONNECTION_RESET"_L1)
        return {tr("Connection closed"),
                tr("The server or a network device closed the connection before answering."),
                tr("Try again; if it repeats, check proxies and firewalls between you and the "
                   "server.")};
    if (c == "TIMEOUT"_L1)
        return {tr("Request timed out"),
                tr("No data moved between VerifyDesk and the server for longer than the "
                   "transfer timeout, so the request was stopped."),
                tr("Check the network connection and try again, or raise the timeout in the "
                   "settings.")};
    if (c == "TLS_ERROR"_L1)
        return {tr("Secure connection failed"),
                tr("The TLS handshake with the server failed or its certificate was not "
                   "trusted. VerifyDesk never ignores certificate errors."),
                tr("Check the endpoint URL (https only where the server speaks TLS); for a "
                   "corporate certificate authority, add its CA bundle in the settings.")};
    if (c == "PROXY_ERROR"_L1)
        return {tr("Proxy failed"), tr("The proxy server could not be used for the request."),
                tr("Check the system proxy settings, or turn off the proxy in the settings.")};
    if (c == "NETWORK_UNREACHABLE"_L1)
        return {tr("Network unavailable"), tr("The network is not available."),
                tr("Check the network connection and try again.")};
    if (c == "NETWORK_ERROR"_L1)
        return {tr("Network error"), tr("The request failed because of a network error."),
                tr("Check the network connection and try again; the details name the error.")};
    if (c == "CANCELLED"_L1)
        return {tr("Cancelled"), tr("The request was cancelled before an answer arrived."),
                tr("Press Verify to send it again.")};
    if (c == "HTML_BODY"_L1)
        return {tr("Web page instead of an answer"),
                tr("The server answered with a web page (HTTP %1), typically from a proxy, "
                   "captive portal or gateway, not from the verification API.")
                    .arg(e.httpStatus),
                tr("Check the endpoint URL and any proxy or network login page.")};
    if (c == "EMPTY_BODY"_L1)
        return {tr("Empty answer"),
                tr("The server answered HTTP %1 with an empty body.").arg(e.httpStatus),
                tr("Check the endpoint URL; try again later.")};
    if (c == "NON_JSON_BODY"_L1)
        return {tr("Unreadable answer"),
                tr("The server's answer (HTTP %1) is not JSON.").arg(e.httpStatus),
                tr("Check that the endpoint is the verification API.")};
    if (c == "MISSING_STATUS"_L1 || c == "INCONSISTENT_STATUS"_L1 || c == "INVALID_SCORE"_L1)
        return {tr("Unexpected answer"),
                tr("The server's JSON answer (HTTP %1) does not follow the API: a status or a "
                   "score is missing or invalid.")
                    .arg(e.httpStatus),
                tr("Check that the endpoint is the verification API; report the request_id "
                   "to the provider.")};
    if (c == "BAD_GATEWAY"_L1 || c == serviceUnavailable() || c == "GATEWAY_TIMEOUT"_L1)
        return {tr("Server temporarily unavailable"),
                tr("A gateway answered HTTP %1: the verification service is unreachable or "
                   "overloaded. VerifyDesk retried a few times with increasing pauses.")
                    .arg(e.httpStatus),
                tr("Try again in a few minutes.")};
    if (c == "UNEXPECTED_REDIRECT"_L1)
        return {tr("Unexpected redirect"),
                tr("The server redirected the request elsewhere (HTTP %1); VerifyDesk does not "
                   "follow redirects with your credentials.")
                    .arg(e.httpStatus),
                tr("Enter the final endpoint URL in the settings.")};
    if (c == "PROTOCOL_ERROR"_L1)
        return {tr("Protocol error"), tr("The server's answer broke the HTTP protocol."),
                tr("Check the endpoint URL and any proxy in between.")};
    if (c == "MISSING_ENDPOINT"_L1)
        return {tr("No endpoint"), tr("No endpoint URL is set."),
                tr("Enter the endpoint in the settings, e.g. https://cloudapi.linkface.cn.")};
    if (c == "INVALID_ENDPOINT"_L1)
        return {tr("Invalid endpoint"),
                tr("The endpoint is not an http or https URL with a host name."),
                tr("Enter a URL such as https://cloudapi.linkface.cn.")};
    if (c == "CREDENTIALS_IN_URL"_L1)
        return {tr("Endpoint must not hold credentials"),
                tr("The endpoint URL contains a user name or a query string; VerifyDesk sends "
                   "credentials only in the request body."),
                tr("Remove everything after the path and any user@ part from the endpoint.")};
    if (c == "MISSING_API_ID"_L1)
        return {tr("No api_id"), tr("The api_id is not set."),
                tr("Enter the api_id in the settings.")};
    if (c == "MISSING_API_SECRET"_L1)
        return {tr("No api_secret"), tr("The api_secret is not set or could not be read."),
                tr("Enter the api_secret in the settings.")};
    if (c == "MISSING_SELFIE"_L1)
        return {tr("No selfie"), tr("No selfie was given."),
                tr("Give a selfie as a file, a URL or an image id.")};
    if (c == "MISSING_LIVENESS"_L1)
        return {tr("No liveness data"), tr("No liveness data was given."),
                tr("Give the liveness data as a file, a URL or a liveness data id.")};
    if (c == "FILE_NOT_READABLE"_L1)
        return {
            tr("File cannot be read"),
            tr("%1 cannot be opened: %2")
                .arg(failedInput(e, QT_TRANSLATE_NOOP("ErrorCatalog", "An input file")), e.detail),
            tr("Check that the file still exists and that you may read it.")};
    if (c == "INVALID_SOURCE_URL"_L1)
        return {tr("Invalid URL"),
                tr("%1 is not an http or https URL.")
                    .arg(failedInput(e, QT_TRANSLATE_NOOP("ErrorCatalog", "An input URL"))),
                tr("Enter a full URL starting with http:// or https://.")};
    if (c == "EMPTY_SOURCE_ID"_L1)
        return {tr("Empty id"),
                tr("%1 is empty.")
                    .arg(failedInput(e, QT_TRANSLATE_NOOP("ErrorCatalog", "An input id"))),
                tr("Enter the id the server returned earlier.")};
    if (c == "CA_BUNDLE_UNREADABLE"_L1)
        return {tr("CA bundle cannot be used"),
                tr("The CA bundle file holds no readable PEM certificate: %1").arg(e.detail),
                tr("Choose a PEM file with the certificate authority, or clear the setting.")};
    return {tr("Error %1").arg(c), tr("The request failed."),
            tr("Try again; the details name the error.")};
}

ErrorExplanation ErrorCatalog::explain(const ApiError &error)
{
    ErrorExplanation x;
    if (error.kind == ApiError::Kind::Api)
        x = explainApiStatus(error);
    else if (error.kind == ApiError::Kind::Cancelled)
        x = explainOwnCode(ApiError::cancelled());
    else
        x = explainOwnCode(error);
    if (!error.reason.isEmpty())
        x.explanation += u' ' + tr("The server's reason: %1").arg(error.reason);
    return x;
}

QString ErrorCatalog::technicalLine(const ApiError &error)
{
    QStringList pieces{error.code};
    if (error.httpStatus > 0)
        pieces << tr("HTTP %1").arg(error.httpStatus);
    if (!error.image.isEmpty())
        pieces << error.image;
    if (!error.requestId.isEmpty())
        pieces << tr("request_id %1").arg(error.requestId);
    return pieces.join(u" · "_s);
}

const QStringList &ErrorCatalog::transportCodes()
{
    static const QStringList codes = {
        u"HOST_NOT_FOUND"_s,      u"CONNECTION_REFUSED"_s,
        u"CONNECTION_RESET"_s,    u"TIMEOUT"_s,
        u"TLS_ERROR"_s,           u"PROXY_ERROR"_s,
        u"NETWORK_UNREACHABLE"_s, u"NETWORK_ERROR"_s,
        u"CANCELLED"_s,           u"HTML_BODY"_s,
        u"EMPTY_BODY"_s,          u"NON_JSON_BODY"_s,
        u"MISSING_STATUS"_s,      u"INCONSISTENT_STATUS"_s,
        u"INVALID_SCORE"_s,       u"BAD_GATEWAY"_s,
        serviceUnavailable(),     u"GATEWAY_TIMEOUT"_s,
        u"UNEXPECTED_REDIRECT"_s, u"PROTOCOL_ERROR"_s,
    };
    return codes;
}

const QStringList &ErrorCatalog::localCodes()
{
    static const QStringList codes = {
        u"MISSING_ENDPOINT"_s, u"INVALID_ENDPOINT"_s,     u"CREDENTIALS_IN_URL"_s,
        u"MISSING_API_ID"_s,   u"MISSING_API_SECRET"_s,   u"MISSING_SELFIE"_s,
        u"MISSING_LIVENESS"_s, u"FILE_NOT_READABLE"_s,    u"INVALID_SOURCE_URL"_s,
        u"EMPTY_SOURCE_ID"_s,  u"CA_BUNDLE_UNREADABLE"_s,
    };
    return codes;
}

QString ErrorCatalog::inputName(const QString &field)
{
    if (field == QLatin1StringView(form::SelfieFile))
        return tr("the selfie file");
    if (field == QLatin1StringView(form::SelfieUrl))
        return tr("the selfie URL");
    if (field == QLatin1StringView(form::SelfieImageId))
        return tr("the selfie image id");
    if (field == QLatin1StringView(form::LivenessDataFile))
        return tr("the liveness data file");
    if (field == QLatin1StringView(form::LivenessDataUrl))
        return tr("the liveness data URL");
    if (field == QLatin1StringView(form::LivenessDataId))
        return tr("the liveness data id");
    return tr("the input \"%1\"").arg(field);
}
