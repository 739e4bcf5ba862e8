// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinyfacedetector.h"

#include "netbuilder.h"
#include "netpool.h"
#include "weightsmanifest.h"

#include <algorithm>
#include <cmath>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

const cv::Scalar MeanRgb(117.001, 114.697, 97.404);
constexpr int Anchors = 5;
const float AnchorW[Anchors] = {1.603231F, 6.041143F, 2.882459F, 4.266906F, 9.041765F};
const float AnchorH[Anchors] = {2.094468F, 7.080126F, 3.518061F, 5.178857F, 10.66308F};
constexpr float LeakySlope = 0.1F;

float sigmoid(float x)
{
    return 1.0F / (1.0F + std::exp(-x));
}

} // namespace

TinyFaceDetector::~TinyFaceDetector() = default;

std::unique_ptr<TinyFaceDetector> TinyFaceDetector::create(const WeightsManifest &weights,
                                                           const std::vector<int> &inputSizes,
                                                           int copies, std::string *error)
{
    const char *const required[] = {"conv0/filters", "conv1/depthwise_filter",
                                    "conv5/pointwise_filter", "conv8/filters", "conv8/bias"};
    for (const char *name : required)
        if (!weights.contains(name)) {
            if (error)
                *error = std::string("tiny_face_detector_model: missing tensor ") + name;
            return nullptr;
        }
    if (weights.shape("conv8/filters") != std::vector<int>{1, 1, 512, 25}) {
        if (error)
            *error = "tiny_face_detector_model: conv8 is not [1, 1, 512, 25]";
        return nullptr;
    }
    std::unique_ptr<TinyFaceDetector> det(new TinyFaceDetector);
    const auto build = [](const WeightsManifest &w, std::string *output) {
        NetBuilder b;
        // conv0: 3x3 "VALID" + leaky; then a 2x2 max pool per stage. "SAME" pooling pads the
        // bottom/right only when the size is odd; padEnd = 1 gives the same output either way.
        int x =
            b.relu(b.conv(0, w.tensor("conv0/filters"), w.tensor("conv0/bias"), 1, 0), LeakySlope);
        for (int stage = 1; stage <= 5; ++stage) {
            x = b.maxPool(x, 2, 2, 1);
            const std::string p = "conv" + std::to_string(stage);
            x = b.depthwise(x, w.tensor(p + "/depthwise_filter"), 1, 1);
            x = b.relu(b.conv(x, w.tensor(p + "/pointwise_filter"), w.tensor(p + "/bias"), 1, 0),
                       LeakySlope);
        }
        x = b.maxPool(x, 2, 1, 1);
        x = b.conv(x, w.tensor("conv8/filters"), w.tensor("conv8/bias"), 1, 0);
        if (output)
            *output = b.layerName(x);
        return b.net();
    };
    for (const int size : inputSizes) {
        if (size < 32 || size % 32 != 0) {
            if (error)
                *error = "tiny face detector: input size " + std::to_string(size) +
                         " is not a positive multiple of 32";
            return nullptr;
        }
    }
    // One network is built now (which checks the weights and names the output); the copies
    // for each input size when that size is first run. The factory keeps its own handle on
    // the tensors (shared, not copied).
    std::string output;
    cv::dnn::Net first = build(weights, &output);
    if (inputSizes.empty())
        return det;
    const auto kept = std::make_shared<const WeightsManifest>(weights);
    for (const int size : inputSizes) {
        det->m_pools[size] = std::make_unique<NetPool>(
            [build, kept] { return build(*kept, nullptr); }, copies,
            size == inputSizes.front() ? std::move(first) : cv::dnn::Net());
    }
    det->m_output = output;
    return det;
}

std::vector<TinyFaceDetector::Box> TinyFaceDetector::run(const cv::Mat &bgr, int inputSize,
                                                         float scoreThreshold) const
{
    std::vector<Box> boxes;
    const auto pool = m_pools.find(inputSize);
    if (bgr.empty() || pool == m_pools.end())
        return boxes;
    const int side = std::max(bgr.cols, bgr.rows);
    cv::Mat square;
    cv::copyMakeBorder(bgr, square, 0, side - bgr.rows, 0, side - bgr.cols, cv::BORDER_CONSTANT,
                       cv::Scalar::all(0));
    cv::Mat resized;
    cv::resize(square, resized, cv::Size(inputSize, inputSize), 0, 0,
               side > 2 * inputSize ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Mat blob =
        cv::dnn::blobFromImage(resized, 1.0 / 255.0, cv::Size(), MeanRgb, true, false, CV_32F);
    const cv::Mat out = pool->second->forward(blob, m_output); // [1, 25, cells, cells]
    const int cells = out.size[2];
    const float *data = out.ptr<float>();
    const auto at = [&](int channel, int row, int col) {
        return data[(channel * cells + row) * cells + col];
    };
    const float cellSize = static_cast<float>(side) / static_cast<float>(cells);
    for (int row = 0; row < cells; ++row)
        for (int col = 0; col < cells; ++col)
            for (int a = 0; a < Anchors; ++a) {
                const float score = sigmoid(at(a * 5 + 4, row, col));
                if (score <= scoreThreshold)
                    continue;
                const float cx =
                    (static_cast<float>(col) + sigmoid(at(a * 5, row, col))) * cellSize;
                const float cy =
                    (static_cast<float>(row) + sigmoid(at(a * 5 + 1, row, col))) * cellSize;
                const float w = std::exp(at(a * 5 + 2, row, col)) * AnchorW[a] * cellSize;
                const float h = std::exp(at(a * 5 + 3, row, col)) * AnchorH[a] * cellSize;
                boxes.push_back({cv::Rect2f(cx - w / 2, cy - h / 2, w, h), score});
            }
    return boxes;
}

std::vector<TinyFaceDetector::Box> TinyFaceDetector::suppress(std::vector<Box> boxes,
                                                              float iouThreshold)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const Box &a, const Box &b) { return a.score > b.score; });
    std::vector<Box> kept;
    for (const Box &candidate : boxes) {
        bool overlaps = false;
        for (const Box &k : kept) {
            const float inter = (candidate.rect & k.rect).area();
            const float uni = candidate.rect.area() + k.rect.area() - inter;
            if (uni > 0 && inter / uni > iouThreshold) {
                overlaps = true;
                break;
            }
        }
        if (!overlaps)
            kept.push_back(candidate);
    }
    return kept;
}

} // namespace vd::engine
