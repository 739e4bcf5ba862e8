// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One attempt at one pair as the batch database keeps it: written "in flight" before the
// request leaves, completed when it ends.
struct BatchAttempt
{
    enum class State
    {
        InFlight,    // sent (or about to be) and not ended: after a kill, re-sent once
        Answered,    // gave the pair's recorded answer
        Retried,     // a transient failure; another attempt followed
        Interrupted, // was in flight when the process stopped; found so on resume
        Cancelled    // the operator cancelled the batch while it was in flight
    };

    qint64 id = 0;
    qint64 pairIndex = 0;
    QString requestId; // the X-Request-ID sent
    QDateTime started;
    QDateTime ended; // invalid while in flight
    State state = State::InFlight;
    QString status; // the status this attempt got (empty while in flight)
};
