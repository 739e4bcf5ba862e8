// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveroptions.h"

#include "contract/apicontract.h"
#include "postgresdatabase.h"
#include "verifydeskconfig.h"
#include "verifydeskpaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace vd::server {

namespace {

OptionsParse failure(const QString &message)
{
    OptionsParse result;
    result.output = u"verifydesk-server: "_s + message +
                    u"\nTry 'verifydesk-server --help' for more information.\n"_s;
    result.exitCode = 2;
    return result;
}

bool parseListen(const QString &text, ServerOptions &options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || host.isEmpty())
        return false;
    options.host = host;
    options.port = port;
    return true;
}

// Reads a --config file into key -> value; an error message names the file and the line.
std::optional<QString> readConfig(const QString &path, const QStringList &keys,
                                  QHash<QString, QString> *values)
{
    constexpr qint64 MaxConfigBytes = 64 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read the configuration %1: %2"_s.arg(path, file.errorString());
    if (file.size() > MaxConfigBytes)
        return u"the configuration %1 is larger than %2 bytes"_s.arg(
            path, QString::number(MaxConfigBytes));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString where = u"%1:%2: "_s.arg(path, QString::number(i + 1));
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return where + u"expected key = value"_s;
        const QString key = line.left(equals).trimmed();
        if (!keys.contains(key))
            return where + u"unknown key \"%1\" (known: %2)"_s.arg(key, keys.join(u", "_s));
        if (values->contains(key))
            return where + u"\"%1\" is set twice"_s.arg(key);
        values->insert(key, line.mid(equals + 1).trimmed());
    }
    return std::nullopt;
}

} // namespace

OptionsParse ServerOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The verification API (POST %1), served locally and scored "
        "by the VerifyDesk face engine."_s.arg(QLatin1StringView(contract::ApiPath)));
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version."_s);
    const QCommandLineOption config(u"config"_s,
                                    u"Settings file: \"key = value\" lines named after the long "
                                    "options below (e.g. /etc/verifydesk/server.conf); the command "
                                    "line wins."_s,
                                    u"file"_s);
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address to listen on (port 0: any free port; the address "
                                    "is printed). Default 127.0.0.1:8600."_s,
                                    u"host:port"_s, u"127.0.0.1:8600"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate: serve HTTPS."_s, u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key of --tls-cert."_s, u"file"_s);
    const QCommandLineOption workers(u"workers"_s,
                                     u"Scoring threads (default: the number of cores)."_s, u"n"_s);
    const QCommandLineOption queue(u"queue"_s,
                                   u"Scorings that may wait for a worker; beyond that, HTTP 503 "
                                   "(default: 4 per worker)."_s,
                                   u"n"_s);
    const QCommandLineOption ioThreads(u"io-threads"_s, u"Connection threads (default 16)."_s,
                                       u"n"_s, u"16"_s);
    const QCommandLineOption readTimeout(u"read-timeout"_s,
                                         u"Seconds a client may stay silent while sending a "
                                         "request (default 10)."_s,
                                         u"seconds"_s, u"10"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"Folder for stored inputs and their database."_s, u"dir"_s);
    const QCommandLineOption accounts(u"accounts"_s,
                                      u"JSON file of accounts: {\"accounts\": [{\"id\", "
                                      "\"secret\", \"rate_limit_per_second\", \"quota\", "
                                      "\"expires\", \"permission\"}]}."_s,
                                      u"file"_s);
    const QCommandLineOption account(u"account"_s,
                                     u"An account with default limits (repeatable; for "
                                     "development: the secret is visible in ps). Also %1: "
                                     "ID:SECRET entries separated by spaces."_s.arg(
                                         QLatin1StringView(AccountsEnvironmentVariable)),
                                     u"id:secret"_s);
    const QCommandLineOption retention(u"retention"_s,
                                       u"Days stored inputs are kept (0: forever; default 30)."_s,
                                       u"days"_s, u"30"_s);
    const QCommandLineOption allowPrivate(
        u"allow-private-urls"_s,
        u"Let selfie_url and liveness_data_url reach loopback and private addresses."_s);
    const QCommandLineOption downloadTimeout(
        u"download-timeout"_s, u"Seconds allowed for fetching one URL input (default 10)."_s,
        u"seconds"_s, u"10"_s);
    const QCommandLineOption maxLiveness(u"max-liveness-bytes"_s,
                                         u"Largest liveness data accepted (default 10485760)."_s,
                                         u"bytes"_s, u"10485760"_s);
    const QCommandLineOption demo(u"demo"_s,
                                  u"Add the demo account (printed at start) and list the demo "
                                  "samples."_s);
    const QCommandLineOption demoDir(u"demo-dir"_s, u"Folder of the demo samples."_s, u"dir"_s);
    const QCommandLineOption models(u"models"_s,
                                    u"Folder of the face-api weights (also "
                                    "VERIFYDESK_MODEL_DIR)."_s,
                                    u"dir"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"Shared PostgreSQL database for stored inputs, quotas and rate limits of a team of "
        "instances: postgresql://user@host:port/db (the password from PGPASSWORD or a .pgpass "
        "file, never the URL). Default: SQLite in the data folder, limits in memory."_s,
        u"url"_s);
    const QCommandLineOption trustedProxy(
        u"trusted-proxy"_s,
        u"Address of a load balancer whose X-Forwarded-For names the client (repeatable; in "
        "--config: addresses separated by spaces)."_s,
        u"addr"_s);
    const QCommandLineOption logLevel(u"log-level"_s,
                                      u"Least severe messages logged to stderr: debug, info, "
                                      "warning or error (default info)."_s,
                                      u"level"_s, u"info"_s);
    parser.addOptions({help,    version,   config,       listen,          tlsCert,     tlsKey,
                       workers, queue,     ioThreads,    readTimeout,     dataDir,     accounts,
                       account, retention, allowPrivate, downloadTimeout, maxLiveness, demo,
                       demoDir, models,    logLevel,     database,        trustedProxy});
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help)) {
        OptionsParse result;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        OptionsParse result;
        result.output = u"verifydesk-server " VD_VERSION "\n"_s;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(u"unexpected argument: "_s + parser.positionalArguments().constFirst());

    // The keys a --config file may set: the long options but the one-off and secret ones.
    const QList<const QCommandLineOption *> configurable = {
        &listen,      &tlsCert, &tlsKey,   &workers,   &queue,        &ioThreads,
        &readTimeout, &dataDir, &accounts, &retention, &allowPrivate, &downloadTimeout,
        &maxLiveness, &models,  &logLevel, &database,  &trustedProxy};
    QStringList configKeys;
    for (const QCommandLineOption *option : configurable)
        configKeys << option->names().constLast();
    QHash<QString, QString> configValues;
    ServerOptions options;
    options.configFile = parser.value(config);
    if (!options.configFile.isEmpty()) {
        if (auto error = readConfig(options.configFile, configKeys, &configValues))
            return failure(*error);
    }
    // The command line, else the file, else the option's default ("" when it has none).
    auto value = [&](const QCommandLineOption &option) {
        const QString key = option.names().constLast();
        if (!parser.isSet(option) && configValues.contains(key))
            return configValues.value(key);
        return parser.value(option);
    };

    if (!parseListen(value(listen), options))
        return failure(u"--listen expects host:port, e.g. 127.0.0.1:8600"_s);
    options.tlsCert = value(tlsCert);
    options.tlsKey = value(tlsKey);
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        return failure(u"--tls-cert and --tls-key go together"_s);

    auto positiveInt = [&](const QCommandLineOption &option, int fallback, int minimum,
                           int *out) -> bool {
        const QString text = value(option);
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = text.toInt(&ok);
        return ok && *out >= minimum;
    };
    const int cores = std::max(1, QThread::idealThreadCount());
    if (!positiveInt(workers, cores, 1, &options.workers))
        return failure(u"--workers expects a number >= 1"_s);
    if (!positiveInt(queue, 4 * options.workers, 0, &options.queueLength))
        return failure(u"--queue expects a number >= 0"_s);
    if (!positiveInt(ioThreads, 16, 2, &options.ioThreads))
        return failure(u"--io-threads expects a number >= 2"_s);
    if (!positiveInt(readTimeout, 10, 1, &options.readTimeoutSeconds))
        return failure(u"--read-timeout expects a number of seconds >= 1"_s);
    if (!positiveInt(retention, 30, 0, &options.retentionDays))
        return failure(u"--retention expects a number of days >= 0"_s);
    bool ok = false;
    options.downloadTimeoutSeconds = value(downloadTimeout).toDouble(&ok);
    if (!ok || options.downloadTimeoutSeconds <= 0 || options.downloadTimeoutSeconds > 600)
        return failure(u"--download-timeout expects seconds, more than 0 and at most 600"_s);
    options.maxLivenessBytes = value(maxLiveness).toLongLong(&ok);
    if (!ok || options.maxLivenessBytes < 1024 || options.maxLivenessBytes > 256 * 1024 * 1024)
        return failure(u"--max-liveness-bytes expects a number from 1024 to 268435456"_s);
    options.logLevel = value(logLevel);
    if (!QStringList{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s}.contains(options.logLevel))
        return failure(u"--log-level expects debug, info, warning or error"_s);

    const QString allowPrivateText = configValues.value(allowPrivate.names().constLast());
    if (parser.isSet(allowPrivate) || allowPrivateText == u"true"_s)
        options.allowPrivateUrls = true;
    else if (!allowPrivateText.isEmpty() && allowPrivateText != u"false"_s)
        return failure(u"allow-private-urls expects true or false"_s);
    options.accountsFile = value(accounts);
    options.accountSpecs = parser.values(account);
    OptionsParse result;
    if (!options.accountSpecs.isEmpty())
        result.warnings << u"--account puts the secret in the process list, visible to every "
                           "local user: use it for development only (--accounts FILE or %1 "
                           "keep secrets out of it)"_s.arg(
                               QLatin1StringView(AccountsEnvironmentVariable));
    options.accountSpecs << qEnvironmentVariable(AccountsEnvironmentVariable)
                                .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    options.demo = parser.isSet(demo);
    options.demoDir = parser.value(demoDir);
    if (options.demoDir.isEmpty())
        options.demoDir = paths::demoFolder();
    options.dataDir = value(dataDir);
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                          u"/verifydesk-server"_s;
    options.database = value(database);
    if (!options.database.isEmpty()) {
        QString error;
        if (!PostgresAddress::parse(options.database, &error))
            return failure(error);
    }
    options.trustedProxies =
        parser.isSet(trustedProxy)
            ? parser.values(trustedProxy)
            : configValues.value(trustedProxy.names().constLast()).split(u' ', Qt::SkipEmptyParts);
    for (const QString &proxy : std::as_const(options.trustedProxies)) {
        if (QHostAddress(proxy).isNull())
            return failure(u"--trusted-proxy expects an IP address, not \"%1\""_s.arg(proxy));
    }
    options.modelDir = value(models);
    if (options.modelDir.isEmpty())
        options.modelDir = paths::modelFolder();
    if (!options.demo && options.accountsFile.isEmpty() && options.accountSpecs.isEmpty())
        return failure(u"no account: give --accounts FILE (or accounts = FILE in --config), "
                       "%1, --demo, or --account ID:SECRET for development"_s.arg(
                           QLatin1StringView(AccountsEnvironmentVariable)));

    result.options = options;
    return result;
}

} // namespace vd::server
