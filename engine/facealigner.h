// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace vd::engine {

// Turns a face into the recognition network's 150x150 input with a similarity transform (rotation,
// scale, shift) that puts the eye and mouth centres where face-api's own square crop puts them on
// an upright face; unlike face-api's crop it also levels tilted heads.
class FaceAligner
{
public:
    static constexpr int OutputSize = 150;

    // The transform from image to crop pixels for these 68 landmarks (2x3, CV_64F); empty when
    // the landmarks are not 68 finite points.
    static cv::Mat transform(const std::vector<cv::Point2f> &landmarks);
    // The aligned 150x150 BGR crop (black outside the image); empty on bad landmarks.
    static cv::Mat align(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks);
    // face-api's own alignment, for comparison: the unrotated square around the eye and mouth
    // centres (side eyeToMouth / 0.45), clipped to the image, not resized; empty on bad input.
    static cv::Mat squareCrop(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks);
    // Mean of the points [first, last) of the 68 (eye or mouth centre).
    static cv::Point2f centre(const std::vector<cv::Point2f> &landmarks, int first, int last);
};

} // namespace vd::engine
