// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/responseparser.h"

#include "api/untrustedtext.h"
#include "contract/apicontract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
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
    return UntrustedText::sanitized(QString::fromUtf8(body.left(Max + 1)).simplified(), Max);
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
        return UntrustedText::sanitized(value.toString());
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

    // QJsonDocument keeps the last of two equal keys without a word; a score given twice must
    // not be decided by that.
    const QString duplicate = ResponseParser::duplicateTopLevelKey(body);
    if (!duplicate.isEmpty())
        return ApiError::duplicateKey(httpStatus, UntrustedText::sanitized(duplicate));

    const QJsonObject object = document.object();
    namespace answer = vd::contract::answer;
    const QString status =
        UntrustedText::sanitized(object.value(QLatin1StringView(answer::Status)).toString());
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

// The index just past the JSON string that starts at `at` (its opening quote).
qsizetype skipString(const QByteArray &json, qsizetype at)
{
    qsizetype i = at + 1;
    while (i < json.size() && json.at(i) != '"')
        i += json.at(i) == '\\' ? 2 : 1;
    return i + 1;
}

qsizetype skipSpace(const QByteArray &json, qsizetype i)
{
    while (i < json.size() &&
           (json.at(i) == ' ' || json.at(i) == '\t' || json.at(i) == '\n' || json.at(i) == '\r'))
        ++i;
    return i;
}

// The index just past the JSON value at `at`: a string, a nested object or array, or a literal.
qsizetype skipValue(const QByteArray &json, qsizetype at)
{
    qsizetype i = at;
    int depth = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '"') {
            i = skipString(json, i);
            if (depth == 0)
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
        ++i;
    }
    return i;
}

} // namespace

QStringList ResponseParser::warningsFor(const VerificationResult &result)
{
    QStringList warnings;
    if (result.requestId.isEmpty())
        warnings << tr("The answer has no request_id, so the provider cannot trace this "
                       "verification.");
    return warnings;
}

QString ResponseParser::duplicateTopLevelKey(const QByteArray &json)
{
    QSet<QString> seen;
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json.at(i) != '{')
        return {};
    i = skipSpace(json, i + 1);
    while (i < json.size() && json.at(i) == '"') {
        const qsizetype end = skipString(json, i);
        // The key decoded as JSON decodes it, escapes included ("\u0068ack_score" is hack_score).
        const QString key =
            QJsonDocument::fromJson('[' + json.mid(i, end - i) + ']').array().at(0).toString();
        if (seen.contains(key))
            return key;
        seen.insert(key);
        i = skipSpace(json, end);
        if (i >= json.size() || json.at(i) != ':')
            return {};
        i = skipValue(json, skipSpace(json, i + 1));
        i = skipSpace(json, i);
        if (i >= json.size() || json.at(i) != ',')
            return {};
        i = skipSpace(json, i + 1);
    }
    return {};
}

ResponseParser::Outcome ResponseParser::parse(int httpStatus, const QByteArray &body,
                                              const QByteArray &contentType)
{
    Outcome outcome = parseBody(httpStatus, body, contentType);
    if (auto *error = std::get_if<ApiError>(&outcome))
        error->rawBody = body.left(64 * 1024);
    return outcome;
}
