// SPDX-License-Identifier: GPL-3.0-or-later
#include "netpool.h"

#include <thread>

namespace vd::engine {

NetPool::NetPool(std::function<cv::dnn::Net()> factory, int size, cv::dnn::Net first)
    : m_factory(std::move(factory))
{
    for (int i = 0; i < std::max(1, size); ++i)
        m_slots.push_back(std::make_unique<Slot>());
    m_slots.front()->net = std::move(first);
}

cv::Mat NetPool::forwardOn(Slot &slot, const cv::Mat &blob, const std::string &outputLayer) const
{
    // The slot's mutex is held: building its copy here is safe, and the factory only reads.
    if (slot.net.empty())
        slot.net = m_factory();
    slot.net.setInput(blob);
    return slot.net.forward(outputLayer).clone();
}

cv::Mat NetPool::forward(const cv::Mat &blob, const std::string &outputLayer) const
{
    // Take the first idle copy; if all are busy, wait for the one this thread hashes to.
    for (const auto &slot : m_slots) {
        std::unique_lock lock(slot->mutex, std::try_to_lock);
        if (lock.owns_lock())
            return forwardOn(*slot, blob, outputLayer);
    }
    const std::size_t index =
        std::hash<std::thread::id>()(std::this_thread::get_id()) % m_slots.size();
    Slot &slot = *m_slots[index];
    std::lock_guard lock(slot.mutex);
    return forwardOn(slot, blob, outputLayer);
}

} // namespace vd::engine
