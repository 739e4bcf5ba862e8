// SPDX-License-Identifier: GPL-3.0-or-later
#include "contract/apistatus.h"

#include <QCoreApplication>
#include <QLatin1StringView>

namespace vd::contract {

namespace {

constexpr const char *UrlInput = QT_TRANSLATE_NOOP("ErrorCatalog", "an input given as a URL");

// The one spelling of every status, its HTTP code and extra fields (API.md "Errors").
constexpr std::array<ApiStatus, ApiStatus::Count> Table = {{
    {Status::EncodingError, "ENCODING_ERROR", 400, false, false, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Text encoding error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server could not read a parameter because it is not UTF-8 text."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the api_id, the URLs and the ids for unusual "
                                       "characters, then try again."),
     nullptr, nullptr},
    {Status::DownloadTimeout, "DOWNLOAD_TIMEOUT", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Download timed out"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server timed out fetching %1 from its URL."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Make sure the URL is reachable from the server and "
                                       "responds quickly, or upload the file instead."),
     UrlInput, nullptr},
    {Status::DownloadError, "DOWNLOAD_ERROR", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Download failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server could not fetch %1 from its URL."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the URL is correct and publicly reachable, "
                                       "or upload the file instead."),
     UrlInput, nullptr},
    {Status::ImageFileSizeTooBig, "IMAGE_FILE_SIZE_TOO_BIG", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image too large"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "%1 is larger than the server accepts (at most 5 MB for a selfie)."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use \"Fit to limits\" to downscale the selfie, or choose a smaller file."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "An image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Choose a smaller file, or downscale the selfie first (\"Fit to limits\" in "
                       "the desktop app writes a copy within the limits).")},
    {Status::ImageIdNotExist, "IMAGE_ID_NOT_EXIST", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unknown image id"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server has no stored image for the id given as %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the id, or upload the selfie again to get a new image_id."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "an id given in the request"), nullptr},
    {Status::NoFaceDetected, "NO_FACE_DETECTED", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No face found"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server found no face in %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Use a sharp, well-lit, frontal photo with the whole face "
                                       "visible; try \"Auto-rotate\" if the face is sideways."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "an image"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Use a sharp, well-lit, frontal photo with the whole face "
                                       "visible; try --auto-rotate if the face is sideways.")},
    {Status::CorruptImage, "CORRUPT_IMAGE", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Damaged image"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "%1 is not an image, or it is damaged."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Open the file in an image viewer to check it, or choose another file."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "An input"), nullptr},
    {Status::InvalidImageFormatOrSize, "INVALID_IMAGE_FORMAT_OR_SIZE", 400, true, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image format or size not allowed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "%1 has a format or dimensions the server does not accept (JPG, BMP, PNG, "
                       "GIF or TIFF, more than 8 and at most 4000 pixels per side)."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Convert the image to JPG or PNG, or use \"Fit to limits\"."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "An image"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Convert the image to JPG or PNG within the limits (\"Fit "
                                       "to limits\" in the desktop app does it).")},
    {Status::WrongLivenessData, "WRONG_LIVENESS_DATA", 400, false, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Liveness data not accepted"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server cannot read the liveness data, or it is invalid."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Send the file exactly as the liveness SDK wrote it; "
                                       "record a new capture if it was damaged."),
     nullptr, nullptr},
    {Status::InvalidArgument, "INVALID_ARGUMENT", 400, false, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Invalid request parameters"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server rejected the request parameters."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Give exactly one selfie and one liveness source, and check the values."),
     nullptr, nullptr},
    {Status::Unauthorized, "UNAUTHORIZED", 401, false, false, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wrong credentials"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server did not accept the api_id or api_secret."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the api_id and api_secret in the settings."), nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the api_id (--api-id) and the api_secret.")},
    {Status::KeyExpired, "KEY_EXPIRED", 401, false, true, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Account expired"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The account's key has expired."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Contact the account administrator to renew the key."),
     nullptr, nullptr},
    {Status::RateLimitExceeded, "RATE_LIMIT_EXCEEDED", 403, false, false, true,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The account sent more calls per second than its limit allows; VerifyDesk "
                       "retried a few times with increasing pauses."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait a moment and try again, or ask for a higher rate limit."),
     nullptr, nullptr},
    {Status::NoPermission, "NO_PERMISSION", 403, false, false, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No permission"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "This account may not call the verification API."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Ask the account administrator to enable liveness selfie verification."),
     nullptr, nullptr},
    {Status::OutOfQuota, "OUT_OF_QUOTA", 403, false, false, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Quota used up"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The account's call quota is used up."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Ask the account administrator to add quota."), nullptr,
     nullptr},
    {Status::NotFound, "NOT_FOUND", 404, false, false, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wrong endpoint path"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server does not know the verification path at this endpoint."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the endpoint URL in the settings: give the base URL "
                                       "only, without /identity/…."),
     nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check --endpoint: give the base URL only, without /identity/….")},
    {Status::InternalError, "INTERNAL_ERROR", 500, false, false, false,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Server error"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server failed while handling the request."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Try again later; if it persists, report the request_id to the provider."),
     nullptr, nullptr},
    // Not in the vendor's table: the reference server's scoring queue is full (with Retry-After).
    {Status::ServiceUnavailable, "SERVICE_UNAVAILABLE", 503, false, true, true,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Server busy"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Every scoring worker of the server is busy and its queue is full. "
                       "VerifyDesk retried a few times with increasing pauses."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Try again in a moment; if it keeps happening, ask the "
                                       "server's operator for more scoring workers."),
     nullptr, nullptr},
}};

constexpr bool rowsInEnumOrder()
{
    for (int i = 0; i < ApiStatus::Count; ++i) {
        if (int(Table[std::size_t(i)].status) != i)
            return false;
    }
    return true;
}
static_assert(rowsInEnumOrder(), "the table's rows follow the order of Status");

} // namespace

const std::array<ApiStatus, ApiStatus::Count> &ApiStatus::all()
{
    return Table;
}

const ApiStatus &ApiStatus::of(Status status)
{
    return Table[std::size_t(status)];
}

const ApiStatus *ApiStatus::find(QStringView code)
{
    for (const ApiStatus &row : Table) {
        if (code == QLatin1StringView(row.code))
            return &row;
    }
    return nullptr;
}

} // namespace vd::contract
