#pragma once

#include <QJsonObject>
#include <QString>

namespace vd::server {

// One answer of the API's error table (API.md "Errors"): the status, its HTTP code and the
// extra fields. `detail` is for the server log only and never leaves the server.
struct ApiError
{
    QString status;
    QString image;  // which input failed, for the image and download errors
    QString reason; // free text, for INVALID_ARGUMENT, KEY_EXPIRED and a few others
    QString detail; // log only: may name internals that a caller must not see

    // The HTTP code that API.md's table gives to `status` (500 for an unknown status).
    int httpCode() const;
    QJsonObject toJson(const QString &requestId) const;

    static ApiError invalidArgument(const QString &reason);
    static ApiError forImage(const QString &status, const QString &image,
                             const QString &reason = {});
    static ApiError internal(const QString &detail);
};

} // namespace vd::server
