#include "api/responseparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isGatewayStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

QString gatewayCode(int status)
{
    switch (status) {
    case 502:
        return u"BAD_GATEWAY"_s;
    case 503:
        return u"SERVICE_UNAVAILABLE"_s;
    default:
        return u"GATEWAY_TIMEOUT"_s;
    }
}

// The first bytes of a body that is not ours, for the details box: enough to recognise a proxy
// page, short enough for a log line.
QString snippet(const QByteArray &body)
{
    constexpr int Max = 300;
    QString text = QString::fromUtf8(body.left(Max)).simplified();
    if (body.size() > Max)
        text += u"…"_s;
    return text;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray head = body.trimmed().left(64).toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           head.startsWith("<head") || head.startsWith("<body") ||
           (head.startsWith('<') && body.toLower().contains("</html>"));
}

ApiError badResponse(const QString &code, int status, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.code = code;
    e.httpStatus = status;
    e.detail = detail;
    return e;
}

// A score as a JSON number or a numeric string, in [0, 1].
std::optional<double> readScore(const QJsonValue &value)
{
    double score = 0;
    if (value.isDouble()) {
        score = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        score = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(score) || score < 0.0 || score > 1.0)
        return std::nullopt;
    return score;
}

QString readString(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

ResponseParser::Outcome parseBody(int httpStatus, const QByteArray &body,
                                  const QByteArray &contentType)
{
    const bool gateway = isGatewayStatus(httpStatus);
    if (body.trimmed().isEmpty()) {
        if (gateway)
            return badResponse(gatewayCode(httpStatus), httpStatus, QString());
        return badResponse(u"EMPTY_BODY"_s, httpStatus, QString());
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (gateway)
            return badResponse(gatewayCode(httpStatus), httpStatus, snippet(body));
        if (looksLikeHtml(body, contentType))
            return badResponse(u"HTML_BODY"_s, httpStatus, snippet(body));
        return badResponse(u"NON_JSON_BODY"_s, httpStatus,
                           parseError.error != QJsonParseError::NoError
                               ? parseError.errorString() + u": "_s + snippet(body)
                               : snippet(body));
    }

    const QJsonObject object = document.object();
    const QString status = object.value("status"_L1).toString();
    const QString requestId = readString(object, "request_id"_L1);
    if (status.isEmpty()) {
        if (gateway)
            return badResponse(gatewayCode(httpStatus), httpStatus, snippet(body));
        ApiError e = badResponse(u"MISSING_STATUS"_s, httpStatus, snippet(body));
        e.requestId = requestId;
        return e;
    }

    if (status != "OK"_L1) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.code = status;
        e.httpStatus = httpStatus;
        e.image = readString(object, "image"_L1);
        e.reason = readString(object, "reason"_L1);
        e.requestId = requestId;
        return e;
    }

    if (httpStatus != 200) {
        ApiError e = badResponse(u"INCONSISTENT_STATUS"_s, httpStatus, snippet(body));
        e.requestId = requestId;
        return e;
    }

    const std::optional<double> hack = readScore(object.value("hack_score"_L1));
    const std::optional<double> verify = readScore(object.value("verify_score"_L1));
    if (!hack || !verify) {
        ApiError e = badResponse(u"INVALID_SCORE"_s, httpStatus, snippet(body));
        e.requestId = requestId;
        return e;
    }

    VerificationResult result;
    result.requestId = requestId;
    result.hackScore = *hack;
    result.verifyScore = *verify;
    result.livenessDataId = readString(object, "liveness_data_id"_L1);
    result.imageId = readString(object, "image_id"_L1);
    result.httpStatus = httpStatus;
    result.rawJson = body;
    return result;
}

} // namespace

ResponseParser::Outcome ResponseParser::parse(int httpStatus, const QByteArray &body,
                                              const QByteArray &contentType)
{
    Outcome outcome = parseBody(httpStatus, body, contentType);
    if (auto *error = std::get_if<ApiError>(&outcome))
        error->rawBody = body.left(64 * 1024);
    return outcome;
}
