// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <opencv2/dnn.hpp>
#include <string>
#include <vector>

namespace vd::engine {

// A few copies of one network, each behind its own mutex: cv::dnn::Net::forward is not
// thread-safe on one instance, and one copy per core lets concurrent requests run in parallel.
class NetPool
{
public:
    // factory builds one copy; it is called size times.
    NetPool(const std::function<cv::dnn::Net()> &factory, int size);

    // Runs the network on blob and returns (a copy of) the named layer's output.
    cv::Mat forward(const cv::Mat &blob, const std::string &outputLayer) const;

private:
    struct Slot
    {
        std::mutex mutex;
        cv::dnn::Net net;
    };
    std::vector<std::unique_ptr<Slot>> m_slots;
};

} // namespace vd::engine
