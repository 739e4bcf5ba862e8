// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <array>
#include <mutex>
#include <string>

namespace vd::server {

// The counters behind GET /metrics, in the Prometheus text format: requests by HTTP status,
// request latency and scoring time histograms; the queue gauges are read at render time.
// Thread-safe.
class ServerMetrics
{
public:
    void observeRequest(int httpCode, double seconds);
    void observeScoring(double seconds);
    std::string render(int queued, int scoring) const;

private:
    static constexpr std::array<double, 12> Bounds = {0.005, 0.01, 0.025, 0.05, 0.1,  0.25,
                                                      0.5,   1.0,  2.5,   5.0,  10.0, 30.0};
    struct Histogram
    {
        std::array<quint64, Bounds.size()> buckets{};
        quint64 count = 0;
        double sum = 0.0;

        void observe(double seconds);
        void render(std::string &out, const char *name, const char *help) const;
    };

    mutable std::mutex m_mutex;
    QMap<int, quint64> m_requests;
    Histogram m_latency;
    Histogram m_scoring;
};

} // namespace vd::server
