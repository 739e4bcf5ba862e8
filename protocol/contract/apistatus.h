// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <array>

namespace vd::contract {

// The statuses of the API's error table (API.md "Errors"), in the table's order, and the
// reference server's own SERVICE_UNAVAILABLE.
enum class Status
{
    EncodingError,
    DownloadTimeout,
    DownloadError,
    ImageFileSizeTooBig,
    ImageIdNotExist,
    NoFaceDetected,
    CorruptImage,
    InvalidImageFormatOrSize,
    WrongLivenessData,
    InvalidArgument,
    Unauthorized,
    KeyExpired,
    RateLimitExceeded,
    NoPermission,
    OutOfQuota,
    NotFound,
    InternalError,
    ServiceUnavailable
};

// One row of the API's error table, read by the server to answer and by the client to explain:
// the status, its HTTP code, the extra fields of the answer, whether a client sends the request
// again, and what the client tells the operator.
struct ApiStatus
{
    Status status;
    const char *code; // as on the wire, e.g. NO_FACE_DETECTED
    int httpCode;
    bool image;     // the answer names the failed input in "image"
    bool reason;    // the answer carries a free-text "reason"
    bool retryable; // a client sends the request again after a pause

    // The client's texts, source texts of the "ErrorCatalog" translation context. When
    // `unnamedInput` is set, the explanation has a %1 for the failed input, and `unnamedInput`
    // stands in for it when the answer names none.
    const char *title;
    const char *explanation;
    const char *action;
    const char *unnamedInput;
    // The action for the command line where `action` names the window ("in the settings",
    // "Fit to limits"); nullptr when `action` fits both.
    const char *cliAction;

    static constexpr int Count = int(Status::ServiceUnavailable) + 1;

    static const std::array<ApiStatus, Count> &all();
    static const ApiStatus &of(Status status);
    // The row of a status as on the wire; nullptr for a status the table does not have.
    static const ApiStatus *find(QStringView code);
};

} // namespace vd::contract
