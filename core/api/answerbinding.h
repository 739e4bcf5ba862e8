// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/inputsource.h"
#include "api/verificationrequest.h"

#include <QDateTime>

// The exact inputs an answer was decided with, so that the screen can tell when the inputs
// shown are no longer the ones the answer is about.
struct AnswerBinding
{
    // One input as it was sent: its source and, for a file, its size and modification time, so
    // that a file rewritten under the same name counts as another input.
    struct Input
    {
        InputSource source;
        qint64 size = -1;
        QDateTime modified;

        static Input of(const InputSource &source);
        bool operator==(const Input &other) const;
    };

    // The first difference found, in the order an operator reads the screen.
    enum class Change
    {
        None,
        Selfie,
        SelfieMode,
        Liveness,
        LivenessMode,
        AutoRotate
    };

    Input selfie;
    Input liveness;
    bool autoRotate = false;

    static AnswerBinding of(const VerificationRequest &request);
    static AnswerBinding of(const InputSource &selfie, const InputSource &liveness,
                            bool autoRotate);
    // What changed from this answer's inputs to the current ones.
    Change changeTo(const AnswerBinding &current) const;
};
