// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

// The vendor's verify_score threshold / false-accept-rate table, and which row a score reaches.
class ThresholdTable
{
public:
    struct Row
    {
        double threshold;       // verify_score >= threshold
        double falseAcceptRate; // e.g. 1e-4 at 0.7
    };

    static constexpr double RecommendedThreshold = 0.7;

    static const QList<Row> &rows();
    // The highest row whose threshold the score reaches; nullopt below the first row.
    static std::optional<int> rowReached(double verifyScore);
    // The row with exactly this threshold, if the table has one.
    static std::optional<int> rowForThreshold(double threshold);
};
