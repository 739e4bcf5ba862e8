// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <opencv2/core.hpp>
#include <string>

namespace vd::engine {

// An image decoded for the engine: 8-bit BGR with its EXIF orientation applied.
struct DecodedImage
{
    cv::Mat bgr;        // empty when decoding failed
    std::string format; // "jpeg", "png", ... as judged by content
    std::string error;  // why decoding failed, for people; empty on success
};

// Decodes JPEG/PNG/BMP/GIF/TIFF/WebP (whatever Qt's image plugins read) by content, not by name.
DecodedImage decodeImage(const QByteArray &bytes);

} // namespace vd::engine
