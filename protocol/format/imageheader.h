// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
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

// False when the data is a PNG one of whose chunks declares more bytes than follow it (a damaged
// file); true otherwise, and for any other format. Checked before a PNG reaches a decoder:
// libpng allocates a chunk's declared length up front, so 277 bytes declaring a 2 GB text chunk
// cost 2 GB of memory and seconds of work (found by tests/fuzz/fuzz_selfiecheck).
bool pngChunksFit(const char *data, std::size_t size);

} // namespace vd::format
