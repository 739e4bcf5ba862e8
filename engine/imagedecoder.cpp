// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagedecoder.h"

#include "format/imageheader.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

// Refuse images whose pixels alone would need more than this (a decompression bomb guard).
constexpr qint64 MaxPixels = 50'000'000;

} // namespace

DecodedImage decodeImage(const QByteArray &bytes)
{
    DecodedImage result;
    if (bytes.isEmpty()) {
        result.error = "the image is empty (0 bytes)";
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    // Qt's default allocation limit (128 MB) is below our own pixel limit's 4 bytes a pixel.
    reader.setAllocationLimit(256);
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        result.error = "not an image in a known format (JPEG, PNG, BMP, GIF, TIFF, WebP)";
        return result;
    }
    result.format = format.toStdString();
    const QSize size = reader.size();
    if (size.isValid() && static_cast<qint64>(size.width()) * size.height() > MaxPixels) {
        result.error = "the image is too large (" + std::to_string(size.width()) + "x" +
                       std::to_string(size.height()) + " pixels, at most 50 megapixels)";
        return result;
    }
    if (!vd::format::pngChunksFit(bytes.constData(), static_cast<std::size_t>(bytes.size()))) {
        result.error = "the png image is damaged: a chunk is longer than the file";
        return result;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = "the " + result.format +
                       " image is damaged or truncated: " + reader.errorString().toStdString();
        return result;
    }
    image = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat rgb(image.height(), image.width(), CV_8UC3, image.bits(),
                      static_cast<std::size_t>(image.bytesPerLine()));
    cv::cvtColor(rgb, result.bgr, cv::COLOR_RGB2BGR);
    return result;
}

} // namespace vd::engine
