// SPDX-License-Identifier: GPL-3.0-or-later
#include "netbuilder.h"

#include <stdexcept>

namespace vd::engine {

namespace {

// TF filter [kh, kw, cin, cout] -> OpenCV [cout, cin, kh, kw], optionally scaled per output.
cv::Mat hwioToOihw(const cv::Mat &hwio, const cv::Mat &scale)
{
    const int kh = hwio.size[0];
    const int kw = hwio.size[1];
    const int cin = hwio.size[2];
    const int cout = hwio.size[3];
    const int shape[] = {cout, cin, kh, kw};
    cv::Mat out(4, shape, CV_32F);
    const float *src = hwio.ptr<float>();
    float *dst = out.ptr<float>();
    for (int y = 0; y < kh; ++y)
        for (int x = 0; x < kw; ++x)
            for (int i = 0; i < cin; ++i)
                for (int o = 0; o < cout; ++o) {
                    const float s = scale.empty() ? 1.0F : scale.ptr<float>()[o];
                    dst[((o * cin + i) * kh + y) * kw + x] =
                        src[((y * kw + x) * cin + i) * cout + o] * s;
                }
    return out;
}

} // namespace

int NetBuilder::add(const std::string &type, cv::dnn::LayerParams &params,
                    const std::vector<int> &inputs)
{
    params.name = "l" + std::to_string(++m_count);
    params.type = type;
    const int id = m_net.addLayer(params.name, type, params);
    m_names[id] = params.name;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        m_net.connect(inputs[i], 0, id, static_cast<int>(i));
    return id;
}

std::string NetBuilder::layerName(int id) const
{
    const auto it = m_names.find(id);
    return it == m_names.end() ? std::string() : it->second;
}

int NetBuilder::conv(int input, const cv::Mat &hwio, const cv::Mat &bias, int stride, int pad,
                     const cv::Mat &channelScale, const cv::Mat &channelShift)
{
    if (hwio.dims != 4)
        throw std::invalid_argument("conv: filter must be 4-D");
    const int cout = hwio.size[3];
    cv::dnn::LayerParams p;
    p.set("kernel_h", hwio.size[0]);
    p.set("kernel_w", hwio.size[1]);
    p.set("stride", stride);
    p.set("pad", pad);
    p.set("num_output", cout);
    p.set("bias_term", true);
    p.blobs.push_back(hwioToOihw(hwio, channelScale));
    cv::Mat b(1, cout, CV_32F, cv::Scalar(0));
    for (int o = 0; o < cout; ++o) {
        float v = bias.empty() ? 0.0F : bias.ptr<float>()[o];
        if (!channelScale.empty())
            v *= channelScale.ptr<float>()[o];
        if (!channelShift.empty())
            v += channelShift.ptr<float>()[o];
        b.at<float>(0, o) = v;
    }
    p.blobs.push_back(b);
    return add("Convolution", p, {input});
}

int NetBuilder::depthwise(int input, const cv::Mat &hwc1, int stride, int pad)
{
    if (hwc1.dims != 4 || hwc1.size[3] != 1)
        throw std::invalid_argument("depthwise: filter must be [kh, kw, C, 1]");
    const int kh = hwc1.size[0];
    const int kw = hwc1.size[1];
    const int channels = hwc1.size[2];
    const int shape[] = {channels, 1, kh, kw};
    cv::Mat w(4, shape, CV_32F);
    const float *src = hwc1.ptr<float>();
    float *dst = w.ptr<float>();
    for (int y = 0; y < kh; ++y)
        for (int x = 0; x < kw; ++x)
            for (int c = 0; c < channels; ++c)
                dst[(c * kh + y) * kw + x] = src[(y * kw + x) * channels + c];
    cv::dnn::LayerParams p;
    p.set("kernel_h", kh);
    p.set("kernel_w", kw);
    p.set("stride", stride);
    p.set("pad", pad);
    p.set("num_output", channels);
    p.set("group", channels);
    p.set("bias_term", false);
    p.blobs.push_back(w);
    return add("Convolution", p, {input});
}

int NetBuilder::pad(int input, int top, int bottom, int left, int right)
{
    cv::dnn::LayerParams p;
    const int paddings[] = {0, 0, 0, 0, top, bottom, left, right};
    p.set("paddings", cv::dnn::DictValue::arrayInt(paddings, 8));
    p.set("value", 0.0);
    return add("Padding", p, {input});
}

int NetBuilder::maxPool(int input, int kernel, int stride, int padEnd)
{
    cv::dnn::LayerParams p;
    p.set("pool", "max");
    p.set("kernel_size", kernel);
    p.set("stride", stride);
    p.set("pad_t", 0);
    p.set("pad_l", 0);
    p.set("pad_b", padEnd);
    p.set("pad_r", padEnd);
    p.set("ceil_mode", false);
    return add("Pooling", p, {input});
}

int NetBuilder::avgPool(int input, int kernel, int stride)
{
    cv::dnn::LayerParams p;
    p.set("pool", "ave");
    p.set("kernel_size", kernel);
    p.set("stride", stride);
    p.set("ceil_mode", false);
    return add("Pooling", p, {input});
}

int NetBuilder::relu(int input, float negativeSlope)
{
    cv::dnn::LayerParams p;
    if (negativeSlope != 0.0F)
        p.set("negative_slope", negativeSlope);
    return add("ReLU", p, {input});
}

int NetBuilder::sum(const std::vector<int> &inputs, bool zeroFillChannels)
{
    cv::dnn::LayerParams p;
    p.set("operation", "sum");
    if (zeroFillChannels)
        p.set("output_channels_mode", "input_0");
    return add("Eltwise", p, inputs);
}

} // namespace vd::engine
