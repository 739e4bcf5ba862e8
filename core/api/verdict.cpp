// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verdict.h"

#include "api/thresholdtable.h"

#include <cmath>

namespace {
// Scores and thresholds arrive as decimal text; the same tolerance as ThresholdTable keeps
// "0.7" >= 0.7 true.
constexpr double Tolerance = 1e-9;
} // namespace

bool Thresholds::operator==(const Thresholds &other) const
{
    return std::abs(verify - other.verify) < Tolerance && std::abs(hack - other.hack) < Tolerance;
}

Verdict Verdict::decide(const VerificationResult &result, const Thresholds &thresholds)
{
    Verdict v;
    v.thresholds = thresholds;
    v.identity = result.verifyScore + Tolerance >= thresholds.verify ? Identity::SamePerson
                                                                     : Identity::NotSamePerson;
    // The vendor's demo flags an attack above the threshold, so equal is still live.
    v.liveness = result.hackScore > thresholds.hack + Tolerance ? Liveness::Attack : Liveness::Live;
    if (std::abs(result.hackScore - Thresholds::CannotTellHack) < Tolerance)
        v.liveness = Liveness::CannotTell;
    if (v.liveness != Liveness::Live)
        v.overall = Overall::PossibleAttack;
    else if (v.identity == Identity::SamePerson)
        v.overall = Overall::SamePerson;
    else
        v.overall = Overall::NotSamePerson;

    v.rowReached = ThresholdTable::rowReached(result.verifyScore);
    v.decisionRow = ThresholdTable::rowReached(thresholds.verify);
    if (v.decisionRow) {
        const ThresholdTable::Row &row = ThresholdTable::rows().at(*v.decisionRow);
        v.decisionFalseAcceptRate = row.falseAcceptRate;
        v.decisionThresholdExact = std::abs(row.threshold - thresholds.verify) < Tolerance;
    }
    return v;
}
