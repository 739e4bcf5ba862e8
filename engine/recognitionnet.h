// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facetypes.h"

#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace vd::engine {

class NetPool;
class WeightsManifest;

// face-api's face recognition network (dlib's 29-layer ResNet): a 150x150 face crop in, a 128-d
// descriptor out.
class RecognitionNet
{
public:
    static constexpr int InputSize = 150;

    // copies: how many network instances run concurrently (see NetPool).
    static std::unique_ptr<RecognitionNet> create(const WeightsManifest &weights, int copies,
                                                  std::string *error);
    ~RecognitionNet();

    // crop: 8-bit BGR; anything not 150x150 is padded to a square and resized first, as
    // face-api does.
    Descriptor describe(const cv::Mat &crop) const;
    // Several crops in one forward pass, descriptors in the same order.
    std::vector<Descriptor> describe(const std::vector<cv::Mat> &crops) const;

private:
    RecognitionNet() = default;

    std::unique_ptr<NetPool> m_pool;
    std::string m_output;
    cv::Mat m_fc; // [256, 128]
};

} // namespace vd::engine
