// verifydesk-server: the verification API served locally (see README.md beside this file).
#include "accountregistry.h"
#include "apiserver.h"
#include "inputstore.h"
#include "logging.h"
#include "scorer.h"
#include "scoringpool.h"
#include "serveroptions.h"
#include "urlfetcher.h"
#include "verificationservice.h"
#include "verifydeskconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace vd::server;

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    // SIGINT and SIGTERM are taken by one thread with sigwait(); block them before any other
    // thread exists so that they inherit the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"verifydesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"_s);

    const OptionsParse parsed = ServerOptionsParser::parse(QCoreApplication::arguments());
    if (!parsed.options) {
        print(parsed.exitCode == 0 ? stdout : stderr, parsed.output);
        return parsed.exitCode;
    }
    const ServerOptions &options = *parsed.options;

    AccountRegistry accounts;
    if (!options.accountsFile.isEmpty()) {
        if (auto error = accounts.loadFile(options.accountsFile)) {
            print(stderr, u"verifydesk-server: "_s + *error + u'\n');
            return 2;
        }
    }
    for (const QString &spec : options.accountSpecs) {
        if (auto error = accounts.addFromSpec(spec)) {
            print(stderr, u"verifydesk-server: "_s + *error + u'\n');
            return 2;
        }
    }
    const QString demoId = u"demo"_s;
    const QString demoSecret = u"demo-secret"_s;
    if (options.demo) {
        if (auto error = accounts.addFromSpec(demoId + u':' + demoSecret)) {
            print(stderr, u"verifydesk-server: "_s + *error + u'\n');
            return 2;
        }
    }

    InputStore store(options.dataDir);
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
    if (auto error = server.bind()) {
        print(stderr, u"verifydesk-server: "_s + *error + u'\n');
        return 1;
    }

    // The demo lines come first: the address line is the last one a starting script waits for.
    if (options.demo) {
        const QStringList samples = QDir(options.demoDir).entryList(QDir::Files, QDir::Name);
        print(stdout, u"demo account: api_id=%1 api_secret=%2\n"_s.arg(demoId, demoSecret));
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
               QString::number(options.queueLength), options.dataDir);

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
    std::thread signalWaiter([&app, stopSignals] {
        int received = 0;
        sigwait(&stopSignals, &received);
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    signalWaiter.detach();

    const int status = QCoreApplication::exec();
    server.stop();
    serving.join();
    qCInfo(lcServer) << "stopped";
    return status;
}
