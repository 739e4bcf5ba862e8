// SPDX-License-Identifier: GPL-3.0-or-later
#include "thresholdtable.h"

#include <cmath>

const QList<ThresholdTable::Row> &ThresholdTable::rows()
{
    static const QList<Row> table = {
        {0.4, 1e-1}, {0.5, 1e-2}, {0.6, 1e-3}, {0.7, 1e-4}, {0.8, 1e-5}, {0.9, 1e-6},
    };
    return table;
}

std::optional<int> ThresholdTable::rowReached(double verifyScore)
{
    std::optional<int> reached;
    const QList<Row> &table = rows();
    for (int i = 0; i < table.size(); ++i) {
        // Scores arrive as decimal text; compare with a tolerance so that "0.7" reaches 0.7.
        if (verifyScore + 1e-9 >= table.at(i).threshold)
            reached = i;
    }
    return reached;
}

std::optional<int> ThresholdTable::rowForThreshold(double threshold)
{
    const QList<Row> &table = rows();
    for (int i = 0; i < table.size(); ++i) {
        if (std::abs(table.at(i).threshold - threshold) < 1e-9)
            return i;
    }
    return std::nullopt;
}
