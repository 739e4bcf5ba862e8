#pragma once

#include "api/verificationjob.h"
#include "api/verificationrequest.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

// Network settings of the client.
struct ClientSettings
{
    // No byte moved for this long ends the request (TIMEOUT); 0 or less means this default,
    // never "no timeout".
    int transferTimeoutMs = 60000;
    QString caBundlePath;        // PEM file added to the system CA set; empty: none
    bool useSystemProxy = true;  // false: direct connection
    int maxRetries = 3;          // for RATE_LIMIT_EXCEEDED and HTTP 502/503/504 only
    int retryBaseDelayMs = 1000; // attempt n waits in [base*2^(n-1)/2, base*2^(n-1)]
};

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

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }
    static QByteArray userAgent();

private:
    void applyProxySettings();

    ClientSettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
};
