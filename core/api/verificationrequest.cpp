#include "api/verificationrequest.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QUrl VerificationRequest::endpoint() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // An operator who pasted the full endpoint gets it used as is, not doubled.
    const QLatin1StringView apiPath("/identity/liveness_selfie_verification");
    if (!path.endsWith(apiPath))
        path += apiPath;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

static std::optional<ApiError> validateSource(const InputSource &source, const QString &missingCode,
                                              const QString &field)
{
    switch (source.kind) {
    case InputSource::Kind::None:
        return ApiError::local(missingCode);
    case InputSource::Kind::File: {
        if (source.value.isEmpty())
            return ApiError::local(missingCode);
        const QFileInfo info(source.value);
        if (!info.exists() || !info.isFile() || !info.isReadable()) {
            ApiError e = ApiError::local(u"FILE_NOT_READABLE"_s, source.value);
            e.image = field;
            return e;
        }
        return std::nullopt;
    }
    case InputSource::Kind::Url: {
        const QUrl url(source.value.trimmed(), QUrl::StrictMode);
        if (source.value.trimmed().isEmpty() || !url.isValid() ||
            (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
            ApiError e = ApiError::local(u"INVALID_SOURCE_URL"_s, source.value);
            e.image = field;
            return e;
        }
        return std::nullopt;
    }
    case InputSource::Kind::Id:
        if (source.value.trimmed().isEmpty()) {
            ApiError e = ApiError::local(u"EMPTY_SOURCE_ID"_s);
            e.image = field;
            return e;
        }
        return std::nullopt;
    }
    return ApiError::local(missingCode);
}

std::optional<ApiError> VerificationRequest::validate() const
{
    if (baseUrl.isEmpty())
        return ApiError::local(u"MISSING_ENDPOINT"_s);
    if (!baseUrl.isValid() || (baseUrl.scheme() != "http"_L1 && baseUrl.scheme() != "https"_L1) ||
        baseUrl.host().isEmpty()) {
        return ApiError::local(u"INVALID_ENDPOINT"_s, baseUrl.toDisplayString());
    }
    // Credentials belong in the form body; a URL carrying any would leak them to logs.
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery())
        return ApiError::local(u"CREDENTIALS_IN_URL"_s,
                               baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (apiId.trimmed().isEmpty())
        return ApiError::local(u"MISSING_API_ID"_s);
    if (apiSecret.isEmpty())
        return ApiError::local(u"MISSING_API_SECRET"_s);
    if (auto e = validateSource(selfie, u"MISSING_SELFIE"_s, selfieField(selfie.kind)))
        return e;
    if (auto e = validateSource(liveness, u"MISSING_LIVENESS"_s, livenessField(liveness.kind)))
        return e;
    return std::nullopt;
}

QString VerificationRequest::selfieField(InputSource::Kind kind)
{
    switch (kind) {
    case InputSource::Kind::File:
        return u"selfie_file"_s;
    case InputSource::Kind::Url:
        return u"selfie_url"_s;
    case InputSource::Kind::Id:
        return u"selfie_image_id"_s;
    case InputSource::Kind::None:
        break;
    }
    return {};
}

QString VerificationRequest::livenessField(InputSource::Kind kind)
{
    switch (kind) {
    case InputSource::Kind::File:
        return u"liveness_data_file"_s;
    case InputSource::Kind::Url:
        return u"liveness_data_url"_s;
    case InputSource::Kind::Id:
        return u"liveness_data_id"_s;
    case InputSource::Kind::None:
        break;
    }
    return {};
}
