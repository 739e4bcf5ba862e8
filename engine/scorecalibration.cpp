// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecalibration.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace vd::engine {

namespace {

// (distance, verify_score) knots, linear in between; see CALIBRATION.md for where each comes
// from. Measured on the calibration set's 10230 different-people pairs: 0.4 at their 10th
// percentile distance (false accepts 1e-1), 0.5 at the 1st (1e-2), 0.6 at the 0.1th (1e-3),
// 0.7 just under the closest pair of different people and above every same-person pair.
// 0.8 and 0.9 (1e-5, 1e-6) are beyond what 10^4 pairs can show: extrapolated, one step of
// 0.08 in distance per decade.
struct Knot
{
    double distance;
    double score;
};
constexpr Knot Knots[] = {
    {0.00, 1.00}, {0.34, 0.90}, {0.42, 0.80}, {0.50, 0.70}, {0.54, 0.60},
    {0.58, 0.50}, {0.69, 0.40}, {0.83, 0.20}, {1.20, 0.00},
};

} // namespace

double ScoreCalibration::decisionDistance()
{
    return distanceForScore(0.7);
}

double ScoreCalibration::verifyScore(double distance)
{
    if (std::isnan(distance))
        return 0.0;
    const double d = std::max(0.0, distance);
    for (std::size_t i = 1; i < std::size(Knots); ++i) {
        const Knot &a = Knots[i - 1];
        const Knot &b = Knots[i];
        if (d <= b.distance)
            return a.score + (b.score - a.score) * (d - a.distance) / (b.distance - a.distance);
    }
    return 0.0;
}

double ScoreCalibration::distanceForScore(double score)
{
    const double s = std::clamp(score, 0.0, 1.0);
    for (std::size_t i = 1; i < std::size(Knots); ++i) {
        const Knot &a = Knots[i - 1];
        const Knot &b = Knots[i];
        if (s >= b.score)
            return a.distance + (b.distance - a.distance) * (a.score - s) / (a.score - b.score);
    }
    return Knots[std::size(Knots) - 1].distance;
}

} // namespace vd::engine
