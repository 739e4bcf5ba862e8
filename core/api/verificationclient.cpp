#include "api/verificationclient.h"

#include "verifydeskconfig.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

VerificationClient::VerificationClient(QObject *parent)
    : VerificationClient(ClientSettings(), parent)
{
}

VerificationClient::VerificationClient(const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiError>();
    applyProxySettings();
}

VerificationClient::~VerificationClient() = default;

void VerificationClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    applyProxySettings();
}

VerificationJob *VerificationClient::verify(const VerificationRequest &request)
{
    auto *job = new VerificationJob(m_manager, request, m_settings, this);
    job->start();
    return job;
}

QByteArray VerificationClient::userAgent()
{
    return QByteArrayLiteral("VerifyDesk/" VD_VERSION);
}

void VerificationClient::applyProxySettings()
{
    if (m_settings.useSystemProxy) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    } else {
        // Per manager, so that turning the proxy off here leaves the rest of the process alone.
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
}
