// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialstore.h"

#include <QTest>
#include <memory>
#include <type_traits>

// What one CredentialStore job answered, copied in its finished() slot (the job deletes itself
// afterwards); finished stays false until the answer came.
struct CredentialOutcome
{
    bool finished = false;
    QString key;
    QString secret;
    bool notFound = false;
    CredentialError error;

    // Filled in when the job answers.
    template<typename Job> static std::shared_ptr<CredentialOutcome> watch(Job *job)
    {
        auto outcome = std::make_shared<CredentialOutcome>();
        QObject::connect(job, &Job::finished, job, [outcome](Job *done) {
            outcome->finished = true;
            outcome->key = done->key();
            outcome->error = done->error();
            if constexpr (std::is_same_v<Job, CredentialReadJob>) {
                outcome->secret = done->secret();
                outcome->notFound = done->notFound();
            }
        });
        return outcome;
    }

    // Waits for the job's answer.
    template<typename Job> static CredentialOutcome of(Job *job, int timeoutMs = 20000)
    {
        const std::shared_ptr<CredentialOutcome> outcome = watch(job);
        if (!QTest::qWaitFor([&outcome] { return outcome->finished; }, timeoutMs))
            return {};
        return *outcome;
    }
};
