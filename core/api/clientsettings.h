// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkProxy>
#include <QString>

// Network settings of the client: timeout, extra CA bundle, proxy and retries.
struct ClientSettings
{
    // "VerifyDesk/<version>": the User-Agent header of every request.
    static QByteArray userAgent();

    // No byte moved for this long ends the request (TIMEOUT); 0 or less means this default,
    // never "no timeout".
    int transferTimeoutMs = 60000;
    // One attempt (upload and answer) that lasts longer is ended (DEADLINE_EXCEEDED), however
    // steadily bytes trickle; 0 or less means this default, never "no deadline".
    int overallTimeoutMs = 120000;
    QString caBundlePath; // PEM file added to the system CA set; empty: none
    // DefaultProxy: the system's proxy configuration; NoProxy: a direct connection; anything else
    // (an HttpProxy with host and port): that proxy. Applies to this client only.
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    int maxRetries = 3;          // for RATE_LIMIT_EXCEEDED and HTTP 502/503/504 only
    int retryBaseDelayMs = 1000; // attempt n waits in [base*2^(n-1)/2, base*2^(n-1)]
};
