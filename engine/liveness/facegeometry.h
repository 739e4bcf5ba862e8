// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace vd::engine {

// Measurements of one face taken from its 68 landmarks (iBUG order), all scale-free: ratios
// of distances on the face, so they do not change with the face's size or in-plane rotation.
struct FaceGeometry
{
    double leftEyeAspect = 0;  // eye aspect ratio (Soukupova & Cech 2016) of the person's left eye
    double rightEyeAspect = 0; // ... and right eye; about 0.3 open, under 0.15 closed
    double mouthOpening = 0;   // inner lip gap over mouth width; about 0 closed, 0.3+ open
    double yaw = 0; // nose tip offset from the jaw's middle over jaw width; about +-0.25 at 45 deg
    double pitch = 0;       // nose tip height between the eye line (0) and the upper lip (1)
    double interocular = 0; // distance between the eye centres, in pixels

    // nullopt-like: valid is false when the points are not 68 or the face is degenerate.
    bool valid = false;

    static FaceGeometry measure(const std::vector<cv::Point2f> &landmarks);

    // The eye's region from a greyscale frame, turned level with the eye's corners and scaled
    // to its width (32x20, zero mean, unit variance), so that patches of one eye from
    // different frames can be compared pixel for pixel. Empty when the points are not 68.
    static cv::Mat eyePatch(const cv::Mat &grey, const std::vector<cv::Point2f> &landmarks,
                            bool leftEye);
    static constexpr int kEyePatchWidth = 32;
    static constexpr int kEyePatchHeight = 20;
};

} // namespace vd::engine
