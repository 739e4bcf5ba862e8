// SPDX-License-Identifier: GPL-3.0-or-later
// verifydesk-server: the verification API served locally (see README.md beside this file).
#include "accountregistry.h"
#include "apiserver.h"
#include "inputstore.h"
#include "logging.h"
#include "postgresdatabase.h"
#include "postgresinputstore.h"
#include "postgreslimits.h"
#include "scorer.h"
#include "scoringpool.h"
#include "serveroptions.h"
#include "sqliteinputstore.h"
#include "urlfetcher.h"
#include "verificationservice.h"
#include "verifydeskconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace vd::server;

namespace {

const QString DemoId = QStringLiteral("demo");
const QString DemoSecret = QStringLiteral("demo-secret");

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void purge(InputStore &store, int retentionDays)
{
    QString error;
    const int removed =
        store.purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-retentionDays), &error);
    if (removed < 0)
        qCWarning(lcServer).noquote() << "retention purge failed:" << error;
    else if (removed > 0)
        qCInfo(lcServer) << "retention purge removed" << removed << "stored inputs";
}

// Every account source of the options, in a fresh registry: at start and on SIGHUP.
std::optional<QString> loadAccounts(const ServerOptions &options, AccountRegistry &accounts)
{
    if (!options.accountsFile.isEmpty()) {
        if (auto error = accounts.loadFile(options.accountsFile))
            return error;
    }
    for (const QString &spec : options.accountSpecs) {
        if (auto error = accounts.addFromSpec(spec))
            return error;
    }
    if (options.demo)
        return accounts.addFromSpec(DemoId + u':' + DemoSecret);
    return std::nullopt;
}

// Messages at the chosen level and above; under systemd (JOURNAL_STREAM set) each line starts
// with its syslog priority, <7> to <2>, and without a time stamp: the journal adds its own.
void setUpLogging(const QString &level)
{
    if (level == u"debug"_s)
        QLoggingCategory::setFilterRules(u"verifydesk.*.debug=true"_s);
    else if (level == u"info"_s)
        QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    else if (level == u"warning"_s)
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s);
    else
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false"_s);
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM"))
        qSetMessagePattern(u"%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                           "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{category}: "
                           "%{message}"_s);
    else
        qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    // SIGINT, SIGTERM and SIGHUP are taken by one thread with sigwait(); block them before any
    // other thread exists so that they inherit the mask.
    sigset_t handledSignals;
    sigemptyset(&handledSignals);
    sigaddset(&handledSignals, SIGINT);
    sigaddset(&handledSignals, SIGTERM);
    sigaddset(&handledSignals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &handledSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"verifydesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));

    const OptionsParse parsed = ServerOptionsParser::parse(QCoreApplication::arguments());
    if (!parsed.options) {
        print(parsed.exitCode == 0 ? stdout : stderr, parsed.output);
        return parsed.exitCode;
    }
    const ServerOptions &options = *parsed.options;
    setUpLogging(options.logLevel);
    for (const QString &warning : parsed.warnings)
        qCWarning(lcServer).noquote() << warning;

    AccountRegistry accounts;
    if (auto error = loadAccounts(options, accounts)) {
        print(stderr, u"verifydesk-server: "_s + *error + u'\n');
        return 2;
    }

    // A team of instances shares one PostgreSQL database (inputs, quotas, rate limits); one
    // server alone keeps SQLite in its data folder and its limits in memory.
    std::unique_ptr<PostgresDatabase> database;
    std::unique_ptr<PostgresLimits> sharedLimits;
    std::unique_ptr<InputStore> storage;
    if (!options.database.isEmpty()) {
        QString error;
        database =
            std::make_unique<PostgresDatabase>(*PostgresAddress::parse(options.database, &error));
        storage = std::make_unique<PostgresInputStore>(*database);
        sharedLimits = std::make_unique<PostgresLimits>(*database);
        accounts.setSharedLimits(sharedLimits.get());
    } else {
        storage = std::make_unique<SqliteInputStore>(options.dataDir);
    }
    InputStore &store = *storage;
    if (auto error = store.open()) {
        print(stderr, u"verifydesk-server: "_s + *error + u'\n');
        return 1;
    }
    QString scorerError;
    const std::unique_ptr<Scorer> scorer =
        Scorer::load(options.modelDir, options.maxLivenessBytes, &scorerError);
    if (!scorer) {
        print(stderr, u"verifydesk-server: "_s + scorerError +
                          u"\n(--models DIR or VERIFYDESK_MODEL_DIR points to another folder of "
                          "the face-api weights)\n"_s);
        return 1;
    }

    const UrlFetcher fetcher(
        std::chrono::milliseconds(static_cast<qint64>(options.downloadTimeoutSeconds * 1000)),
        options.allowPrivateUrls);
    ScoringPool pool(options.workers, options.queueLength);
    VerificationService service(accounts, store, fetcher, pool, *scorer, options.maxLivenessBytes);
    ApiServer server(options, service);
    service.setMetrics(&server.metrics());
    if (auto error = server.bind()) {
        print(stderr, u"verifydesk-server: "_s + *error + u'\n');
        return 1;
    }

    // The demo lines come first: the address line is the last one a starting script waits for.
    if (options.demo) {
        const QStringList samples = QDir(options.demoDir).entryList(QDir::Files, QDir::Name);
        print(stdout, u"demo account: api_id=%1 api_secret=%2\n"_s.arg(DemoId, DemoSecret));
        if (samples.isEmpty())
            print(stdout, u"demo samples: none in %1 (--demo-dir DIR points to another "
                          "folder)\n"_s.arg(options.demoDir));
        else
            print(stdout,
                  u"demo samples in %1: %2\n"_s.arg(options.demoDir, samples.join(u", "_s)));
    }
    const QString host = options.host.contains(u':') ? u'[' + options.host + u']' : options.host;
    print(stdout, u"verifydesk-server %1 listening on %2://%3:%4\n"_s.arg(
                      QStringLiteral(VD_VERSION), options.listenUrlScheme(), host,
                      QString::number(server.port())));
    qCInfo(lcServer).noquote()
        << u"serving %1 account(s), %2 scoring worker(s), queue %3, data in %4"_s.arg(
               QString::number(accounts.size()), QString::number(options.workers),
               QString::number(options.queueLength), store.location());

    QTimer purgeTimer;
    if (options.retentionDays > 0) {
        purge(store, options.retentionDays);
        QObject::connect(&purgeTimer, &QTimer::timeout, &app,
                         [&store, &options] { purge(store, options.retentionDays); });
        purgeTimer.start(std::chrono::hours(1));
    }

    std::thread serving([&server, &app] {
        server.serve();
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    // SIGHUP reloads the accounts (file, environment, --account) and keeps the old ones if the
    // new ones do not load; SIGINT and SIGTERM stop taking connections, let the requests in
    // flight finish (server.stop() then the pool's join), and exit 0.
    auto reloadAccounts = [&accounts, &options] {
        AccountRegistry fresh;
        if (auto error = loadAccounts(options, fresh)) {
            qCWarning(lcServer).noquote()
                << "SIGHUP: accounts not reloaded, keeping the old ones:" << *error;
            return;
        }
        const int count = fresh.size();
        accounts.replaceWith(std::move(fresh));
        qCInfo(lcServer) << "SIGHUP: reloaded" << count << "account(s)";
    };
    std::thread signalWaiter([&app, handledSignals, reloadAccounts] {
        for (;;) {
            int received = 0;
            sigwait(&handledSignals, &received);
            if (received != SIGHUP)
                break;
            QMetaObject::invokeMethod(&app, reloadAccounts, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    signalWaiter.detach();

    const int status = QCoreApplication::exec();
    server.stop();
    serving.join();
    qCInfo(lcServer) << "stopped";
    return status;
}
