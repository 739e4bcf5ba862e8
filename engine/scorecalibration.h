// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vd::engine {

// Maps a descriptor distance to verify_score in [0, 1]: monotone (smaller distance, higher
// score), and placed so that the API's thresholds mean what its table says as far as the
// calibration set shows (CALIBRATION.md); 0.7 is the recommended same-person decision.
class ScoreCalibration
{
public:
    // The distance that maps to verify_score 0.7.
    static double decisionDistance();
    static double verifyScore(double distance);
    // The inverse: the largest distance that still reaches score.
    static double distanceForScore(double score);
};

} // namespace vd::engine
