// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/promptschedule.h"

#include <utility>

using verifydesk::liveness::Difficulty;
using verifydesk::liveness::Motion;

PromptSchedule::PromptSchedule(std::vector<Motion> motions, Difficulty difficulty)
    : m_motions(std::move(motions))
    , m_difficulty(difficulty)
    , m_stepMs(stepLengthMs(difficulty))
{
}

qint64 PromptSchedule::stepLengthMs(Difficulty difficulty)
{
    switch (difficulty) {
    case verifydesk::liveness::EASY:
        return 5000;
    case verifydesk::liveness::HARD:
        return 3000;
    case verifydesk::liveness::HELL:
        return 2000;
    case verifydesk::liveness::NORMAL:
    default:
        return 4000;
    }
}

qint64 PromptSchedule::totalMs() const
{
    return m_stepMs * static_cast<qint64>(m_motions.size());
}

PromptSchedule::Prompt PromptSchedule::at(qint64 elapsedMs) const
{
    const qint64 t = elapsedMs < 0 ? 0 : elapsedMs;
    Prompt prompt;
    if (t >= totalMs())
        return prompt;
    const qint64 step = t / m_stepMs;
    prompt.step = static_cast<int>(step);
    prompt.motion = m_motions[static_cast<std::size_t>(step)];
    prompt.remainingMs = m_stepMs - (t - step * m_stepMs);
    prompt.countdownSeconds = static_cast<int>((prompt.remainingMs + 999) / 1000);
    prompt.finished = false;
    return prompt;
}
