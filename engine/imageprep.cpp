// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageprep.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

constexpr int MaxSquareSide = 4096;

} // namespace

cv::Point2f squareOffset(const cv::Size &image)
{
    // face-api appends round(diff / 2) and prepends the rest.
    const int diff = std::abs(image.width - image.height);
    const int before = diff - static_cast<int>(std::lround(diff * 0.5));
    return image.width < image.height ? cv::Point2f(static_cast<float>(before), 0.0F)
                                      : cv::Point2f(0.0F, static_cast<float>(before));
}

cv::Mat squareResized(const cv::Mat &bgr, int size)
{
    if (bgr.cols == size && bgr.rows == size)
        return bgr;
    const int longer = std::max(bgr.cols, bgr.rows);
    if (longer > MaxSquareSide) {
        // Padding a huge or extreme strip to a square first would allocate gigabytes: shrink it.
        const double f = static_cast<double>(MaxSquareSide) / longer;
        cv::Mat shrunk;
        cv::resize(bgr, shrunk,
                   cv::Size(std::max(1, static_cast<int>(bgr.cols * f)),
                            std::max(1, static_cast<int>(bgr.rows * f))),
                   0, 0, cv::INTER_AREA);
        return squareResized(shrunk, size);
    }
    cv::Mat square = bgr;
    if (bgr.cols != bgr.rows) {
        const int side = std::max(bgr.cols, bgr.rows);
        const cv::Point2f offset = squareOffset(bgr.size());
        const int left = static_cast<int>(offset.x);
        const int top = static_cast<int>(offset.y);
        cv::copyMakeBorder(bgr, square, top, side - bgr.rows - top, left, side - bgr.cols - left,
                           cv::BORDER_CONSTANT, cv::Scalar::all(0));
    }
    cv::Mat out;
    cv::resize(square, out, cv::Size(size, size), 0, 0,
               square.cols > 2 * size ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

} // namespace vd::engine
