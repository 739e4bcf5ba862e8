// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialerror.h"

#include <QObject>
#include <QString>

// One call to CredentialStore for one key. It finishes exactly once, always from the event loop,
// with its subclass's finished() signal, and deletes itself afterwards: take what you need in the
// slot.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    // "<host>[:<port>]/<api_id>", see CredentialStore::keyFor().
    const QString &key() const { return m_key; }
    // ok() unless the keyring failed.
    const CredentialError &error() const { return m_error; }

protected:
    // What the store found out, for the subclass to keep what concerns it.
    struct Answer
    {
        QString secret;        // the secret read
        bool notFound = false; // no secret stored under the key
        CredentialError error;
    };

    CredentialJob(const QString &key, QObject *parent);

private:
    friend class CredentialStore;
    // Keeps what the subclass reports and emits its finished().
    virtual void take(const Answer &answer) = 0;
    void finish(const Answer &answer);

    QString m_key;
    CredentialError m_error;
};
