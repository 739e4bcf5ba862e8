// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconnection.h"

#include "api/verificationclient.h"
#include "store/appsettings.h"

#include <QNetworkProxy>

QNetworkProxy AppConnection::proxyFor(const AppSettings &settings)
{
    switch (settings.proxyMode()) {
    case AppSettings::ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case AppSettings::ProxyMode::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost(), settings.proxyPort());
    case AppSettings::ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void AppConnection::configure(VerificationClient *client, const AppSettings &settings)
{
    ClientSettings options = client->settings();
    options.transferTimeoutMs = settings.transferTimeoutSeconds() * 1000;
    options.overallTimeoutMs = settings.overallTimeoutSeconds() * 1000;
    options.caBundlePath = settings.caBundlePath();
    options.proxy = proxyFor(settings);
    client->setSettings(options);
}
