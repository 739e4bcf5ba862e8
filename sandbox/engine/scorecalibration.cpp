#include "scorecalibration.h"

#include <algorithm>
#include <cmath>

namespace vd::engine {

namespace {

// A logistic curve in the distance: centre and width chosen in CALIBRATION.md.
constexpr double Decision = 0.6; // distance that scores 0.7
constexpr double Width = 0.06;   // distance per e-fold of the odds

} // namespace

double ScoreCalibration::decisionDistance()
{
    return Decision;
}

double ScoreCalibration::verifyScore(double distance)
{
    if (!std::isfinite(distance))
        return 0.0;
    // odds(score) = e^((Decision - d) / Width) * odds(0.7)
    const double logit07 = std::log(0.7 / 0.3);
    const double logit = logit07 + (Decision - std::max(0.0, distance)) / Width;
    return 1.0 / (1.0 + std::exp(-logit));
}

double ScoreCalibration::distanceForScore(double score)
{
    const double s = std::clamp(score, 1e-9, 1.0 - 1e-9);
    const double logit07 = std::log(0.7 / 0.3);
    return Decision - (std::log(s / (1.0 - s)) - logit07) * Width;
}

} // namespace vd::engine
