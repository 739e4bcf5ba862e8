// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livenesscapture.pb.h"

#include <QtGlobal>
#include <vector>

// The recorder's prompt timeline: one step per motion of the chosen sequence, each as long as
// the difficulty allows, answering "which motion and how many seconds left" for an elapsed time.
// It owns no clock, so a test (or the recorder) drives it with any time it likes.
class PromptSchedule
{
public:
    struct Prompt
    {
        verifydesk::liveness::Motion motion = verifydesk::liveness::MOTION_UNSPECIFIED;
        int step = -1;            // index into the sequence; -1 once finished
        qint64 remainingMs = 0;   // left in this step
        int countdownSeconds = 0; // what the screen shows: remainingMs rounded up
        bool finished = true;
    };

    PromptSchedule(std::vector<verifydesk::liveness::Motion> motions,
                   verifydesk::liveness::Difficulty difficulty);

    // Harder levels give the person less time per motion, as the vendor's SDK does.
    static qint64 stepLengthMs(verifydesk::liveness::Difficulty difficulty);

    const std::vector<verifydesk::liveness::Motion> &motions() const { return m_motions; }
    verifydesk::liveness::Difficulty difficulty() const { return m_difficulty; }
    qint64 stepMs() const { return m_stepMs; }
    qint64 totalMs() const;

    // Negative elapsed times count as the start; times at or past totalMs() are finished.
    Prompt at(qint64 elapsedMs) const;

private:
    std::vector<verifydesk::liveness::Motion> m_motions;
    verifydesk::liveness::Difficulty m_difficulty;
    qint64 m_stepMs;
};
