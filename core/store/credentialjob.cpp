// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialjob.h"

CredentialJob::CredentialJob(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

void CredentialJob::finish(const Answer &answer)
{
    m_error = answer.error;
    take(answer);
    deleteLater();
}
