// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialjob.h"

// Removes the secret stored under one key; nothing stored there is no error either.
class CredentialDeleteJob : public CredentialJob
{
    Q_OBJECT

Q_SIGNALS:
    void finished(CredentialDeleteJob *job);

private:
    friend class CredentialStore;
    CredentialDeleteJob(const QString &key, QObject *parent)
        : CredentialJob(key, parent)
    {
    }
    void take(const Answer &) override { Q_EMIT finished(this); }
};
