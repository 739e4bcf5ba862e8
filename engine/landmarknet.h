// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace vd::engine {

class NetPool;
class WeightsManifest;

// face-api's 68-point landmark network (four dense blocks of separable convolutions, input 112).
class LandmarkNet
{
public:
    static constexpr int InputSize = 112;

    static std::unique_ptr<LandmarkNet> create(const WeightsManifest &weights, int copies,
                                               std::string *error);
    ~LandmarkNet();

    // The 68 points (iBUG order) of the face in box, in image pixels. The box is clipped to the
    // image, padded to a centred square and resized to 112, as face-api does.
    std::vector<cv::Point2f> run(const cv::Mat &bgr, const cv::Rect2f &box) const;
    // The same for several boxes of one image in one forward pass; an empty list for a box
    // that leaves no pixels.
    std::vector<std::vector<cv::Point2f>> run(const cv::Mat &bgr,
                                              const std::vector<cv::Rect2f> &boxes) const;

private:
    LandmarkNet() = default;
    std::unique_ptr<NetPool> m_pool;
    std::string m_output;
    cv::Mat m_fcWeights; // [256, 136]
    cv::Mat m_fcBias;    // [1, 136]
};

} // namespace vd::engine
