// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

namespace vd::engine {

// Pads an 8-bit BGR image to a square with black, centred (face-api's padToSquare with
// isCenterImage), and resizes it bilinearly to size x size; a size x size image is returned as is.
cv::Mat squareResized(const cv::Mat &bgr, int size);

// Where the image sits inside that square, in square pixels before the resize.
cv::Point2f squareOffset(const cv::Size &image);

} // namespace vd::engine
