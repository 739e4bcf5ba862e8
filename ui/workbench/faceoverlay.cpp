// SPDX-License-Identifier: GPL-3.0-or-later
#include "faceoverlay.h"

#include "liveness/enginecheck.h"

#include <QPainter>

QPixmap FaceOverlay::draw(const QPixmap &image, const EngineFrame &frame)
{
    if (frame.landmarks.isEmpty() || frame.width <= 0 || image.isNull())
        return image;
    QPixmap drawn = image;
    const double scale = double(image.width()) / frame.width;
    const QRectF box(frame.box.x() * scale, frame.box.y() * scale, frame.box.width() * scale,
                     frame.box.height() * scale);
    // On whole pixels: a blended one-pixel line would be neither white nor black.
    QPainter painter(&drawn);
    painter.setBrush(Qt::NoBrush);
    const double point = qMax(1.0, image.width() / 200.0);
    for (const auto &[colour, width] :
         {std::pair{QColor(Qt::black), point + 2}, {QColor(Qt::white), point}}) {
        painter.setPen(QPen(colour, width));
        painter.drawRect(box.toRect());
        for (const QPointF &landmark : frame.landmarks)
            painter.drawPoint(landmark * scale);
    }
    return drawn;
}
