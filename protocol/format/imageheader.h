// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vd::format {

// The format and pixel size of a frame image, read from its first bytes: the format library
// links no image codec, and a header is all the reader and the builder need to check a frame.
struct ImageHeader
{
    // "jpeg" or "png" (the formats a capture may hold); "gif", "bmp", "webp" or "tiff" when the
    // data is recognisably one of those; empty otherwise.
    std::string format;
    int width = 0; // 0 when the header holds no valid size (JPEG and PNG only)
    int height = 0;

    bool isFrameFormat() const { return format == "jpeg" || format == "png"; }
    bool hasSize() const { return width > 0 && height > 0; }

    static ImageHeader read(const std::string &data);
};

} // namespace vd::format
