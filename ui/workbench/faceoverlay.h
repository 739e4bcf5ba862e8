// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>

struct EngineFrame;

// Draws the engine's face box and landmarks over a frame, white over black: they stand out on
// any frame, also in greyscale.
class FaceOverlay
{
public:
    // `image` shows the analysed frame at any scale; unchanged when the frame has no face.
    static QPixmap draw(const QPixmap &image, const EngineFrame &frame);
};
