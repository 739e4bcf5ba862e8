// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraframes.h"

#include <QVideoFrameFormat>
#include <cstring>

using namespace Qt::StringLiterals;

namespace CameraFrames {

QList<QImage> demoFaces(Qt::AspectRatioMode mode)
{
    QList<QImage> faces;
    for (int i = 1; i <= 3; ++i) {
        const QImage image(
            QStringLiteral(VD_SOURCE_DIR) +
            u"/.cache/npm/@vladmandic_face-api@1.7.15/package/demo/sample%1.jpg"_s.arg(i));
        if (!image.isNull())
            faces << image.scaled(480, 360, mode, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_RGBX8888);
    }
    return faces;
}

QVideoFrame fromImage(const QImage &image, qint64 startUs)
{
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_RGBX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
                    static_cast<std::size_t>(image.width()) * 4);
    frame.unmap();
    frame.setStartTime(startUs);
    return frame;
}

} // namespace CameraFrames
