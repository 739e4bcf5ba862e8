// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationrequest.h"

#include "contract/apicontract.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
namespace form = vd::contract::form;

QUrl VerificationRequest::endpoint() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // An operator who pasted the full endpoint gets it used as is, not doubled.
    const QLatin1StringView apiPath(vd::contract::ApiPath);
    if (!path.endsWith(apiPath))
        path += apiPath;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

static std::optional<ApiError> validateSource(const InputSource &source, const ApiError &missing,
                                              const QString &field)
{
    switch (source.kind) {
    case InputSource::Kind::None:
        return missing;
    case InputSource::Kind::File: {
        if (source.value.isEmpty())
            return missing;
        const QFileInfo info(source.value);
        if (!info.exists() || !info.isFile() || !info.isReadable())
            return ApiError::fileNotReadable(field, source.value);
        return std::nullopt;
    }
    case InputSource::Kind::Url: {
        const QUrl url(source.value.trimmed(), QUrl::StrictMode);
        if (source.value.trimmed().isEmpty() || !url.isValid() ||
            (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty())
            return ApiError::invalidSourceUrl(field, source.value);
        return std::nullopt;
    }
    case InputSource::Kind::Id:
        if (source.value.trimmed().isEmpty())
            return ApiError::emptySourceId(field);
        return std::nullopt;
    }
    return missing;
}

std::optional<ApiError> VerificationRequest::validate() const
{
    if (auto e = validateConnection())
        return e;
    if (auto e = validateSource(selfie, ApiError::missingSelfie(), selfieField(selfie.kind)))
        return e;
    if (auto e =
            validateSource(liveness, ApiError::missingLiveness(), livenessField(liveness.kind)))
        return e;
    return std::nullopt;
}

std::optional<ApiError> VerificationRequest::validateConnection() const
{
    if (baseUrl.isEmpty())
        return ApiError::missingEndpoint();
    if (!baseUrl.isValid() || (baseUrl.scheme() != "http"_L1 && baseUrl.scheme() != "https"_L1) ||
        baseUrl.host().isEmpty()) {
        return ApiError::invalidEndpoint(baseUrl.toDisplayString());
    }
    // Credentials belong in the form body; a URL carrying any would leak them to logs.
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery())
        return ApiError::credentialsInUrl(
            baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (apiId.trimmed().isEmpty())
        return ApiError::missingApiId();
    if (apiSecret.isEmpty())
        return ApiError::missingApiSecret();
    return std::nullopt;
}

QString VerificationRequest::selfieField(InputSource::Kind kind)
{
    switch (kind) {
    case InputSource::Kind::File:
        return QString::fromLatin1(form::SelfieFile);
    case InputSource::Kind::Url:
        return QString::fromLatin1(form::SelfieUrl);
    case InputSource::Kind::Id:
        return QString::fromLatin1(form::SelfieImageId);
    case InputSource::Kind::None:
        break;
    }
    return {};
}

QString VerificationRequest::livenessField(InputSource::Kind kind)
{
    switch (kind) {
    case InputSource::Kind::File:
        return QString::fromLatin1(form::LivenessDataFile);
    case InputSource::Kind::Url:
        return QString::fromLatin1(form::LivenessDataUrl);
    case InputSource::Kind::Id:
        return QString::fromLatin1(form::LivenessDataId);
    case InputSource::Kind::None:
        break;
    }
    return {};
}
