// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommand.h"

#include "api/untrustedtext.h"
#include "api/verdict.h"
#include "api/verificationclient.h"
#include "batch/batchimporter.h"
#include "batch/batchmanifest.h"
#include "batch/batchreport.h"
#include "batch/batchresultscsv.h"
#include "batch/batchrunner.h"
#include "cli/cliaccount.h"
#include "cli/clisecret.h"
#include "cli/exitcode.h"
#include "contract/apicontract.h"
#include "logging.h"
#include "report/batchreportwriter.h"
#include "services/appconnection.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

BatchCommand::BatchCommand(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

BatchCommand::~BatchCommand() = default;

void BatchCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"concurrency"_s,
         tr("batch: at most this many requests in flight, 1 to 64 (default 4); fewer while the "
            "server says it is overloaded."),
         u"N"_s},
        {u"out"_s, tr("batch: write the results as CSV to this file."), u"FILE"_s},
        {u"report"_s, tr("batch: write the report to this file (.pdf or .json)."), u"FILE"_s},
        {u"resume"_s, tr("batch: continue the batch of this folder or manifest where it stopped; "
                         "no pair that has an answer is sent again.")},
    });
}

void BatchCommand::fail(int exitCode, const QString &message)
{
    m_err << message << '\n';
    if (exitCode == ExitUsageOrLocalError)
        m_err << QCoreApplication::translate("CommandLine", "Run verifydesk --help for the usage.")
              << '\n';
    m_err.flush();
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

void BatchCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!readOptions(parser, arguments) || !openStore() || !importPairs())
        return;
    readSecret();
}

bool BatchCommand::readOptions(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"verifydesk.*.info=false"_s);
    if (arguments.size() != 1) {
        fail(ExitUsageOrLocalError,
             arguments.isEmpty() ? tr("batch needs a folder or a CSV manifest.")
                                 : tr("batch takes one folder or manifest; \"%1\" is one too many.")
                                       .arg(arguments.at(1)));
        return false;
    }
    m_source = arguments.first();
    m_resume = parser.isSet(u"resume"_s);
    m_outPath = parser.value(u"out"_s);
    m_reportPath = parser.value(u"report"_s);
    if (parser.isSet(u"concurrency"_s)) {
        bool ok = false;
        m_concurrency = parser.value(u"concurrency"_s).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > BatchRunner::MaxConcurrency) {
            fail(ExitUsageOrLocalError, tr("--concurrency \"%1\" is not a number from 1 to %2.")
                                            .arg(parser.value(u"concurrency"_s))
                                            .arg(BatchRunner::MaxConcurrency));
            return false;
        }
    }
    if (const QString problem = CliAccount::read(parser, &m_request); !problem.isEmpty()) {
        fail(ExitUsageOrLocalError, problem);
        return false;
    }
    m_request.autoRotate = parser.isSet(u"auto-rotate"_s);
    m_tty = isatty(fileno(stderr)) != 0;
    return true;
}

bool BatchCommand::openStore()
{
    const QFileInfo source(m_source);
    if (!source.exists()) {
        fail(ExitUsageOrLocalError,
             tr("%1 is neither a folder nor a manifest file.").arg(m_source));
        return false;
    }
    // Next to the manifest, unless that folder is read-only: then in the app's data folder.
    const QString path = BatchStore::writablePathFor(m_source);
    const bool exists = QFileInfo::exists(path);
    if (exists && !m_resume) {
        fail(ExitUsageOrLocalError,
             tr("A batch of %1 already exists (%2): give --resume to continue it, or delete the "
                "file to start again.")
                 .arg(m_source, path));
        return false;
    }
    if (const auto error = m_store.open(path)) {
        fail(ExitUsageOrLocalError, error->message);
        return false;
    }
    if (exists) {
        const qint64 interrupted = m_store.recoverInFlight();
        m_err << tr("Resuming %1: %2 of %3 pairs already answered; %4 were in flight and are "
                    "sent again.")
                     .arg(path)
                     .arg(m_store.answeredCount())
                     .arg(m_store.pairCount())
                     .arg(interrupted)
              << '\n';
    } else if (m_resume) {
        m_err << tr("No batch of %1 to resume; starting one.").arg(m_source) << '\n';
    }
    m_store.setMeta(u"source"_s, QFileInfo(m_source).absoluteFilePath());
    m_store.setMeta(u"endpoint"_s, m_request.baseUrl.toString());
    m_store.setMeta(u"api_id"_s, m_request.apiId);
    return true;
}

bool BatchCommand::importPairs()
{
    BatchImporter importer;
    const auto error = importer.import(
        m_source, &m_store, [this](qint64, const QString &where, const QString &problem) {
            m_err << tr("%1: %2").arg(where, problem) << '\n';
        });
    if (error) {
        fail(ExitUsageOrLocalError, error->message);
        return false;
    }
    m_baseDir = importer.baseDir();
    m_rejected = importer.rejected();
    if (m_rejected > 0)
        m_err << tr("Pairs with a problem, not sent: %1; the others are sent.").arg(m_rejected)
              << '\n';
    m_err.flush();
    return true;
}

void BatchCommand::readSecret()
{
    CliSecret::read(
        this, m_request.baseUrl, m_request.apiId,
        [this](const QString &secret) {
            m_request.apiSecret = secret;
            run();
        },
        [this](const QString &message) { fail(ExitUsageOrLocalError, message); });
}

void BatchCommand::run()
{
    m_client = new VerificationClient(this);
    AppConnection::configure(m_client, AppSettings());
    m_runner = new BatchRunner(&m_store, m_client, this);
    m_runner->setRequestTemplate(m_request);
    m_runner->setBaseDir(m_baseDir);
    m_runner->setConcurrency(m_concurrency);
    connect(m_runner, &BatchRunner::progressChanged, this, &BatchCommand::onProgress);
    connect(m_runner, &BatchRunner::storeFailed, this,
            [this](const QString &message) { m_storeFailure = message; });
    connect(m_runner, &BatchRunner::finished, this, &BatchCommand::onFinished);
    m_startedUtc = QDateTime::currentDateTimeUtc();
    m_runner->start();
}

void BatchCommand::onProgress(const BatchProgress &progress)
{
    const int percent = progress.total > 0 ? int(progress.done * 100 / progress.total) : 100;
    const QString rate = QString::number(progress.pairsPerSecond, 'f', 1);
    const QString eta = progress.etaMs >= 0 ? BatchProgress::clock(progress.etaMs) : u"?"_s;
    if (m_tty) {
        constexpr int Width = 30;
        const int filled = int(qint64(Width) * percent / 100);
        m_err << '\r' << '[' << QString(filled, u'#') << QString(Width - filled, u'-') << "] "
              << tr("%1% %2/%3  %4 pairs/s  elapsed %5  left %6  concurrency %7")
                     .arg(percent)
                     .arg(progress.done)
                     .arg(progress.total)
                     .arg(rate, BatchProgress::clock(progress.elapsedMs), eta)
                     .arg(progress.concurrency)
              << "   ";
        m_err.flush();
        return;
    }
    const int step = percent / 5 * 5;
    if (step <= m_lastPercentPrinted)
        return;
    m_lastPercentPrinted = step;
    m_err << tr("%1% (%2 of %3 pairs), %4 pairs/s, elapsed %5, left %6, concurrency %7")
                 .arg(step)
                 .arg(progress.done)
                 .arg(progress.total)
                 .arg(rate, BatchProgress::clock(progress.elapsedMs), eta)
                 .arg(progress.concurrency)
          << '\n';
    m_err.flush();
}

bool BatchCommand::writeCsv(QString *error) const
{
    *error = BatchResultsCsv::write(
        m_store, Thresholds{AppSettings().verifyThreshold(), AppSettings().hackThreshold()},
        m_outPath);
    return error->isEmpty();
}

void BatchCommand::printSummary()
{
    const Thresholds thresholds{AppSettings().verifyThreshold(), AppSettings().hackThreshold()};
    QMap<QString, qint64> statuses;
    QMap<QString, qint64> verdicts;
    qint64 expectedKnown = 0;
    qint64 expectedMet = 0;
    qint64 unanswered = 0;
    m_store.forEachPair([&](const BatchResult &r) {
        if (!r.answered()) {
            ++unanswered;
            return true;
        }
        ++statuses[r.status];
        const QString verdict = BatchResultsCsv::verdictName(r, thresholds);
        if (!verdict.isEmpty()) {
            ++verdicts[verdict];
            if (r.expected != BatchExpectation::Unknown) {
                ++expectedKnown;
                if (verdict == BatchManifest::expectationName(r.expected))
                    ++expectedMet;
            }
        }
        return true;
    });
    m_out << tr("Batch %1: %2 pairs, %3 answered, %4 not answered (%5 with a problem).")
                 .arg(m_source)
                 .arg(m_store.pairCount())
                 .arg(m_store.answeredCount())
                 .arg(unanswered)
                 .arg(m_rejected)
          << '\n';
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        m_out << tr("  status %1: %2").arg(UntrustedText::sanitized(it.key())).arg(it.value())
              << '\n';
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
        m_out << tr("  verdict %1: %2").arg(it.key()).arg(it.value()) << '\n';
    if (expectedKnown > 0)
        m_out << tr("  as expected: %1 of %2 answered pairs with an expected outcome")
                     .arg(expectedMet)
                     .arg(expectedKnown)
              << '\n';
    m_out.flush();
}

bool BatchCommand::writeReport(QString *error) const
{
    const BatchReport report = BatchReport::read(
        m_store, Thresholds{AppSettings().verifyThreshold(), AppSettings().hackThreshold()});
    if (m_reportPath.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        const BatchReportWriter::Run run{m_store.meta(u"endpoint"_s), m_startedUtc,
                                         m_startedUtc.msecsTo(QDateTime::currentDateTimeUtc())};
        const PdfDocument::Error written = BatchReportWriter::write(report, run, {}, m_reportPath);
        if (!written.ok())
            *error = written.message;
        return written.ok();
    }
    QSaveFile file(m_reportPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void BatchCommand::onFinished()
{
    if (m_tty)
        m_err << '\n';
    m_err.flush();
    if (!m_storeFailure.isEmpty()) {
        m_err << tr("The batch stopped: its database cannot be written (%1). Resume it with "
                    "--resume once the disk is fixed.")
                     .arg(m_storeFailure)
              << '\n';
        m_err.flush();
    }
    printSummary();
    if (!m_outPath.isEmpty()) {
        QString error;
        if (!writeCsv(&error)) {
            fail(ExitUsageOrLocalError,
                 tr("The results cannot be written to %1: %2").arg(m_outPath, error));
            return;
        }
        m_err << tr("Results written to %1.").arg(m_outPath) << '\n';
    }
    if (!m_reportPath.isEmpty()) {
        QString error;
        if (!writeReport(&error)) {
            fail(ExitUsageOrLocalError,
                 tr("The report cannot be written to %1: %2").arg(m_reportPath, error));
            return;
        }
        m_err << tr("Report written to %1.").arg(m_reportPath) << '\n';
    }
    m_err.flush();
    const bool complete = m_store.answeredCount() == m_store.pairCount();
    const int code = complete ? int(ExitBatchComplete) : int(ExitBatchIncomplete);
    QTimer::singleShot(0, this, [this, code] { emit done(code); });
}
