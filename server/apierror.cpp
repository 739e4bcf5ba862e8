#include "apierror.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace vd::server {

int ApiError::httpCode() const
{
    static const QHash<QString, int> codes = {
        {u"ENCODING_ERROR"_s, 400},
        {u"DOWNLOAD_TIMEOUT"_s, 400},
        {u"DOWNLOAD_ERROR"_s, 400},
        {u"IMAGE_FILE_SIZE_TOO_BIG"_s, 400},
        {u"IMAGE_ID_NOT_EXIST"_s, 400},
        {u"NO_FACE_DETECTED"_s, 400},
        {u"CORRUPT_IMAGE"_s, 400},
        {u"INVALID_IMAGE_FORMAT_OR_SIZE"_s, 400},
        {u"WRONG_LIVENESS_DATA"_s, 400},
        {u"INVALID_ARGUMENT"_s, 400},
        {u"UNAUTHORIZED"_s, 401},
        {u"KEY_EXPIRED"_s, 401},
        {u"RATE_LIMIT_EXCEEDED"_s, 403},
        {u"NO_PERMISSION"_s, 403},
        {u"OUT_OF_QUOTA"_s, 403},
        {u"NOT_FOUND"_s, 404},
        {u"INTERNAL_ERROR"_s, 500},
        // Not in the vendor's table: the scoring queue is full (API.md: clients cope with 503).
        {u"SERVICE_UNAVAILABLE"_s, 503},
    };
    return codes.value(status, 500);
}

QJsonObject ApiError::toJson(const QString &requestId) const
{
    QJsonObject body{{u"request_id"_s, requestId}, {u"status"_s, status}};
    if (!image.isEmpty())
        body.insert(u"image"_s, image);
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return body;
}

ApiError ApiError::invalidArgument(const QString &reason)
{
    return ApiError{u"INVALID_ARGUMENT"_s, {}, reason, {}};
}

ApiError ApiError::forImage(const QString &status, const QString &image, const QString &reason)
{
    return ApiError{status, image, reason, {}};
}

ApiError ApiError::internal(const QString &detail)
{
    return ApiError{u"INTERNAL_ERROR"_s, {}, {}, detail};
}

} // namespace vd::server
