// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <functional>

class QObject;

// The api_secret of a command-line run: from the environment variable, else the one the desktop
// app saved in the keyring for this endpoint and api_id. Never from an argument.
class CliSecret
{
    Q_DECLARE_TR_FUNCTIONS(CliSecret)

public:
    // Calls exactly one of the two, possibly before returning; `owner` parents the keyring job.
    static void read(QObject *owner, const QUrl &baseUrl, const QString &apiId,
                     const std::function<void(const QString &secret)> &found,
                     const std::function<void(const QString &message)> &failed);
};
