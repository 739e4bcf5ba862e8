// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clientsettings.h"
#include "api/verificationjob.h"
#include "api/verificationrequest.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

// Sends verification requests: owns the one QNetworkAccessManager, makes one VerificationJob
// per request.
class VerificationClient : public QObject
{
    Q_OBJECT

public:
    explicit VerificationClient(QObject *parent = nullptr);
    explicit VerificationClient(const ClientSettings &settings, QObject *parent = nullptr);
    ~VerificationClient() override;

    const ClientSettings &settings() const { return m_settings; }
    // Applies to jobs started afterwards.
    void setSettings(const ClientSettings &settings);

    // Starts the request at once. The job is a child of the client; delete it (deleteLater)
    // after finished(). A request that fails validation still returns a job, which finishes
    // with a Local error on the next event-loop turn.
    VerificationJob *verify(const VerificationRequest &request);
    // The same, for a request that may lack its inputs (ConnectionTest): only the endpoint and
    // the credentials are required, and only the inputs given are sent.
    VerificationJob *verifyCredentialsOnly(const VerificationRequest &request);

private:
    void applyProxy();

    ClientSettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
};
