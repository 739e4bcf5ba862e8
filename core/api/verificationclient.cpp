// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/verificationclient.h"

#include "verifydeskconfig.h"

#include <QNetworkAccessManager>
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
    applyProxy();
}

VerificationClient::~VerificationClient() = default;

void VerificationClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    applyProxy();
}

VerificationJob *VerificationClient::verify(const VerificationRequest &request)
{
    auto *job = new VerificationJob(m_manager, request, m_settings, false, this);
    job->start();
    return job;
}

VerificationJob *VerificationClient::verifyCredentialsOnly(const VerificationRequest &request)
{
    auto *job = new VerificationJob(m_manager, request, m_settings, true, this);
    job->start();
    return job;
}

void VerificationClient::applyProxy()
{
    // DefaultProxy hands the choice to the application's proxy factory: make that the system's.
    if (m_settings.proxy.type() == QNetworkProxy::DefaultProxy)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Per manager, so that a direct connection or a manual proxy here leaves the rest of the
    // process alone.
    m_manager->setProxy(m_settings.proxy);
}
