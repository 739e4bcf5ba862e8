// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class CredentialStore;

// Brings the 256-bit key of the kept input copies from the keyring (an entry of its own, made on
// first use from RAND_bytes). Where no keyring is reachable there is no key, and so no copy is
// kept: a key held only in memory would leave this session's copies unreadable tomorrow.
class KeptCopyKey : public QObject
{
    Q_OBJECT

public:
    explicit KeptCopyKey(CredentialStore *credentials, QObject *parent = nullptr);

    // Asynchronous: finished() follows from the event loop, once per call.
    void fetch();
    // 32 bytes once finished(true).
    QByteArray key() const { return m_key; }
    // Why there is no key, for the operator (translated), once finished(false).
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void finished(bool available);

private:
    void onRead(bool notFound, const QString &stored, const QString &error);
    void fail(const QString &problem);
    bool keyringGone();

    CredentialStore *m_credentials;
    QByteArray m_key;
    QString m_problem;
};
