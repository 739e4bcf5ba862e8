// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AppSettings;
class QNetworkProxy;
class VerificationClient;

// Applies the app's connection settings (transfer timeout, extra CA bundle, proxy) to a
// VerificationClient, the same way for the window and the command line.
class AppConnection
{
public:
    static void configure(VerificationClient *client, const AppSettings &settings);
    // The proxy of the settings' mode: the system's (DefaultProxy), none, or the manual one.
    static QNetworkProxy proxyFor(const AppSettings &settings);
};
