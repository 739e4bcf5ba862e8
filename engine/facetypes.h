// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <opencv2/core.hpp>
#include <vector>

// The values the face engine and its networks hand each other and their callers.
namespace vd::engine {

// A face found in an image, in that image's pixel coordinates.
struct DetectedFace
{
    cv::Rect2f box;
    float score = 0.0F;
    std::vector<cv::Point2f> landmarks; // 68 points (iBUG order) once landmarks() ran
};

// The recognition network's 128-d output. Not L2-normalised: compare by Euclidean distance.
using Descriptor = std::array<float, 128>;

// How alike two faces are, by their descriptors.
struct Comparison
{
    double distance = 0.0;    // Euclidean distance between descriptors
    double verifyScore = 0.0; // calibrated, in [0, 1]; see CALIBRATION.md
};

// Everything the engine knows about the largest face of one image.
struct FaceAnalysis
{
    DetectedFace face;       // in the pixels of the image turned by rotationDegrees
    int rotationDegrees = 0; // 0, 90, 180 or 270 clockwise: how the image was turned to find
                             // the face upright
    cv::Mat aligned;         // 150x150 BGR crop fed to the recognition network
    Descriptor descriptor{};
    int faceCount = 0; // faces the detector found in the image at that turn
};

} // namespace vd::engine
