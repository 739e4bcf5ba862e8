// SPDX-License-Identifier: GPL-3.0-or-later
#include "netpool.h"

#include <thread>

namespace vd::engine {

NetPool::NetPool(const std::function<cv::dnn::Net()> &factory, int size)
{
    for (int i = 0; i < std::max(1, size); ++i) {
        auto slot = std::make_unique<Slot>();
        slot->net = factory();
        m_slots.push_back(std::move(slot));
    }
}

cv::Mat NetPool::forward(const cv::Mat &blob, const std::string &outputLayer) const
{
    // Take the first idle copy; if all are busy, wait for the one this thread hashes to.
    for (const auto &slot : m_slots) {
        std::unique_lock lock(slot->mutex, std::try_to_lock);
        if (lock.owns_lock()) {
            slot->net.setInput(blob);
            return slot->net.forward(outputLayer).clone();
        }
    }
    const std::size_t index =
        std::hash<std::thread::id>()(std::this_thread::get_id()) % m_slots.size();
    Slot &slot = *m_slots[index];
    std::lock_guard lock(slot.mutex);
    slot.net.setInput(blob);
    return slot.net.forward(outputLayer).clone();
}

} // namespace vd::engine
