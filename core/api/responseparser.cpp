// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/responseparser.h"

#include "contract/apicontract.h"

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

QString readString(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
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
            return ApiError::gatewayFailure(httpStatus, QString());
        return ApiError::emptyBody(httpStatus);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (gateway)
            return ApiError::gatewayFailure(httpStatus, snippet(body));
        if (looksLikeHtml(body, contentType))
            return ApiError::htmlBody(httpStatus, snippet(body));
        return ApiError::nonJsonBody(httpStatus,
                                     parseError.error != QJsonParseError::NoError
                                         ? parseError.errorString() + u": "_s + snippet(body)
                                         : snippet(body));
    }

    const QJsonObject object = document.object();
    namespace answer = vd::contract::answer;
    const QString status = object.value(QLatin1StringView(answer::Status)).toString();
    const QString requestId = readString(object, answer::RequestId);
    if (status.isEmpty()) {
        if (gateway)
            return ApiError::gatewayFailure(httpStatus, snippet(body));
        ApiError e = ApiError::missingStatus(httpStatus, snippet(body));
        e.requestId = requestId;
        return e;
    }

    if (status != QLatin1StringView(answer::Ok)) {
        ApiError e = ApiError::fromApi(status, httpStatus);
        e.image = readString(object, answer::Image);
        e.reason = readString(object, answer::Reason);
        e.requestId = requestId;
        return e;
    }

    if (httpStatus != 200) {
        ApiError e = ApiError::inconsistentStatus(httpStatus, snippet(body));
        e.requestId = requestId;
        return e;
    }

    const std::optional<double> hack =
        readScore(object.value(QLatin1StringView(answer::HackScore)));
    const std::optional<double> verify =
        readScore(object.value(QLatin1StringView(answer::VerifyScore)));
    if (!hack || !verify) {
        ApiError e = ApiError::invalidScore(httpStatus, snippet(body));
        e.requestId = requestId;
        return e;
    }

    VerificationResult result;
    result.requestId = requestId;
    result.hackScore = *hack;
    result.verifyScore = *verify;
    result.livenessDataId = readString(object, answer::LivenessDataId);
    result.imageId = readString(object, answer::ImageId);
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
