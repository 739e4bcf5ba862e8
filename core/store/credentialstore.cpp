// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QUrl>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

CredentialStore::CredentialStore(QObject *parent, const QString &serviceName)
    : QObject(parent)
    , m_service(serviceName)
{
}

QString CredentialStore::keyFor(const QUrl &endpoint, const QString &apiId)
{
    QString host = endpoint.host(QUrl::FullyEncoded).toLower();
    if (endpoint.port() != -1)
        host += u':' + QString::number(endpoint.port());
    return host + u'/' + apiId;
}

CredentialReadJob *CredentialStore::read(const QUrl &endpoint, const QString &apiId)
{
    auto *job = new CredentialReadJob(keyFor(endpoint, apiId), this);
    start(job, Operation::Read, {});
    return job;
}

CredentialWriteJob *CredentialStore::write(const QUrl &endpoint, const QString &apiId,
                                           const QString &secret)
{
    auto *job = new CredentialWriteJob(keyFor(endpoint, apiId), this);
    start(job, Operation::Write, secret);
    return job;
}

CredentialDeleteJob *CredentialStore::remove(const QUrl &endpoint, const QString &apiId)
{
    auto *job = new CredentialDeleteJob(keyFor(endpoint, apiId), this);
    start(job, Operation::Remove, {});
    return job;
}

void CredentialStore::start(CredentialJob *job, Operation op, const QString &secret)
{
    const QString key = job->key();
    if (session().sessionOnly) {
        // Queued, like a keyring job: callers always get their answer from the event loop.
        QMetaObject::invokeMethod(
            job, [this, job, op, key, secret] { job->finish(answerFromMemory(op, key, secret)); },
            Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *keychainJob = nullptr;
    switch (op) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service, job);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, job);
        writeJob->setTextData(secret);
        keychainJob = writeJob;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service, job);
        break;
    }
    keychainJob->setKey(key);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    connect(keychainJob, &QKeychain::Job::finished, job,
            [this, job, op, key, secret](QKeychain::Job *done) {
                job->finish(answerFromKeyring(done, op, key, secret));
            });
    keychainJob->start();
}

CredentialStore::SessionState &CredentialStore::session()
{
    // One state for the whole process: every window and the CLI share the answer "no keyring
    // here" and the secrets kept for this run.
    static SessionState state;
    return state;
}

bool CredentialStore::isSessionOnly() const
{
    return session().sessionOnly;
}

QString CredentialStore::sessionOnlyReason() const
{
    return session().reason;
}

const char *CredentialStore::nameOf(Operation op)
{
    switch (op) {
    case Operation::Read:
        break;
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "read";
}

CredentialStore::Answer CredentialStore::answerFromMemory(Operation op, const QString &key,
                                                          const QString &secret)
{
    const QString slot = m_service + u'\n' + key;
    QHash<QString, QString> &memory = session().secrets;
    Answer answer;
    switch (op) {
    case Operation::Read: {
        const auto it = memory.constFind(slot);
        if (it == memory.constEnd())
            answer.notFound = true;
        else
            answer.secret = it.value();
        break;
    }
    case Operation::Write:
        memory.insert(slot, secret);
        break;
    case Operation::Remove:
        memory.remove(slot);
        break;
    }
    qCDebug(lcKeyring).noquote() << nameOf(op) << key << "in session memory"
                                 << (answer.notFound ? "not found" : "done");
    return answer;
}

CredentialStore::Answer CredentialStore::answerFromKeyring(QKeychain::Job *done, Operation op,
                                                           const QString &key,
                                                           const QString &secret)
{
    const QKeychain::Error error = done->error();
    Answer answer;
    if (error == QKeychain::NoError) {
        if (op == Operation::Read)
            answer.secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        qCDebug(lcKeyring).noquote() << nameOf(op) << key << "done";
        return answer;
    }
    if (error == QKeychain::EntryNotFound) {
        // Removing what is not there has done what was asked.
        answer.notFound = op != Operation::Remove;
        qCDebug(lcKeyring).noquote() << nameOf(op) << key << "not found";
        return answer;
    }
    if (meansNoKeyring(done)) {
        switchToSessionOnly(done->errorString());
        return answerFromMemory(op, key, secret);
    }

    switch (error) {
    case QKeychain::AccessDeniedByUser:
        answer.error = {CredentialError::Code::AccessDeniedByUser,
                        tr("Access to the keyring was refused: %1").arg(done->errorString())};
        break;
    case QKeychain::AccessDenied:
        answer.error = {CredentialError::Code::AccessDenied,
                        tr("The keyring denied access: %1").arg(done->errorString())};
        break;
    case QKeychain::CouldNotDeleteEntry:
        answer.error = {
            CredentialError::Code::CouldNotDelete,
            tr("The secret could not be deleted from the keyring: %1").arg(done->errorString())};
        break;
    default:
        answer.error = {CredentialError::Code::Other,
                        tr("The keyring reported an error: %1").arg(done->errorString())};
        break;
    }
    qCWarning(lcKeyring).noquote()
        << nameOf(op) << key << "failed: QtKeychain error" << int(error) << done->errorString();
    return answer;
}

bool CredentialStore::meansNoKeyring(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable)
        return true;
    if (job->error() != QKeychain::OtherError && job->error() != QKeychain::AccessDenied)
        return false;
    // With no session bus (or no Secret Service on it) libsecret answers with D-Bus errors,
    // e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY" or ServiceUnknown; these mean "no
    // keyring here", not "the keyring refused".
    const QString text = job->errorString();
    static const QLatin1String markers[] = {
        QLatin1String("D-Bus"),          QLatin1String("DBus"),
        QLatin1String("dbus"),           QLatin1String("org.freedesktop.secrets"),
        QLatin1String("ServiceUnknown"), QLatin1String("/org/freedesktop/secrets"),
    };
    for (const QLatin1String &marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void CredentialStore::switchToSessionOnly(const QString &detail)
{
    SessionState &state = session();
    if (state.sessionOnly)
        return;
    state.sessionOnly = true;
    state.reason =
        tr("No system keyring is reachable (%1). The API secret is kept in memory for this "
           "session only and must be entered again after VerifyDesk restarts; it is never "
           "written to a file.")
            .arg(detail);
    qCInfo(lcKeyring).noquote() << "no system keyring reachable, secrets kept for this session "
                                   "only:"
                                << detail;
    Q_EMIT sessionOnlyChanged(true, state.reason);
}
