// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialjob.h"

// Reads the secret stored under one key: secret(), or notFound() (the normal "nothing stored
// yet"), or error().
class CredentialReadJob : public CredentialJob
{
    Q_OBJECT

public:
    const QString &secret() const { return m_secret; }
    bool notFound() const { return m_notFound; }

Q_SIGNALS:
    void finished(CredentialReadJob *job);

private:
    friend class CredentialStore;
    CredentialReadJob(const QString &key, QObject *parent)
        : CredentialJob(key, parent)
    {
    }
    void take(const Answer &answer) override
    {
        m_secret = answer.secret;
        m_notFound = answer.notFound;
        Q_EMIT finished(this);
    }

    QString m_secret;
    bool m_notFound = false;
};
