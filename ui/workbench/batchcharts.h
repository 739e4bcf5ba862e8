// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchreport.h"

#include <QChart>
#include <QCoreApplication>

// The charts of a batch report, built from its numbers: the DET curve, the two score
// histograms with their threshold lines, and latency. The caller owns each chart.
class BatchCharts
{
    Q_DECLARE_TR_FUNCTIONS(BatchCharts)

public:
    // FNMR against FMR on log axes, the threshold table's rows as labelled points. Rates of 0
    // have no place on a log axis and are left out (the chart says how many).
    static QChart *det(const BatchReport &report);
    static QChart *verifyHistogram(const BatchReport &report);
    static QChart *hackHistogram(const BatchReport &report);
    static QChart *latency(const BatchReport &report);
};
