// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinputs.h"

#include "livenesscapture.pb.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>

QByteArray TestInputs::samplePhoto(int number)
{
    QFile file(QStringLiteral(VD_FACE_API_DEMO_DIR "/sample%1.jpg").arg(number));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray TestInputs::capture(const QList<QByteArray> &jpegFrames, const QString &magic)
{
    verifydesk::liveness::LivenessCapture capture;
    capture.set_magic(magic.toStdString());
    capture.set_format_version(1);
    capture.set_output_type(verifydesk::liveness::MULTI_IMG);
    capture.add_motions(verifydesk::liveness::BLINK);
    capture.set_difficulty(verifydesk::liveness::NORMAL);
    qint64 timestamp = 0;
    for (const QByteArray &jpeg : jpegFrames) {
        verifydesk::liveness::Frame *frame = capture.add_frames();
        frame->set_jpeg(jpeg.constData(), static_cast<size_t>(jpeg.size()));
        frame->set_timestamp_ms(timestamp);
        frame->set_motion(verifydesk::liveness::BLINK);
        timestamp += 100;
    }
    capture.mutable_device()->set_model("verifydesk-server test");
    capture.set_captured_at_ms(1700000000000);
    capture.set_capture_id("tst-verifydeskserver");
    const std::string bytes = capture.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QByteArray TestInputs::plainImage(const QSize &size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        return {};
    return bytes;
}

QByteArray TestInputs::plainGif(const QSize &size)
{
    QByteArray gif("GIF89a");
    auto append16 = [&gif](int value) {
        gif.append(static_cast<char>(value & 0xff));
        gif.append(static_cast<char>((value >> 8) & 0xff));
    };
    append16(size.width());
    append16(size.height());
    gif.append("\x80\x00\x00", 3); // a global palette of two colours
    gif.append("\x80\x80\x80\xff\xff\xff", 6);
    gif.append(',');
    append16(0);
    append16(0);
    append16(size.width());
    append16(size.height());
    gif.append('\0');
    gif.append('\x02'); // LZW minimum code size

    // A clear code before every two pixels keeps the code table small, so that every code is
    // 3 bits wide: no compression, and no LZW dictionary to maintain here.
    QByteArray lzw;
    quint32 bits = 0;
    int bitCount = 0;
    auto put = [&](quint32 code) {
        bits |= code << bitCount;
        bitCount += 3;
        while (bitCount >= 8) {
            lzw.append(static_cast<char>(bits & 0xff));
            bits >>= 8;
            bitCount -= 8;
        }
    };
    const int pixels = size.width() * size.height();
    for (int i = 0; i < pixels; i += 2) {
        put(4);
        put(0);
        if (i + 1 < pixels)
            put(0);
    }
    put(5);
    if (bitCount > 0)
        lzw.append(static_cast<char>(bits & 0xff));
    for (qsizetype offset = 0; offset < lzw.size(); offset += 255) {
        const QByteArray block = lzw.mid(offset, 255);
        gif.append(static_cast<char>(block.size()));
        gif.append(block);
    }
    gif.append('\0');
    gif.append(';');
    return gif;
}
