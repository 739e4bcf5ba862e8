// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;
struct VerificationRequest;

// The endpoint and api_id of a command-line run: --endpoint and --api-id, else the ones the
// desktop app was set up with. The api_secret is CliSecret's.
class CliAccount
{
    Q_DECLARE_TR_FUNCTIONS(CliAccount)

public:
    // Fills request's baseUrl and apiId; returns what is missing or wrong, empty when both hold.
    static QString read(const QCommandLineParser &parser, VerificationRequest *request);
};
