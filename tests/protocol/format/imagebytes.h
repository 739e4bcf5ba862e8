// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Encoded images for the format tests, made with Qt Gui: the format library itself links no
// image codec.

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <string>

// A flat image of this size in `format` ("jpeg", "png", "bmp", ...), as the bytes of a file.
inline std::string imageBytes(int width, int height, const char *format = "jpeg",
                              QColor color = QColor(40, 120, 200))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, format).write(image);
    return out.toStdString();
}
