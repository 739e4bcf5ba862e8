// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialjob.h"

// Stores a secret under one key, replacing the one before; only error() tells how it went.
class CredentialWriteJob : public CredentialJob
{
    Q_OBJECT

Q_SIGNALS:
    void finished(CredentialWriteJob *job);

private:
    friend class CredentialStore;
    CredentialWriteJob(const QString &key, QObject *parent)
        : CredentialJob(key, parent)
    {
    }
    void take(const Answer &) override { Q_EMIT finished(this); }
};
