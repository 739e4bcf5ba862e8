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
// Copies are built when first needed (a second copy when two forwards run at once), so that a
// process that scores one image at a time (the engine's tool, a server with one worker) pays
// for one copy only, and a network that is never run (a detector size no image needs) for none.
class NetPool
{
public:
    // Up to size copies; first (when not empty) is the first copy, built by the caller, and
    // factory builds the others when they are needed.
    NetPool(std::function<cv::dnn::Net()> factory, int size, cv::dnn::Net first = {});

    // Runs the network on blob and returns (a copy of) the named layer's output.
    cv::Mat forward(const cv::Mat &blob, const std::string &outputLayer) const;

private:
    struct Slot
    {
        std::mutex mutex;
        cv::dnn::Net net; // empty until first used
    };
    cv::Mat forwardOn(Slot &slot, const cv::Mat &blob, const std::string &outputLayer) const;

    std::function<cv::dnn::Net()> m_factory;
    std::vector<std::unique_ptr<Slot>> m_slots;
};

} // namespace vd::engine
