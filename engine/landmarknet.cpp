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
    std::string output;
    auto factory = [&weights, &output]() {
        NetBuilder b;
        int x = denseBlock(b, weights, 0, "dense0", true);
        x = denseBlock(b, weights, x, "dense1", false);
        x = denseBlock(b, weights, x, "dense2", false);
        x = denseBlock(b, weights, x, "dense3", false);
        x = b.avgPool(x, 7, 2);
        output = b.layerName(x);
        return b.net();
    };
    net->m_pool = std::make_unique<NetPool>(factory, copies);
    net->m_output = output;
    return net;
}

std::vector<cv::Point2f> LandmarkNet::run(const cv::Mat &bgr, const cv::Rect2f &box) const
{
    // face-api slices the image at the box (clipped to the image borders).
    const cv::Rect crop = cv::Rect(cv::Point(static_cast<int>(std::floor(box.x)),
                                             static_cast<int>(std::floor(box.y))),
                                   cv::Point(static_cast<int>(std::ceil(box.x + box.width)),
                                             static_cast<int>(std::ceil(box.y + box.height)))) &
                          cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (crop.width < 2 || crop.height < 2)
        return {};
    const cv::Mat input = squareResized(bgr(crop), InputSize);
    const cv::Mat blob =
        cv::dnn::blobFromImage(input, 1.0 / 255.0, cv::Size(), MeanRgb, true, false, CV_32F);
    const cv::Mat pooled = m_pool->forward(blob, m_output).reshape(1, 1);
    const cv::Mat out = pooled * m_fcWeights + m_fcBias; // 68 (x, y) pairs in [0, 1] of the square
    const float side = static_cast<float>(std::max(crop.width, crop.height));
    const cv::Point2f offset = squareOffset(crop.size());
    std::vector<cv::Point2f> points;
    points.reserve(Points);
    for (int i = 0; i < Points; ++i)
        points.emplace_back(out.at<float>(0, 2 * i) * side - offset.x + static_cast<float>(crop.x),
                            out.at<float>(0, 2 * i + 1) * side - offset.y +
                                static_cast<float>(crop.y));
    return points;
}

} // namespace vd::engine
