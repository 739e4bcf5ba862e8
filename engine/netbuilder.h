// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <string>
#include <vector>

namespace vd::engine {

// Builds a cv::dnn::Net layer by layer from TF.js-layout weights (HWIO filters), so the three
// face-api networks can be written out as plain C++ calls. Layer ids refer to outputs; 0 is
// the network input (NCHW float).
class NetBuilder
{
public:
    // A convolution of the given HWIO filter [kh, kw, cin, cout] with optional bias [cout]
    // and symmetric padding; channelScale/channelShift (optional, [cout]) fold a following
    // per-channel affine layer into the weights.
    int conv(int input, const cv::Mat &hwio, const cv::Mat &bias, int stride, int pad,
             const cv::Mat &channelScale = cv::Mat(), const cv::Mat &channelShift = cv::Mat());
    // A depthwise convolution of the filter [kh, kw, C, 1] (no bias).
    int depthwise(int input, const cv::Mat &hwc1, int stride, int pad);
    // Zero padding of the spatial dimensions (OpenCV's Convolution only pads symmetrically).
    int pad(int input, int top, int bottom, int left, int right);
    // Max pooling; padEnd pads bottom/right, which is TF "SAME" for a 2x2 window.
    int maxPool(int input, int kernel, int stride, int padEnd);
    // Average pooling over full windows only (TF "VALID").
    int avgPool(int input, int kernel, int stride);
    int relu(int input, float negativeSlope = 0.0F);
    // Element-wise sum; with zeroFillChannels the first input's channel count wins and
    // the others are zero-extended (the ResNet shortcut that widens the channels).
    int sum(const std::vector<int> &inputs, bool zeroFillChannels = false);

    cv::dnn::Net &net() { return m_net; }
    std::string layerName(int id) const;

private:
    int add(const std::string &type, cv::dnn::LayerParams &params, const std::vector<int> &inputs);

    cv::dnn::Net m_net;
    std::map<int, std::string> m_names;
    int m_count = 0;
};

} // namespace vd::engine
