#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QUrl;
namespace QKeychain {
class Job;
}

// Why a keyring operation failed. EntryNotFound is not a failure: see secretNotFound().
struct CredentialError
{
    enum class Code
    {
        None,
        AccessDeniedByUser,
        AccessDenied,
        CouldNotDelete,
        Other
    };

    Code code = Code::None;
    QString message; // translated, with the keyring's own detail
};

// Keeps api_secret values in the system keyring through QtKeychain, keyed by endpoint host and
// api_id; with no keyring reachable it keeps them in memory for this run only, never in a file.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr,
                             const QString &serviceName = QStringLiteral("VerifyDesk"));

    // "<host>[:<port>]/<api_id>", e.g. "cloudapi.linkface.cn/1234".
    static QString keyFor(const QUrl &endpoint, const QString &apiId);

    QString serviceName() const { return m_service; }

    // Asynchronous; each call ends with exactly one of the signals below for its key.
    void read(const QString &key);
    void write(const QString &key, const QString &secret);
    void remove(const QString &key);

    // True once no keyring was reachable in this process: secrets then live in memory, shared by
    // every CredentialStore of the process, until the app exits.
    bool isSessionOnly() const;
    QString sessionOnlyReason() const;

Q_SIGNALS:
    void secretRead(const QString &key, const QString &secret);
    void secretNotFound(const QString &key); // the normal "no secret stored yet"
    void written(const QString &key);
    void removed(const QString &key); // also when there was nothing to remove
    void failed(const QString &key, const CredentialError &error);
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

    void finishInMemory(Operation op, const QString &key, const QString &secret);
    void onJobFinished(QKeychain::Job *job, Operation op, const QString &key,
                       const QString &secret);
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
