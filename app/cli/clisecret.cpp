// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisecret.h"

#include "contract/apicontract.h"
#include "logging.h"
#include "store/credentialreadjob.h"
#include "store/credentialstore.h"

#include <QLoggingCategory>

void CliSecret::read(QObject *owner, const QUrl &baseUrl, const QString &apiId,
                     const std::function<void(const QString &secret)> &found,
                     const std::function<void(const QString &message)> &failed)
{
    const QByteArray secret = qgetenv(vd::contract::SecretVariable);
    if (!secret.isEmpty()) {
        qCInfo(lcCli) << "api_secret from" << vd::contract::SecretVariable;
        found(QString::fromUtf8(secret));
        return;
    }
    auto *store = new CredentialStore(owner);
    CredentialReadJob *job = store->read(baseUrl, apiId);
    QObject::connect(job, &CredentialReadJob::finished, owner,
                     [baseUrl, apiId, found, failed](CredentialReadJob *done) {
                         const QLatin1String variable(vd::contract::SecretVariable);
                         if (!done->error().ok()) {
                             failed(tr("The keyring could not be read (%1). Set the environment "
                                       "variable %2 instead.")
                                        .arg(done->error().message, variable));
                         } else if (done->notFound()) {
                             failed(tr("No api_secret for api_id \"%1\" at %2: set the "
                                       "environment variable %3, or save the credentials in the "
                                       "desktop app's settings.")
                                        .arg(apiId, baseUrl.toDisplayString(), variable));
                         } else {
                             qCInfo(lcCli) << "api_secret from the keyring";
                             found(done->secret());
                         }
                     });
}
