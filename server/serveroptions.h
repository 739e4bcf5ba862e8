// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contract/apicontract.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace vd::server {

// The environment variable with accounts as whitespace-separated ID:SECRET entries: unlike
// --account, it is not visible to other local users in the process list.
inline constexpr const char *AccountsEnvironmentVariable = "VERIFYDESK_SERVER_ACCOUNTS";

// The settings of verifydesk-server from its command line, over those of its --config file,
// parsed and checked.
struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8600; // 0: let the system choose (the address is printed)
    QString tlsCert;
    QString tlsKey;
    int workers = 1;     // scoring threads
    int queueLength = 4; // scorings that may wait for a worker before 503
    int ioThreads = 16;  // connection threads (reading bodies, downloads)
    int readTimeoutSeconds = 10;
    QString dataDir;
    QString accountsFile;
    QStringList accountSpecs;
    int retentionDays = 30; // 0: keep stored inputs forever
    bool allowPrivateUrls = false;
    double downloadTimeoutSeconds = 10.0;
    qint64 maxLivenessBytes = contract::DefaultMaxLivenessBytes;
    bool demo = false;
    QString demoDir;
    QString modelDir;
    QString configFile;
    QString logLevel = QStringLiteral("info"); // debug, info, warning or error
    QString database;           // postgresql://…: shared store and limits; empty: SQLite
    QStringList trustedProxies; // peers whose X-Forwarded-For is believed

    QString listenUrlScheme() const
    {
        return tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    }
};

// What parsing the command line led to: options to run with, or text to print and an exit code
// (--help, --version, or an error).
struct OptionsParse
{
    std::optional<ServerOptions> options;
    QString output; // for stdout (help, version) or stderr (error)
    int exitCode = 0;
    QStringList warnings; // for the log, when the options are usable but unwise
};

// The command-line parser of verifydesk-server (QCommandLineParser), and the reader of the
// --config file: "key = value" lines named after the long options, '#' comments; an option on
// the command line wins over the file.
class ServerOptionsParser
{
public:
    static OptionsParse parse(const QStringList &arguments);
};

} // namespace vd::server
