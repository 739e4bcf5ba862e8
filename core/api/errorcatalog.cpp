// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/errorcatalog.h"

#include "contract/apicontract.h"
#include "contract/apistatus.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;
using vd::contract::Status;
namespace form = vd::contract::form;

namespace {

// The explanation of a code of our own, with what fills its %1 (and %2).
struct OwnCode
{
    enum class Fill
    {
        Nothing,
        HttpStatus,    // %1: the HTTP status of the answer
        Detail,        // %1: the error's detail
        Input,         // %1: the failed input, or `unnamedInput`
        InputAndDetail // %1: the failed input, or `unnamedInput`; %2: the detail
    };

    const char *code;
    bool local; // a request that cannot be sent as given, else a transport or answer failure
    Fill fill;
    const char *title;
    const char *explanation;
    const char *action;
    const char *unnamedInput;
    const char *cliAction; // the action for the command line when `action` names the window
};

const std::vector<OwnCode> &ownCodes()
{
    using Fill = OwnCode::Fill;
    // A gateway's 503 and the reference server's queue-full answer share this code.
    const char *serviceUnavailable = ApiStatus::of(Status::ServiceUnavailable).code;
    static const std::vector<OwnCode> codes = {
        {"HOST_NOT_FOUND", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Server not found"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The endpoint's host name could not be resolved (DNS failure)."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the endpoint URL and the network or DNS settings."),
         nullptr, nullptr},
        {"CONNECTION_REFUSED", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Connection refused"),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "The server refused the connection: nothing is listening at that address and port."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the endpoint URL and port, and that the server is running."),
         nullptr, nullptr},
        {"CONNECTION_RESET", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Connection closed"),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "The server or a network device closed the connection before answering."),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Try again; if it repeats, check proxies and firewalls between you and the server."),
         nullptr, nullptr},
        {"TIMEOUT", false, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "Request timed out"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "No data moved between VerifyDesk and the server for longer than the "
                           "transfer timeout, so the request was stopped."),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Check the network connection and try again, or raise the timeout in the settings."),
         nullptr,
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Check the network connection and try again, or give a longer --timeout.")},
        {"TLS_ERROR", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Secure connection failed"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The TLS handshake with the server failed or its certificate was not "
                           "trusted. VerifyDesk never ignores certificate errors."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the endpoint URL (https only where the server speaks TLS); for a "
                           "corporate certificate authority, add its CA bundle in the settings."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the endpoint URL (https only where the server speaks TLS); for a "
                           "corporate certificate authority, add its CA bundle in the desktop "
                           "app's settings, which verifydesk verify uses too.")},
        {"TLS_UNTRUSTED", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Server certificate not trusted"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server's certificate was issued by a certificate authority "
                           "VerifyDesk does not trust, so nothing was sent."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "For a corporate or test certificate authority, add its CA bundle in "
                           "the settings; otherwise check the endpoint URL."),
         nullptr, nullptr},
        {"TLS_SELF_SIGNED", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Self-signed server certificate"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server presented a self-signed certificate that no trusted "
                           "certificate authority vouches for, so nothing was sent."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "If you run this server yourself, add its certificate as the CA bundle "
                           "in the settings; otherwise do not trust it."),
         nullptr, nullptr},
        {"TLS_CERT_EXPIRED", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Server certificate expired"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server's certificate has expired (or is not valid yet), so "
                           "nothing was sent."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check this computer's date and time; otherwise the server's operator "
                           "must renew the certificate."),
         nullptr, nullptr},
        {"TLS_HOST_MISMATCH", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Certificate is for another host"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server's certificate does not name the host of the endpoint URL, "
                           "so nothing was sent."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Use the host name the certificate was issued for in the endpoint URL."),
         nullptr, nullptr},
        {"DEADLINE_EXCEEDED", false, Fill::Detail,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Request took too long"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "%1 VerifyDesk stopped the request at its deadline."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Try again later, or raise the overall timeout in the settings."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Try again later, or give a longer --timeout.")},
        {"PROXY_ERROR", false, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "Proxy failed"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The proxy server could not be used for the request."),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Check the system proxy settings, or turn off the proxy in the settings."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the system proxy settings, or turn off the proxy in the desktop "
                           "app's settings, which verifydesk verify uses too.")},
        {"NETWORK_UNREACHABLE", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Network unavailable"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The network is not available."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check the network connection and try again."), nullptr,
         nullptr},
        {"NETWORK_ERROR", false, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "Network error"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The request failed because of a network error."),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Check the network connection and try again; the details name the error."),
         nullptr, nullptr},
        {"CANCELLED", false, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "Cancelled"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The request was cancelled before an answer arrived."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Press Verify to send it again."), nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Run the command again.")},
        {"HTML_BODY", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Web page instead of an answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server answered with a web page (HTTP %1), typically from a proxy, "
                           "captive portal or gateway, not from the verification API."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the endpoint URL and any proxy or network login page."),
         nullptr, nullptr},
        {"EMPTY_BODY", false, Fill::HttpStatus, QT_TRANSLATE_NOOP("ErrorCatalog", "Empty answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The server answered HTTP %1 with an empty body."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check the endpoint URL; try again later."), nullptr,
         nullptr},
        {"NON_JSON_BODY", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Unreadable answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The server's answer (HTTP %1) is not JSON."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint is the verification API."),
         nullptr, nullptr},
        {"MISSING_STATUS", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Unexpected answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The server's JSON answer (HTTP %1) does not follow the "
                                           "API: a status or a score is missing or invalid."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint is the verification API; "
                                           "report the request_id to the provider."),
         nullptr, nullptr},
        {"INCONSISTENT_STATUS", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Unexpected answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The server's JSON answer (HTTP %1) does not follow the "
                                           "API: a status or a score is missing or invalid."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint is the verification API; "
                                           "report the request_id to the provider."),
         nullptr, nullptr},
        {"INVALID_SCORE", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Unexpected answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The server's JSON answer (HTTP %1) does not follow the "
                                           "API: a status or a score is missing or invalid."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint is the verification API; "
                                           "report the request_id to the provider."),
         nullptr, nullptr},
        {"ANSWER_TOO_LARGE", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Answer too large"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server's answer (HTTP %1) grew past 1 MiB; the API's answers are a "
                           "few hundred bytes, so VerifyDesk stopped reading it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint is the verification API."),
         nullptr, nullptr},
        {"DUPLICATE_KEY", false, Fill::Detail,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Ambiguous answer"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server's answer gives \"%1\" more than once, so which value counts "
                           "is ambiguous; VerifyDesk does not guess."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the endpoint is the verification API; "
                                           "report the request_id to the provider."),
         nullptr, nullptr},
        {"BAD_GATEWAY", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Server temporarily unavailable"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "A gateway answered HTTP %1: the verification service is unreachable or "
                           "overloaded. VerifyDesk retried a few times with increasing pauses."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Try again in a few minutes."), nullptr, nullptr},
        {serviceUnavailable, false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Server temporarily unavailable"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "A gateway answered HTTP %1: the verification service is unreachable or "
                           "overloaded. VerifyDesk retried a few times with increasing pauses."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Try again in a few minutes."), nullptr, nullptr},
        {"GATEWAY_TIMEOUT", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Server temporarily unavailable"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "A gateway answered HTTP %1: the verification service is unreachable or "
                           "overloaded. VerifyDesk retried a few times with increasing pauses."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Try again in a few minutes."), nullptr, nullptr},
        {"UNEXPECTED_REDIRECT", false, Fill::HttpStatus,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Unexpected redirect"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The server redirected the request elsewhere (HTTP %1); VerifyDesk does "
                           "not follow redirects with your credentials."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter the final endpoint URL in the settings."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Give the final endpoint URL with --endpoint.")},
        {"PROTOCOL_ERROR", false, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Protocol error"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The server's answer broke the HTTP protocol."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check the endpoint URL and any proxy in between."),
         nullptr, nullptr},
        {"MISSING_ENDPOINT", true, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "No endpoint"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "No endpoint URL is set."),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Enter the endpoint in the settings, e.g. https://cloudapi.linkface.cn."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Give --endpoint URL, e.g. https://cloudapi.linkface.cn, or set it up "
                           "in the desktop app.")},
        {"INVALID_ENDPOINT", true, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Invalid endpoint"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The endpoint is not an http or https URL with a host name."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter a URL such as https://cloudapi.linkface.cn."),
         nullptr, nullptr},
        {"CREDENTIALS_IN_URL", true, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Endpoint must not hold credentials"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The endpoint URL contains a user name or a query string; VerifyDesk "
                           "sends credentials only in the request body."),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Remove everything after the path and any user@ part from the endpoint."),
         nullptr, nullptr},
        {"MISSING_API_ID", true, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "No api_id"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The api_id is not set."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter the api_id in the settings."), nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Give --api-id ID, or set it up in the desktop app.")},
        {"MISSING_API_SECRET", true, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "No api_secret"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "The api_secret is not set or could not be read."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter the api_secret in the settings."), nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Put the api_secret in the environment variable that verifydesk --help "
                           "names, or save it in the desktop app.")},
        {"MISSING_SELFIE", true, Fill::Nothing, QT_TRANSLATE_NOOP("ErrorCatalog", "No selfie"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "No selfie was given."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Give a selfie as a file, a URL or an image id."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Give --selfie FILE, --selfie-url URL or --selfie-id ID.")},
        {"MISSING_LIVENESS", true, Fill::Nothing,
         QT_TRANSLATE_NOOP("ErrorCatalog", "No liveness data"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "No liveness data was given."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Give the liveness data as a file, a URL or a liveness data id."),
         nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Give --liveness FILE, --liveness-url URL or --liveness-id ID.")},
        {"FILE_NOT_READABLE", true, Fill::InputAndDetail,
         QT_TRANSLATE_NOOP("ErrorCatalog", "File cannot be read"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "%1 cannot be opened: %2"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check that the file still exists and that you may read it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "An input file"), nullptr},
        {"INVALID_SOURCE_URL", true, Fill::Input, QT_TRANSLATE_NOOP("ErrorCatalog", "Invalid URL"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "%1 is not an http or https URL."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter a full URL starting with http:// or https://."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "An input URL"), nullptr},
        {"EMPTY_SOURCE_ID", true, Fill::Input, QT_TRANSLATE_NOOP("ErrorCatalog", "Empty id"),
         QT_TRANSLATE_NOOP("ErrorCatalog", "%1 is empty."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter the id the server returned earlier."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "An input id"), nullptr},
        {"CA_BUNDLE_UNREADABLE", true, Fill::Detail,
         QT_TRANSLATE_NOOP("ErrorCatalog", "CA bundle cannot be used"),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The CA bundle file holds no readable PEM certificate: %1"),
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Choose a PEM file with the certificate authority, or clear the setting."),
         nullptr,
         QT_TRANSLATE_NOOP(
             "ErrorCatalog",
             "Choose another CA bundle, or clear it, in the desktop app's settings.")},
    };
    return codes;
}

} // namespace

// The input named by the API's "image" field, or a generic phrase when the field is absent.
QString ErrorCatalog::failedInput(const ApiError &error, const char *fallback)
{
    if (error.image.isEmpty())
        return tr(fallback);
    return inputName(error.image);
}

ErrorExplanation ErrorCatalog::explainApiStatus(const ApiError &e, Audience audience)
{
    const ApiStatus *row = ApiStatus::find(e.code);
    if (!row)
        return {tr("Unknown API status %1").arg(e.code),
                tr("The server answered with a status VerifyDesk does not know."),
                tr("Report the status and the request_id to the provider.")};
    QString explanation = tr(row->explanation);
    if (row->unnamedInput)
        explanation = explanation.arg(failedInput(e, row->unnamedInput));
    const bool cli = audience == Audience::CommandLine && row->cliAction;
    return {tr(row->title), explanation, tr(cli ? row->cliAction : row->action)};
}

ErrorExplanation ErrorCatalog::explainOwnCode(const ApiError &e, Audience audience)
{
    const std::vector<OwnCode> &codes = ownCodes();
    const auto own = std::find_if(codes.begin(), codes.end(), [&e](const OwnCode &row) {
        return e.code == QLatin1StringView(row.code);
    });
    if (own == codes.end())
        return {tr("Error %1").arg(e.code), tr("The request failed."),
                tr("Try again; the details name the error.")};
    QString explanation = tr(own->explanation);
    switch (own->fill) {
    case OwnCode::Fill::Nothing:
        break;
    case OwnCode::Fill::HttpStatus:
        explanation = explanation.arg(e.httpStatus);
        break;
    case OwnCode::Fill::Detail:
        explanation = explanation.arg(e.detail);
        break;
    case OwnCode::Fill::Input:
        explanation = explanation.arg(failedInput(e, own->unnamedInput));
        break;
    case OwnCode::Fill::InputAndDetail:
        explanation = explanation.arg(failedInput(e, own->unnamedInput), e.detail);
        break;
    }
    const bool cli = audience == Audience::CommandLine && own->cliAction;
    return {tr(own->title), explanation, tr(cli ? own->cliAction : own->action)};
}

ErrorExplanation ErrorCatalog::explain(const ApiError &error, Audience audience)
{
    ErrorExplanation x;
    if (error.kind == ApiError::Kind::Api)
        x = explainApiStatus(error, audience);
    else if (error.kind == ApiError::Kind::Cancelled)
        x = explainOwnCode(ApiError::cancelled(), audience);
    else
        x = explainOwnCode(error, audience);
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

// Our own codes of one group, in the table's order.
static QStringList ownCodesWhere(bool local)
{
    QStringList list;
    for (const OwnCode &row : ownCodes()) {
        if (row.local == local)
            list << QString::fromLatin1(row.code);
    }
    return list;
}

const QStringList &ErrorCatalog::transportCodes()
{
    static const QStringList codes = ownCodesWhere(false);
    return codes;
}

const QStringList &ErrorCatalog::localCodes()
{
    static const QStringList codes = ownCodesWhere(true);
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
