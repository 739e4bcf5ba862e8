// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "contract/apicontract.h"

namespace vd::server {

namespace answer = contract::answer;

QString ApiError::statusName() const
{
    return QString::fromLatin1(row().code);
}

QJsonObject ApiError::toJson(const QString &requestId) const
{
    QJsonObject body{{QLatin1StringView(answer::RequestId), requestId},
                     {QLatin1StringView(answer::Status), statusName()}};
    if (row().image && !image.isEmpty())
        body.insert(QLatin1StringView(answer::Image), image);
    if (row().reason && !reason.isEmpty())
        body.insert(QLatin1StringView(answer::Reason), reason);
    return body;
}

ApiError ApiError::of(contract::Status status, const QString &reason)
{
    return ApiError{status, {}, reason, {}};
}

ApiError ApiError::invalidArgument(const QString &reason)
{
    return ApiError{contract::Status::InvalidArgument, {}, reason, {}};
}

ApiError ApiError::forImage(contract::Status status, const QString &image, const QString &reason)
{
    return ApiError{status, image, reason, {}};
}

ApiError ApiError::internal(const QString &detail)
{
    return ApiError{contract::Status::InternalError, {}, {}, detail};
}

ApiError ApiError::outage(const QString &detail)
{
    return ApiError{contract::Status::ServiceUnavailable,
                    {},
                    QStringLiteral("the shared database is out of reach; retry later"),
                    detail};
}

} // namespace vd::server
