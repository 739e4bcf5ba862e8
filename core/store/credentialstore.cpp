#include "credentialstore.h"

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

void CredentialStore::read(const QString &key)
{
    if (session().sessionOnly) {
        // Queued, like a keyring job: callers always get their answer from the event loop.
        QMetaObject::invokeMethod(
            this, [this, key] { finishInMemory(Operation::Read, key, {}); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job *done) { onJobFinished(done, Operation::Read, key, {}); });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret)
{
    if (session().sessionOnly) {
        // Queued, like a keyring job: callers always get their answer from the event loop.
        QMetaObject::invokeMethod(
            this, [this, key, secret] { finishInMemory(Operation::Write, key, secret); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret](QKeychain::Job *done) {
        onJobFinished(done, Operation::Write, key, secret);
    });
    job->start();
}

void CredentialStore::remove(const QString &key)
{
    if (session().sessionOnly) {
        // Queued, like a keyring job: callers always get their answer from the event loop.
        QMetaObject::invokeMethod(
            this, [this, key] { finishInMemory(Operation::Remove, key, {}); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job *done) { onJobFinished(done, Operation::Remove, key, {}); });
    job->start();
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

void CredentialStore::finishInMemory(Operation op, const QString &key, const QString &secret)
{
    const QString slot = m_service + u'\n' + key;
    QHash<QString, QString> &memory = session().secrets;
    switch (op) {
    case Operation::Read: {
        const auto it = memory.constFind(slot);
        if (it == memory.constEnd())
            Q_EMIT secretNotFound(key);
        else
            Q_EMIT secretRead(key, it.value());
        break;
    }
    case Operation::Write:
        memory.insert(slot, secret);
        Q_EMIT written(key);
        break;
    case Operation::Remove:
        memory.remove(slot);
        Q_EMIT removed(key);
        break;
    }
}

void CredentialStore::onJobFinished(QKeychain::Job *job, Operation op, const QString &key,
                                    const QString &secret)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        switch (op) {
        case Operation::Read:
            Q_EMIT secretRead(key, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            break;
        case Operation::Write:
            Q_EMIT written(key);
            break;
        case Operation::Remove:
            Q_EMIT removed(key);
            break;
        }
        return;
    }
    if (error == QKeychain::EntryNotFound) {
        if (op == Operation::Remove)
            Q_EMIT removed(key);
        else
            Q_EMIT secretNotFound(key);
        return;
    }
    if (meansNoKeyring(job)) {
        switchToSessionOnly(job->errorString());
        finishInMemory(op, key, secret);
        return;
    }

    CredentialError failure;
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        failure.code = CredentialError::Code::AccessDeniedByUser;
        failure.message = tr("Access to the keyring was refused: %1").arg(job->errorString());
        break;
    case QKeychain::AccessDenied:
        failure.code = CredentialError::Code::AccessDenied;
        failure.message = tr("The keyring denied access: %1").arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        failure.code = CredentialError::Code::CouldNotDelete;
        failure.message =
            tr("The secret could not be deleted from the keyring: %1").arg(job->errorString());
        break;
    default:
        failure.code = CredentialError::Code::Other;
        failure.message = tr("The keyring reported an error: %1").arg(job->errorString());
        break;
    }
    Q_EMIT failed(key, failure);
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
    Q_EMIT sessionOnlyChanged(true, state.reason);
}
