// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/thresholdtable.h"
#include "api/verificationresult.h"

#include <optional>

// The operator's decision thresholds, and their defaults for every part of the client (the
// settings, the history, the command line).
struct Thresholds
{
    // The row of the vendor's table that the vendor recommends.
    static constexpr double DefaultVerify = ThresholdTable::RecommendedThreshold;
    // Not from the API page, which gives no hack_score threshold: the vendor's web demo uses it.
    static constexpr double DefaultHack = 0.98;
    // The hack_score that means "cannot tell", not a measured likelihood.
    static constexpr double CannotTellHack = 0.5;

    double verify = DefaultVerify;
    double hack = DefaultHack;

    // Equal within the tolerance of decimal text: 0.7 read back from a file is still 0.7.
    bool operator==(const Thresholds &other) const;
    bool operator!=(const Thresholds &other) const { return !(*this == other); }
};

// The decision for one result: identity and liveness as two verdicts, and the overall one.
struct Verdict
{
    enum class Identity
    {
        SamePerson,
        NotSamePerson
    };
    enum class Liveness
    {
        Live,
        Attack,
        // hack_score exactly 0.5: how a server says it could not judge (the reference server did
        // so for a single image before it failed closed). Never live: overall a possible attack.
        CannotTell
    };
    enum class Overall
    {
        SamePerson,
        NotSamePerson,
        PossibleAttack
    };

    Identity identity = Identity::NotSamePerson;
    Liveness liveness = Liveness::Live;
    Overall overall = Overall::NotSamePerson;
    Thresholds thresholds;
    // The highest ThresholdTable row verify_score reaches; nullopt below 0.4.
    std::optional<int> rowReached;
    // The table row of the decision threshold (the highest row at or below it) and its
    // false-accept rate; exact is false when the threshold lies between two rows, and the
    // rate is then an upper bound.
    std::optional<int> decisionRow;
    std::optional<double> decisionFalseAcceptRate;
    bool decisionThresholdExact = false;

    static Verdict decide(const VerificationResult &result, const Thresholds &thresholds);
};
