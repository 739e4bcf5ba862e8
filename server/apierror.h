// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contract/apistatus.h"

#include <QJsonObject>
#include <QString>

namespace vd::server {

// One answer of the API's error table (vd::contract::ApiStatus): the status, its HTTP code and
// the extra fields the table gives it. `detail` is for the server log only and never leaves the
// server.
struct ApiError
{
    contract::Status status = contract::Status::InternalError;
    QString image;  // which input failed, sent when the status's row has "image"
    QString reason; // free text, sent when the status's row has "reason"
    QString detail; // log only: may name internals that a caller must not see

    const contract::ApiStatus &row() const { return contract::ApiStatus::of(status); }
    QString statusName() const;
    int httpCode() const { return row().httpCode; }
    QJsonObject toJson(const QString &requestId) const;

    static ApiError of(contract::Status status, const QString &reason = {});
    static ApiError invalidArgument(const QString &reason);
    static ApiError forImage(contract::Status status, const QString &image,
                             const QString &reason = {});
    static ApiError internal(const QString &detail);
    // SERVICE_UNAVAILABLE because a shared database is out of reach: retryable, never 500.
    static ApiError outage(const QString &detail);
};

} // namespace vd::server
