#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace vd::server {

// The selfie rules of API.md, checked from the image header before anything is decoded:
// format by content (JPEG, BMP, PNG, GIF, TIFF), 8 < width, height <= 4000, at most 5 MiB.
class SelfieCheck
{
public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;
    static constexpr int MinSide = 9;
    static constexpr int MaxSide = 4000;

    // nullopt when the selfie may be decoded; otherwise the error, naming `input`.
    static std::optional<ApiError> check(const QByteArray &data, const QString &input);
};

} // namespace vd::server
