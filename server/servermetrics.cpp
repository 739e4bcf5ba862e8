// SPDX-License-Identifier: GPL-3.0-or-later
#include "servermetrics.h"

#include <QByteArray>

namespace vd::server {

namespace {

std::string number(double value)
{
    return QByteArray::number(value, 'g', 12).toStdString();
}

} // namespace

void ServerMetrics::Histogram::observe(double seconds)
{
    for (size_t i = 0; i < Bounds.size(); ++i) {
        if (seconds <= Bounds[i])
            ++buckets[i];
    }
    ++count;
    sum += seconds;
}

void ServerMetrics::Histogram::render(std::string &out, const char *name, const char *help) const
{
    out += std::string("# HELP ") + name + ' ' + help + '\n';
    out += std::string("# TYPE ") + name + " histogram\n";
    for (size_t i = 0; i < Bounds.size(); ++i)
        out += std::string(name) + "_bucket{le=\"" + number(Bounds[i]) + "\"} " +
               std::to_string(buckets[i]) + '\n';
    out += std::string(name) + "_bucket{le=\"+Inf\"} " + std::to_string(count) + '\n';
    out += std::string(name) + "_sum " + number(sum) + '\n';
    out += std::string(name) + "_count " + std::to_string(count) + '\n';
}

void ServerMetrics::observeRequest(int httpCode, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[httpCode];
    m_latency.observe(seconds);
}

void ServerMetrics::observeScoring(double seconds)
{
    std::lock_guard lock(m_mutex);
    m_scoring.observe(seconds);
}

std::string ServerMetrics::render(int queued, int scoring) const
{
    std::string out;
    std::lock_guard lock(m_mutex);
    out += "# HELP verifydesk_http_requests_total Requests answered, by HTTP status code.\n"
           "# TYPE verifydesk_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "verifydesk_http_requests_total{code=\"" + std::to_string(it.key()) + "\"} " +
               std::to_string(it.value()) + '\n';
    m_latency.render(out, "verifydesk_http_request_duration_seconds",
                     "Time from the request head to the answer.");
    m_scoring.render(out, "verifydesk_scoring_duration_seconds",
                     "Time a worker spent scoring one request.");
    out += "# HELP verifydesk_scoring_queue_depth Scorings waiting for a worker.\n"
           "# TYPE verifydesk_scoring_queue_depth gauge\n"
           "verifydesk_scoring_queue_depth " +
           std::to_string(queued) +
           "\n# HELP verifydesk_scorings_in_progress Scorings running on the workers.\n"
           "# TYPE verifydesk_scorings_in_progress gauge\n"
           "verifydesk_scorings_in_progress " +
           std::to_string(scoring) + '\n';
    return out;
}

} // namespace vd::server
