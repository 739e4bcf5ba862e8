// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace vd::engine {

class NetPool;
class WeightsManifest;

// face-api's tiny face detector (a Tiny-YOLOv2 with depthwise separable convolutions, 5 anchors).
class TinyFaceDetector
{
public:
    struct Box
    {
        cv::Rect2f rect; // image pixels
        float score = 0.0F;
    };

    // One set of network copies per input size: resizing a cv::dnn::Net's input re-allocates
    // every layer, so each size keeps its own.
    static std::unique_ptr<TinyFaceDetector> create(const WeightsManifest &weights,
                                                    const std::vector<int> &inputSizes, int copies,
                                                    std::string *error);
    ~TinyFaceDetector();

    // One pass at inputSize (one of those given to create()): the image is padded to a square at
    // the bottom/ right and resized, as face-api does. Boxes above scoreThreshold, before any NMS.
    std::vector<Box> run(const cv::Mat &bgr, int inputSize, float scoreThreshold) const;

    // Greedy non-maximum suppression (face-api's, IoU 0.4), best score first.
    static std::vector<Box> suppress(std::vector<Box> boxes, float iouThreshold);

private:
    TinyFaceDetector() = default;
    std::map<int, std::unique_ptr<NetPool>> m_pools;
    std::string m_output;
};

} // namespace vd::engine
