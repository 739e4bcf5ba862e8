// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageheader.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace vd::format {

namespace {

std::uint32_t byteAt(const std::string &data, std::size_t pos)
{
    return static_cast<unsigned char>(data[pos]);
}

std::uint32_t bigEndian16(const std::string &data, std::size_t pos)
{
    return (byteAt(data, pos) << 8) | byteAt(data, pos + 1);
}

std::uint32_t bigEndian32(const std::string &data, std::size_t pos)
{
    return (bigEndian16(data, pos) << 16) | bigEndian16(data, pos + 2);
}

bool startsWith(const std::string &data, std::string_view prefix)
{
    return data.compare(0, prefix.size(), prefix) == 0;
}

// The size from the IHDR chunk, which PNG requires to come first.
void readPngSize(const std::string &data, ImageHeader &header)
{
    if (data.size() < 24 || data.compare(12, 4, "IHDR") != 0) {
        return;
    }
    const std::uint32_t width = bigEndian32(data, 16);
    const std::uint32_t height = bigEndian32(data, 20);
    if (width > 0 && height > 0 && width <= 0x7fffffff && height <= 0x7fffffff) {
        header.width = static_cast<int>(width);
        header.height = static_cast<int>(height);
    }
}

// Walks the marker segments up to the first start-of-frame (SOF0..SOF15 without DHT, JPG and
// DAC), which holds the size; a scan or the end of the data before it means no valid size.
void readJpegSize(const std::string &data, ImageHeader &header)
{
    std::size_t pos = 2;
    while (pos + 1 < data.size()) {
        if (byteAt(data, pos) != 0xff) {
            return;
        }
        const std::uint32_t marker = byteAt(data, pos + 1);
        if (marker == 0xff) {
            ++pos; // fill byte
            continue;
        }
        pos += 2;
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
            continue; // standalone markers carry no length
        }
        if (marker == 0xd9 || marker == 0xda || pos + 2 > data.size()) {
            return;
        }
        const std::uint32_t length = bigEndian16(data, pos);
        const bool startOfFrame =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (startOfFrame) {
            if (length < 7 || pos + 7 > data.size()) {
                return;
            }
            header.height = static_cast<int>(bigEndian16(data, pos + 3));
            header.width = static_cast<int>(bigEndian16(data, pos + 5));
            if (!header.hasSize()) {
                header.width = header.height = 0;
            }
            return;
        }
        if (length < 2) {
            return;
        }
        pos += length;
    }
}

} // namespace

ImageHeader ImageHeader::read(const std::string &data)
{
    ImageHeader header;
    if (data.size() > 3 && byteAt(data, 0) == 0xff && byteAt(data, 1) == 0xd8 &&
        byteAt(data, 2) == 0xff) {
        header.format = "jpeg";
        readJpegSize(data, header);
        return header;
    }
    if (startsWith(data, std::string_view("\x89PNG\r\n\x1a\n", 8))) {
        header.format = "png";
        readPngSize(data, header);
        return header;
    }
    // Named only to say what a refused frame is instead.
    static const std::array<std::pair<std::string_view, const char *>, 5> kOthers{{
        {"GIF87a", "gif"},
        {"GIF89a", "gif"},
        {"BM", "bmp"},
        {std::string_view("II*\0", 4), "tiff"},
        {std::string_view("MM\0*", 4), "tiff"},
    }};
    for (const auto &[signature, name] : kOthers) {
        if (startsWith(data, signature)) {
            header.format = name;
            return header;
        }
    }
    if (data.size() >= 12 && startsWith(data, "RIFF") && data.compare(8, 4, "WEBP") == 0) {
        header.format = "webp";
    }
    return header;
}

bool pngChunksFit(const char *data, std::size_t size)
{
    static constexpr std::string_view signature("\x89PNG\r\n\x1a\n", 8);
    if (size < signature.size() || std::string_view(data, signature.size()) != signature)
        return true;
    const auto byte = [data](std::size_t at) {
        return static_cast<std::uint8_t>(data[at]);
    };
    std::size_t at = signature.size();
    // Each chunk: a 4-byte big-endian length, a 4-byte type, the data and a 4-byte CRC.
    while (at + 8 <= size) {
        const std::uint64_t length = (std::uint64_t{byte(at)} << 24) | (byte(at + 1) << 16) |
                                     (byte(at + 2) << 8) | byte(at + 3);
        if (length + 12 > size - at)
            return false;
        if (std::string_view(data + at + 4, 4) == "IEND")
            return true;
        at += static_cast<std::size_t>(length) + 12;
    }
    return true;
}

} // namespace vd::format
