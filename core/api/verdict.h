#pragma once

#include "api/verificationresult.h"

#include <optional>

// The operator's decision thresholds. verify follows the vendor's table; hack is not from the
// API page (the vendor's web demo uses 0.98).
struct Thresholds
{
    double verify = 0.7;
    double hack = 0.98;
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
        Attack
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
