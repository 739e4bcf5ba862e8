// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "batch/batchresult.h"

#include <QString>

class BatchStore;

// The results of a batch as CSV, one row per pair (answered, pending or refused), for the
// command line's --out and the Batch tab's export.
class BatchResultsCsv
{
public:
    // Empty on success, else why the file could not be written. Cells a spreadsheet would run
    // as a formula are kept as text.
    static QString write(const BatchStore &store, const Thresholds &thresholds,
                         const QString &path);

    // "same", "different" or "attack" at these thresholds; empty for a pair without scores.
    static QString verdictName(const BatchResult &result, const Thresholds &thresholds);
};
