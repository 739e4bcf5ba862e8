// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialdeletejob.h"
#include "store/credentialreadjob.h"
#include "store/credentialwritejob.h"

#include <QHash>
#include <QObject>
#include <QString>

class QUrl;
namespace QKeychain {
class Job;
}

// Keeps api_secret values in the system keyring through QtKeychain, keyed by endpoint host and
// api_id; with no keyring reachable it keeps them in memory for this run only, never in a file.
// Each call returns its own job, as QtKeychain's do; the jobs are children of the store.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr,
                             const QString &serviceName = QStringLiteral("VerifyDesk"));

    // "<host>[:<port>]/<api_id>", e.g. "cloudapi.linkface.cn/1234".
    static QString keyFor(const QUrl &endpoint, const QString &apiId);

    QString serviceName() const { return m_service; }

    // Asynchronous: connect to the job's finished() after the call returns.
    CredentialReadJob *read(const QUrl &endpoint, const QString &apiId);
    CredentialWriteJob *write(const QUrl &endpoint, const QString &apiId, const QString &secret);
    CredentialDeleteJob *remove(const QUrl &endpoint, const QString &apiId);

    // True once no keyring was reachable in this process: secrets then live in memory, shared by
    // every CredentialStore of the process, until the app exits.
    bool isSessionOnly() const;
    QString sessionOnlyReason() const;

Q_SIGNALS:
    // reason: a translated explanation for the operator. Emitted by the store whose keyring
    // call found no keyring; stores created later start session-only without emitting it.
    void sessionOnlyChanged(bool sessionOnly, const QString &reason);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    using Answer = CredentialJob::Answer;

    void start(CredentialJob *job, Operation op, const QString &secret);
    Answer answerFromKeyring(QKeychain::Job *done, Operation op, const QString &key,
                             const QString &secret);
    Answer answerFromMemory(Operation op, const QString &key, const QString &secret);
    static const char *nameOf(Operation op); // for the log
    static bool meansNoKeyring(QKeychain::Job *job);
    void switchToSessionOnly(const QString &detail);
    struct SessionState
    {
        bool sessionOnly = false;
        QString reason;
        QHash<QString, QString> secrets; // "<service>\n<key>" -> secret
    };
    static SessionState &session();

    QString m_service;
};
