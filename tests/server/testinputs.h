// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

// Inputs for the server's tests: the face-api package's sample photos, open liveness captures
// built with the protobuf API, and synthetic images of any format and size.
class TestInputs
{
public:
    // sample1.jpg ... sample6.jpg of @vladmandic/face-api's demo folder.
    static QByteArray samplePhoto(int number);
    // A MULTI_IMG capture holding these JPEG frames 100 ms apart (asked motion: BLINK).
    static QByteArray capture(const QList<QByteArray> &jpegFrames,
                              const QString &magic = QStringLiteral("verifydesk.liveness"));
    // A flat grey image (no face) in `format` ("jpg", "png", "bmp", "webp", ...).
    static QByteArray plainImage(const QSize &size, const char *format);
    // The same in GIF, which Qt reads but cannot write.
    static QByteArray plainGif(const QSize &size);
};
