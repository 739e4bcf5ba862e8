// SPDX-License-Identifier: GPL-3.0-or-later
#include "landmarknet.h"

#include "imageprep.h"
#include "netbuilder.h"
#include "netpool.h"
#include "weightsmanifest.h"

#include <cmath>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

const cv::Scalar MeanRgb(122.782, 117.001, 104.298);
constexpr int Points = 68;

// A separable conv as face-api runs it: depthwise (TF "SAME") then pointwise with bias.
// A stride of 2 on an even input pads only the bottom/right row and column.
int separable(NetBuilder &b, const WeightsManifest &w, int x, const std::string &p, int stride)
{
    if (stride == 2)
        x = b.depthwise(b.pad(x, 0, 1, 0, 1), w.tensor(p + "/depthwise_filter"), 2, 0);
    else
        x = b.depthwise(x, w.tensor(p + "/depthwise_filter"), 1, 1);
    return b.conv(x, w.tensor(p + "/pointwise_filter"), w.tensor(p + "/bias"), 1, 0);
}

int denseBlock(NetBuilder &b, const WeightsManifest &w, int x, const std::string &p, bool first)
{
    const int out1 = b.relu(first ? b.conv(b.pad(x, 0, 1, 0, 1), w.tensor(p + "/conv0/filters"),
                                           w.tensor(p + "/conv0/bias"), 2, 0)
                                  : separable(b, w, x, p + "/conv0", 2));
    const int out2 = separable(b, w, out1, p + "/conv1", 1);
    const int in3 = b.relu(b.sum({out1, out2}));
    const int out3 = separable(b, w, in3, p + "/conv2", 1);
    const int in4 = b.relu(b.sum({out1, out2, out3}));
    const int out4 = separable(b, w, in4, p + "/conv3", 1);
    return b.relu(b.sum({out1, out2, out3, out4}));
}

} // namespace

LandmarkNet::~LandmarkNet() = default;

std::unique_ptr<LandmarkNet> LandmarkNet::create(const WeightsManifest &weights, int copies,
                                                 std::string *error)
{
    if (!weights.contains("dense0/conv0/filters") || !weights.contains("dense3/conv3/bias") ||
        weights.shape("fc/weights") != std::vector<int>{256, 136} ||
        weights.shape("fc/bias") != std::vector<int>{136}) {
        if (error)
            *error = "face_landmark_68_model: missing tensors or unexpected fc shape";
        return nullptr;
    }
    std::unique_ptr<LandmarkNet> net(new LandmarkNet);
    net->m_fcWeights = weights.tensor("fc/weights").reshape(1, 256);
    net->m_fcBias = weights.tensor("fc/bias").reshape(1, 1);
    // The factory keeps its own handle on the tensors (shared, not copied) for the copies the
    // pool builds later.
    const auto build = [](const WeightsManifest &w, std::string *output) {
        NetBuilder b;
        int x = denseBlock(b, w, 0, "dense0", true);
        x = denseBlock(b, w, x, "dense1", false);
        x = denseBlock(b, w, x, "dense2", false);
        x = denseBlock(b, w, x, "dense3", false);
        x = b.avgPool(x, 7, 2);
        if (output)
            *output = b.layerName(x);
        return b.net();
    };
    std::string output;
    cv::dnn::Net first = build(weights, &output);
    net->m_pool = std::make_unique<NetPool>([build, kept = std::make_shared<const WeightsManifest>(
                                                        weights)] { return build(*kept, nullptr); },
                                            copies, std::move(first));
    net->m_output = output;
    return net;
}

std::vector<cv::Point2f> LandmarkNet::run(const cv::Mat &bgr, const cv::Rect2f &box) const
{
    return run(bgr, std::vector<cv::Rect2f>{box}).front();
}

std::vector<std::vector<cv::Point2f>> LandmarkNet::run(const cv::Mat &bgr,
                                                       const std::vector<cv::Rect2f> &boxes) const
{
    std::vector<std::vector<cv::Point2f>> result(boxes.size());
    std::vector<cv::Rect> crops;
    std::vector<cv::Mat> inputs;
    std::vector<std::size_t> positions; // which box each input is for
    for (std::size_t b = 0; b < boxes.size(); ++b) {
        // face-api slices the image at the box (clipped to the image borders).
        const cv::Rect2f &box = boxes[b];
        const cv::Rect crop = cv::Rect(cv::Point(static_cast<int>(std::floor(box.x)),
                                                 static_cast<int>(std::floor(box.y))),
                                       cv::Point(static_cast<int>(std::ceil(box.x + box.width)),
                                                 static_cast<int>(std::ceil(box.y + box.height)))) &
                              cv::Rect(0, 0, bgr.cols, bgr.rows);
        if (crop.width < 2 || crop.height < 2)
            continue;
        crops.push_back(crop);
        inputs.push_back(squareResized(bgr(crop), InputSize));
        positions.push_back(b);
    }
    if (inputs.empty())
        return result;
    // One forward for all crops: the batch costs less than the crops one at a time.
    const cv::Mat blob =
        cv::dnn::blobFromImages(inputs, 1.0 / 255.0, cv::Size(), MeanRgb, true, false, CV_32F);
    const cv::Mat pooled =
        m_pool->forward(blob, m_output).reshape(1, static_cast<int>(inputs.size()));
    const cv::Mat out = pooled * m_fcWeights; // per row: 68 (x, y) pairs in [0, 1] of the square
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const cv::Rect &crop = crops[i];
        const float *row = out.ptr<float>(static_cast<int>(i));
        const float *bias = m_fcBias.ptr<float>();
        const float side = static_cast<float>(std::max(crop.width, crop.height));
        const cv::Point2f offset = squareOffset(crop.size());
        std::vector<cv::Point2f> &points = result[positions[i]];
        points.reserve(Points);
        for (int k = 0; k < Points; ++k)
            points.emplace_back(
                (row[2 * k] + bias[2 * k]) * side - offset.x + static_cast<float>(crop.x),
                (row[2 * k + 1] + bias[2 * k + 1]) * side - offset.y + static_cast<float>(crop.y));
    }
    return result;
}

} // namespace vd::engine
