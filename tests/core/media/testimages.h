// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds test images in memory: exact byte sizes, EXIF orientation tags, GIFs (Qt cannot write
// GIF), so that no binary test data needs committing.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>
#include <array>

namespace testimages {

inline QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return out;
}

inline QImage solid(int width, int height, QColor color = QColor(90, 140, 200))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Blue, with a red block in the top-left corner: shows where orientation moved that corner.
inline QImage marked(int width, int height, int block)
{
    QImage image = solid(width, height, Qt::blue);
    for (int y = 0; y < block; ++y)
        for (int x = 0; x < block; ++x)
            image.setPixel(x, y, qRgb(255, 0, 0));
    return image;
}

inline quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// A valid PNG of exactly `bytes` bytes: a small image with a private ancillary chunk ("vdPd",
// which decoders skip) inserted before IEND. Empty when bytes is too small.
inline QByteArray pngOfSize(qint64 bytes, int width = 64, int height = 64)
{
    const QByteArray png = encode(solid(width, height), "png");
    const qint64 padding = bytes - png.size() - 12;
    if (padding < 0)
        return {};
    const qsizetype iend = png.size() - 12;
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(padding), chunk.data());
    QByteArray body = QByteArrayLiteral("vdPd") + QByteArray(qsizetype(padding), 'v');
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    chunk += body + crc;
    return png.left(iend) + chunk + png.mid(iend);
}

// A JPEG with an EXIF APP1 segment holding only the orientation tag (0x0112), big-endian TIFF.
inline QByteArray jpegWithOrientation(const QImage &image, int orientation)
{
    const QByteArray jpeg = encode(image, "jpeg", 95);
    QByteArray tiff = QByteArrayLiteral("MM\x00\x2A\x00\x00\x00\x08"); // header, IFD0 at 8
    tiff += QByteArrayLiteral("\x00\x01");                             // one entry
    tiff += QByteArrayLiteral("\x01\x12\x00\x03\x00\x00\x00\x01");     // tag, SHORT, count 1
    tiff += char(0);
    tiff += char(orientation);
    tiff += QByteArrayLiteral("\x00\x00");         // value padding
    tiff += QByteArrayLiteral("\x00\x00\x00\x00"); // no next IFD
    const QByteArray payload = QByteArrayLiteral("Exif\x00\x00") + tiff;
    QByteArray app1 = QByteArrayLiteral("\xFF\xE1");
    QByteArray length(2, '\0');
    qToBigEndian(quint16(payload.size() + 2), length.data());
    app1 += length + payload;
    return jpeg.left(2) + app1 + jpeg.mid(2); // right after SOI
}

// An uncompressed-style GIF89a (Qt reads GIF but cannot write it): a 4-colour palette, and LZW
// codes of 3 bits with a clear code every two pixels so that the code size never grows.
inline QByteArray gif(int width, int height)
{
    QByteArray out = QByteArrayLiteral("GIF89a");
    auto le16 = [&out](int v) {
        out += char(v & 0xFF);
        out += char((v >> 8) & 0xFF);
    };
    le16(width);
    le16(height);
    out += char(0x91); // global colour table, 4 entries
    out += char(0);
    out += char(0);
    out += QByteArrayLiteral("\xFF\x00\x00\x00\x00\xFF\x00\xFF\x00\xFF\xFF\xFF");
    out += char(0x2C);
    le16(0);
    le16(0);
    le16(width);
    le16(height);
    out += char(0);
    out += char(2); // LZW minimum code size

    QByteArray codes;
    quint32 bitBuffer = 0;
    int bitCount = 0;
    auto emitCode = [&](int code) {
        bitBuffer |= quint32(code) << bitCount;
        bitCount += 3;
        while (bitCount >= 8) {
            codes += char(bitBuffer & 0xFF);
            bitBuffer >>= 8;
            bitCount -= 8;
        }
    };
    const int pixels = width * height;
    for (int i = 0; i < pixels; ++i) {
        if (i % 2 == 0)
            emitCode(4); // clear
        emitCode((i / width + i % width) % 4);
    }
    emitCode(5); // end of information
    if (bitCount > 0)
        codes += char(bitBuffer & 0xFF);
    for (qsizetype pos = 0; pos < codes.size(); pos += 255) {
        const QByteArray block = codes.mid(pos, 255);
        out += char(block.size());
        out += block;
    }
    out += char(0);
    out += char(0x3B);
    return out;
}

} // namespace testimages
