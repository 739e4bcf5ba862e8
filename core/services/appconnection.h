#pragma once

class AppSettings;
class VerificationClient;

// Applies the app's connection settings (transfer timeout, extra CA bundle, proxy) to a
// VerificationClient, the same way for the window and the command line.
class AppConnection
{
public:
    static void configure(VerificationClient *client, const AppSettings &settings);
};
