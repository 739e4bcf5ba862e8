// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verdict.h"
#include "store/historystore.h"

class VerificationJob;

// Turns a finished verification into the history's entry, the same way for the window and the
// command line; the secret is never part of it.
class VerificationRecord
{
public:
    static HistoryEntry entryFor(const VerificationJob &job, const Thresholds &thresholds);
    // The failure an error record describes, as far as the history keeps it: the status (an API
    // status or a code of our own, whose kind it gives), the HTTP status and the request_id.
    // The server's reason, the failed input and the details are not recorded.
    static ApiError errorOf(const HistoryEntry &entry);
    // "same_person", "not_same_person" or "possible_attack".
    static QString verdictName(Verdict::Overall overall);
};
