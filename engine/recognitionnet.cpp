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
    // The factory keeps its own handle on the tensors (shared, not copied) for the copies the
    // pool builds later.
    const auto build = [](const WeightsManifest &w, std::string *output) {
        Builder g{w, {}};
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
        if (output)
            *output = g.b.layerName(x);
        return g.b.net();
    };
    std::string output;
    cv::dnn::Net first = build(weights, &output);
    net->m_pool = std::make_unique<NetPool>([build, kept = std::make_shared<const WeightsManifest>(
                                                        weights)] { return build(*kept, nullptr); },
                                            copies, std::move(first));
    net->m_output = output;
    return net;
}

Descriptor RecognitionNet::describe(const cv::Mat &crop) const
{
    return describe(std::vector<cv::Mat>{crop}).front();
}

std::vector<Descriptor> RecognitionNet::describe(const std::vector<cv::Mat> &crops) const
{
    std::vector<Descriptor> result(crops.size(), Descriptor{});
    if (crops.empty())
        return result;
    std::vector<cv::Mat> inputs;
    inputs.reserve(crops.size());
    for (const cv::Mat &crop : crops)
        inputs.push_back(squareResized(crop, InputSize));
    const cv::Mat blob =
        cv::dnn::blobFromImages(inputs, 1.0 / 255.0, cv::Size(), MeanRgb, true, false, CV_32F);
    const cv::Mat pooled =
        m_pool->forward(blob, m_output).reshape(1, static_cast<int>(crops.size())); // n x 256
    const cv::Mat out = pooled * m_fc;
    for (std::size_t c = 0; c < crops.size(); ++c)
        for (int i = 0; i < 128; ++i)
            result[c][static_cast<std::size_t>(i)] = out.at<float>(static_cast<int>(c), i);
    return result;
}

} // namespace vd::engine
