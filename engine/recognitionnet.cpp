// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognitionnet.h"

#include "imageprep.h"
#include "netbuilder.h"
#include "netpool.h"
#include "weightsmanifest.h"

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

const cv::Scalar MeanRgb(122.782, 117.001, 104.298);

const char *const TensorPrefixes[] = {
    "conv32_down", "conv32_1",     "conv32_2",  "conv32_3",     "conv64_down",
    "conv64_1",    "conv64_2",     "conv64_3",  "conv128_down", "conv128_1",
    "conv128_2",   "conv256_down", "conv256_1", "conv256_2",    "conv256_down_out"};

struct Builder
{
    const WeightsManifest &w;
    NetBuilder b;

    // conv + bias + per-channel scale layer, folded into one convolution.
    int convLayer(int in, const std::string &prefix, int stride, int pad)
    {
        return b.conv(in, w.tensor(prefix + "/conv/filters"), w.tensor(prefix + "/conv/bias"),
                      stride, pad, w.tensor(prefix + "/scale/weights"),
                      w.tensor(prefix + "/scale/biases"));
    }

    int residual(int x, const std::string &prefix)
    {
        const int a = b.relu(convLayer(x, prefix + "/conv1", 1, 1));
        const int c = convLayer(a, prefix + "/conv2", 1, 1);
        return b.relu(b.sum({c, x}));
    }

    // The strided "VALID" conv can come out one row/column short of the 2x2 average pool on an
    // even input (8 -> 3 vs 4); face-api appends a zero row and column then, and so do we.
    int residualDown(int x, const std::string &prefix, bool padOut)
    {
        const int a = b.relu(convLayer(x, prefix + "/conv1", 2, 0));
        int c = convLayer(a, prefix + "/conv2", 1, 1);
        if (padOut)
            c = b.pad(c, 0, 1, 0, 1);
        const int pooled = b.avgPool(x, 2, 2);
        return b.relu(b.sum({c, pooled}, true));
    }
};

} // namespace

RecognitionNet::~RecognitionNet() = default;

std::unique_ptr<RecognitionNet> RecognitionNet::create(const WeightsManifest &weights, int copies,
                                                       std::string *error)
{
    for (const char *prefix : TensorPrefixes) {
        const std::string p(prefix);
        const bool down = p == "conv32_down";
        const std::string first = down ? p + "/conv/filters" : p + "/conv1/conv/filters";
        if (!weights.contains(first)) {
            if (error)
                *error = "face_recognition_model: missing tensor " + first;
            return nullptr;
        }
    }
    if (weights.shape("fc") != std::vector<int>{256, 128}) {
        if (error)
            *error = "face_recognition_model: tensor fc is missing or not [256, 128]";
        return nullptr;
    }
    std::unique_ptr<RecognitionNet> net(new RecognitionNet);
    net->m_fc = weights.tensor("fc").reshape(1, 256);
    std::string output;
    auto factory = [&weights, &output]() {
        Builder g{weights, {}};
        int x = g.b.relu(g.convLayer(0, "conv32_down", 2, 0));
        x = g.b.maxPool(x, 3, 2, 0);
        x = g.residual(x, "conv32_1");
        x = g.residual(x, "conv32_2");
        x = g.residual(x, "conv32_3");
        x = g.residualDown(x, "conv64_down", false);
        x = g.residual(x, "conv64_1");
        x = g.residual(x, "conv64_2");
        x = g.residual(x, "conv64_3");
        x = g.residualDown(x, "conv128_down", false);
        x = g.residual(x, "conv128_1");
        x = g.residual(x, "conv128_2");
        x = g.residualDown(x, "conv256_down", true);
        x = g.residual(x, "conv256_1");
        x = g.residual(x, "conv256_2");
        x = g.residualDown(x, "conv256_down_out", true);
        x = g.b.avgPool(x, 2, 2); // the 2x2 map's mean
        output = g.b.layerName(x);
        return g.b.net();
    };
    net->m_pool = std::make_unique<NetPool>(factory, copies);
    net->m_output = output;
    return net;
}

Descriptor RecognitionNet::describe(const cv::Mat &crop) const
{
    const cv::Mat input = squareResized(crop, InputSize);
    const cv::Mat blob =
        cv::dnn::blobFromImage(input, 1.0 / 255.0, cv::Size(), MeanRgb, true, false, CV_32F);
    const cv::Mat pooled = m_pool->forward(blob, m_output).reshape(1, 1); // 1 x 256
    const cv::Mat out = pooled * m_fc;
    Descriptor d{};
    for (int i = 0; i < 128; ++i)
        d[static_cast<std::size_t>(i)] = out.at<float>(0, i);
    return d;
}

} // namespace vd::engine
