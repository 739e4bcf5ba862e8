// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the EXIF orientation path (QImageReader's autoTransform through the client's
// SelfieCheck): the input becomes the TIFF payload of an APP1 "Exif" segment in a valid
// 16 × 16 JPEG, so every mutation lands in the EXIF data rather than in the image.

#include "fuzzapplication.h"
#include "media/selfiecheck.h"

#include <QBuffer>
#include <QImage>
#include <cstddef>
#include <cstdint>

namespace {

QByteArray &baseJpeg()
{
    static QByteArray jpeg;
    return jpeg;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vd::fuzz::makeGuiApplication(argc, argv);
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer(&baseJpeg());
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A segment's length field counts itself and holds 16 bits.
    const size_t payload = std::min<size_t>(size, 0xffff - 2 - 6);
    const size_t length = payload + 2 + 6;
    QByteArray jpeg = baseJpeg().left(2);
    jpeg.append('\xff').append('\xe1');
    jpeg.append(static_cast<char>(length >> 8)).append(static_cast<char>(length & 0xff));
    jpeg.append("Exif\0\0", 6);
    jpeg.append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(payload));
    jpeg.append(baseJpeg().mid(2));
    SelfieCheck::inspectData(jpeg);
    return 0;
}
