// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QVideoFrame>

// What a camera hands a QVideoSink, made from still images, for the recorder's tests.
namespace CameraFrames {

// The face-api demo photos (fetched into .cache), as RGBX images scaled into 480×360.
QList<QImage> demoFaces(Qt::AspectRatioMode mode);
// A mapped RGBX frame of the image, stamped at startUs (microseconds, as a camera backend does).
QVideoFrame fromImage(const QImage &image, qint64 startUs);

} // namespace CameraFrames
