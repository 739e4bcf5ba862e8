// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/keptcopykey.h"

#include "logging.h"
#include "store/copycipher.h"
#include "store/credentialstore.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The keyring entry: "verifydesk.kept-copies/aes-256-gcm", apart from every api_secret entry
// (those are keyed by a server's host and an api_id).
const QUrl &entryEndpoint()
{
    static const QUrl endpoint(u"local://verifydesk.kept-copies"_s);
    return endpoint;
}

const QString EntryName = u"aes-256-gcm"_s;

} // namespace

KeptCopyKey::KeptCopyKey(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
}

bool KeptCopyKey::keyringGone()
{
    if (!m_credentials->isSessionOnly())
        return false;
    fail(tr("Input copies are not kept: no keyring is reachable to hold the key that encrypts "
            "them (%1).")
             .arg(m_credentials->sessionOnlyReason()));
    return true;
}

void KeptCopyKey::fail(const QString &problem)
{
    m_key.clear();
    m_problem = problem;
    qCWarning(lcKeyring).noquote() << problem;
    Q_EMIT finished(false);
}

void KeptCopyKey::fetch()
{
    m_key.clear();
    m_problem.clear();
    if (m_credentials->isSessionOnly()) {
        QMetaObject::invokeMethod(
            this, [this] { keyringGone(); }, Qt::QueuedConnection);
        return;
    }
    CredentialReadJob *job = m_credentials->read(entryEndpoint(), EntryName);
    connect(job, &CredentialReadJob::finished, this, [this](CredentialReadJob *done) {
        onRead(done->notFound(), done->secret(),
               done->error().ok() ? QString() : done->error().message);
    });
}

void KeptCopyKey::onRead(bool notFound, const QString &stored, const QString &error)
{
    if (keyringGone())
        return;
    if (!error.isEmpty())
        return fail(tr("Input copies are not kept: the keyring refused their key: %1").arg(error));
    if (!notFound) {
        const QByteArray key = QByteArray::fromBase64(stored.toLatin1());
        // Never replaced: a new key would make every copy kept so far unreadable.
        if (key.size() != CopyCipher::KeySize)
            return fail(tr("Input copies are not kept: the keyring entry of their key is not a "
                           "256-bit key."));
        m_key = key;
        Q_EMIT finished(true);
        return;
    }
    const CopyCipherResult<QByteArray> made = CopyCipher::newKey();
    if (!made.ok())
        return fail(tr("Input copies are not kept: %1").arg(made.error.message));
    CredentialWriteJob *job = m_credentials->write(entryEndpoint(), EntryName,
                                                   QString::fromLatin1(made.value.toBase64()));
    connect(
        job, &CredentialWriteJob::finished, this,
        [this, key = made.value](CredentialWriteJob *done) {
            if (keyringGone())
                return;
            if (!done->error().ok())
                return fail(
                    tr("Input copies are not kept: their key cannot be stored in the keyring: %1")
                        .arg(done->error().message));
            qCInfo(lcKeyring).noquote() << tr("A new key for kept input copies is in the keyring.");
            m_key = key;
            Q_EMIT finished(true);
        });
}
