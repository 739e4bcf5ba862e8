#include "appconnection.h"

#include "api/verificationclient.h"
#include "store/appsettings.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

void AppConnection::configure(VerificationClient *client, const AppSettings &settings)
{
    ClientSettings options = client->settings();
    options.transferTimeoutMs = settings.transferTimeoutSeconds() * 1000;
    options.caBundlePath = settings.caBundlePath();
    options.useSystemProxy = settings.proxyMode() == AppSettings::ProxyMode::System;
    client->setSettings(options);
    // setSettings() chose between the system proxy and none; a manual proxy replaces that.
    if (settings.proxyMode() == AppSettings::ProxyMode::Manual)
        client->networkAccessManager()->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost(), settings.proxyPort()));
}
