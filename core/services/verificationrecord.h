// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "store/historystore.h"

class VerificationJob;

// Turns a finished verification into the history's entry, the same way for the window and the
// command line; the secret is never part of it.
class VerificationRecord
{
public:
    static HistoryEntry entryFor(const VerificationJob &job, const Thresholds &thresholds);
    // "same_person", "not_same_person" or "possible_attack".
    static QString verdictName(Verdict::Overall overall);
};
