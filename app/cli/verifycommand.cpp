// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifycommand.h"

#include "api/errorcatalog.h"
#include "api/responseparser.h"
#include "api/thresholdtable.h"
#include "api/untrustedtext.h"
#include "api/verificationclient.h"
#include "cli/cliaccount.h"
#include "cli/clisecret.h"
#include "cli/exitcode.h"
#include "contract/apicontract.h"
#include "liveness/livenessinspector.h"
#include "logging.h"
#include "media/selfiecheck.h"
#include "services/appconnection.h"
#include "services/verificationrecord.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/keptcopykey.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString score(double value)
{
    return QString::number(value, 'f', 4);
}

// The table's rates are powers of ten: "1e-4", as the vendor's page writes them.
QString rate(double value)
{
    return u"1e%1"_s.arg(std::lround(std::log10(value)));
}

} // namespace

VerifyCommand::VerifyCommand(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

VerifyCommand::~VerifyCommand() = default;

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"endpoint"_s,
         tr("Base URL of the API, e.g. https://cloudapi.linkface.cn (default: the one set up in "
            "the desktop app)."),
         u"URL"_s},
        {u"selfie"_s, tr("Selfie image file to upload (selfie_file)."), u"FILE"_s},
        {u"selfie-url"_s, tr("Selfie URL the server downloads (selfie_url)."), u"URL"_s},
        {u"selfie-id"_s, tr("image_id of a selfie stored earlier (selfie_image_id)."), u"ID"_s},
        {u"liveness"_s, tr("Liveness data file of the SDK to upload (liveness_data_file)."),
         u"FILE"_s},
        {u"liveness-url"_s, tr("Liveness data URL the server downloads (liveness_data_url)."),
         u"URL"_s},
        {u"liveness-id"_s, tr("liveness_data_id of liveness data stored earlier."), u"ID"_s},
        {u"auto-rotate"_s, tr("Let the server turn a sideways face upright "
                              "(selfie_auto_rotate=true).")},
        {u"api-id"_s, tr("The account's api_id (default: the one set up in the desktop app)."),
         u"ID"_s},
        {u"timeout"_s,
         tr("End each attempt after at most this many seconds, 1 to 3600 (default: the desktop "
            "app's overall timeout, and its transfer timeout for a stall)."),
         u"SECONDS"_s},
        {u"force"_s, tr("Send inputs that break a rule of the API anyway (a selfie the API "
                        "refuses, liveness data that is not protobuf).")},
        {u"operator"_s,
         tr("verify: the operator recorded with the verification (default: the "
            "setting, else the OS user's full name); history: only this "
            "operator's records."),
         u"NAME"_s},
        {u"case-ref"_s,
         tr("The case reference (customer file or ticket number) recorded with "
            "the verification."),
         u"REF"_s},
        {u"json"_s, tr("Print the API's JSON answer instead of a summary.")},
        {u"verbose"_s, tr("Also log each request on stderr (the secret is never logged).")},
    });
}

void VerifyCommand::start(const QCommandLineParser &parser)
{
    if (!readOptions(parser))
        return;
    CliSecret::read(
        this, m_request.baseUrl, m_request.apiId,
        [this](const QString &secret) {
            m_request.apiSecret = secret;
            send();
        },
        [this](const QString &message) { fail(ExitUsageOrLocalError, message); });
}

bool VerifyCommand::readOptions(const QCommandLineParser &parser)
{
    m_json = parser.isSet(u"json"_s);
    // The client's request log is for troubleshooting; a script reads the answer only.
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"verifydesk.*.info=false"_s);
    {
        const AppSettings settings;
        m_thresholds = {settings.verifyThreshold(), settings.hackThreshold()};
    }
    m_request.autoRotate = parser.isSet(u"auto-rotate"_s);
    m_force = parser.isSet(u"force"_s);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        m_timeoutSeconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || m_timeoutSeconds < 1 || m_timeoutSeconds > 3600) {
            fail(ExitUsageOrLocalError,
                 tr("--timeout \"%1\" is not a number of seconds from 1 to 3600.")
                     .arg(parser.value(u"timeout"_s)));
            return false;
        }
    }
    m_operatorName = parser.value(u"operator"_s).trimmed();
    if (m_operatorName.isEmpty())
        m_operatorName = AppSettings().operatorName();
    m_caseRef = parser.value(u"case-ref"_s).trimmed();

    if (const QString problem = CliAccount::read(parser, &m_request); !problem.isEmpty()) {
        fail(ExitUsageOrLocalError, problem);
        return false;
    }

    struct Choice
    {
        const char *option;
        InputSource::Kind kind;
    };
    const auto pick = [&parser](std::initializer_list<Choice> choices, InputSource *source) {
        int given = 0;
        for (const Choice &choice : choices) {
            const QString name = QLatin1String(choice.option);
            if (parser.isSet(name)) {
                ++given;
                *source = {choice.kind, parser.value(name)};
            }
        }
        return given;
    };
    const int selfies = pick({{"selfie", InputSource::Kind::File},
                              {"selfie-url", InputSource::Kind::Url},
                              {"selfie-id", InputSource::Kind::Id}},
                             &m_request.selfie);
    if (selfies != 1) {
        fail(ExitUsageOrLocalError,
             tr("Give exactly one selfie: --selfie FILE, --selfie-url URL or --selfie-id ID."));
        return false;
    }
    const int livenesses = pick({{"liveness", InputSource::Kind::File},
                                 {"liveness-url", InputSource::Kind::Url},
                                 {"liveness-id", InputSource::Kind::Id}},
                                &m_request.liveness);
    if (livenesses != 1) {
        fail(ExitUsageOrLocalError,
             tr("Give exactly one liveness input: --liveness FILE, --liveness-url URL or "
                "--liveness-id ID."));
        return false;
    }
    // The history names the files so that they can be found again from any folder.
    for (InputSource *source : {&m_request.selfie, &m_request.liveness}) {
        if (source->kind == InputSource::Kind::File && !source->value.isEmpty())
            source->value = QFileInfo(source->value).absoluteFilePath();
    }
    return true;
}

void VerifyCommand::send()
{
    if (const std::optional<ApiError> problem = m_request.validate()) {
        const ErrorExplanation text =
            ErrorCatalog::explain(*problem, ErrorCatalog::Audience::CommandLine);
        fail(ExitUsageOrLocalError, tr("%1: %2").arg(text.title, text.explanation));
        return;
    }
    // The server judges; these are the same checks the window makes before sending.
    const QStringList problems = inputProblems();
    if (!problems.isEmpty() && !m_force) {
        for (const QString &problem : problems)
            m_err << tr("Not sent: %1").arg(problem) << '\n';
        fail(ExitUsageOrLocalError, tr("Give --force to send these inputs anyway."));
        return;
    }
    for (const QString &problem : problems)
        m_err << tr("Warning (sent because of --force): %1").arg(problem) << '\n';
    m_err.flush();
    m_client = new VerificationClient(this);
    AppConnection::configure(m_client, AppSettings());
    if (m_timeoutSeconds > 0) {
        ClientSettings settings = m_client->settings();
        // The whole attempt ends by then; a stall is then no longer than that either.
        settings.overallTimeoutMs = m_timeoutSeconds * 1000;
        settings.transferTimeoutMs = std::min(settings.transferTimeoutMs, m_timeoutSeconds * 1000);
        m_client->setSettings(settings);
    }
    m_job = m_client->verify(m_request);
    connect(m_job, &VerificationJob::retrying, this,
            [this](int attempt, int delayMs, const ApiError &cause) {
                m_err << tr("%1; retrying in %2 s (attempt %3 of %4).")
                             .arg(ErrorCatalog::explain(cause, ErrorCatalog::Audience::CommandLine)
                                      .title)
                             .arg(QString::number(delayMs / 1000.0, 'f', 1))
                             .arg(attempt)
                             .arg(m_client->settings().maxRetries + 1)
                      << Qt::endl;
            });
    connect(m_job, &VerificationJob::finished, this, &VerifyCommand::onFinished);
}

QStringList VerifyCommand::inputProblems() const
{
    QStringList problems;
    if (m_request.selfie.kind == InputSource::Kind::File) {
        const SelfieReport report = SelfieCheck::inspect(m_request.selfie.value);
        for (const SelfieIssue &issue : report.issues)
            problems << tr("the selfie breaks a rule of the API: %1").arg(issue.message);
    }
    if (m_request.liveness.kind == InputSource::Kind::File) {
        const LivenessReport report = LivenessInspector::inspect(m_request.liveness.value);
        if (!report.wellFormed)
            problems
                << tr("the liveness data is not well-formed protobuf (%1).").arg(report.summary());
    }
    return problems;
}

void VerifyCommand::recordWithKeptCopies()
{
    if (!AppSettings().keepImages()) {
        record({});
        report();
        return;
    }
    // Kept copies are encrypted with the desktop app's key from the keyring, or not kept.
    auto *key = new KeptCopyKey(new CredentialStore(this), this);
    connect(key, &KeptCopyKey::finished, this, [this, key](bool available) {
        if (!available)
            m_err << tr("Warning: %1").arg(key->problem()) << '\n';
        record(key->key());
        report();
    });
    key->fetch();
}

void VerifyCommand::record(const QByteArray &copyKey)
{
    const AppSettings settings;
    HistoryStore history;
    history.setKeepInputs(settings.keepImages());
    if (const HistoryError encrypted = history.setCopyKey(copyKey); !encrypted.ok())
        m_err << tr("Warning: %1").arg(encrypted.message) << '\n';
    history.setRetentionDays(settings.historyRetentionDays());
    HistoryEntry entry = VerificationRecord::entryFor(*m_job, m_thresholds);
    entry.operatorName = m_operatorName;
    entry.caseRef = m_caseRef;
    const HistoryResult<qint64> recorded = history.record(entry);
    if (!recorded.ok())
        m_err << tr("Warning: %1").arg(recorded.error.message) << '\n';
}

void VerifyCommand::onFinished()
{
    recordWithKeptCopies();
}

void VerifyCommand::report()
{
    if (m_job->succeeded()) {
        const VerificationResult result = m_job->result();
        const Verdict verdict = Verdict::decide(result, m_thresholds);
        printResult(result);
        emit done(verdict.overall == Verdict::Overall::SamePerson ? ExitSamePerson
                                                                  : ExitNotSamePersonOrAttack);
    } else {
        const ApiError error = m_job->error();
        printError(error);
        emit done(error.kind == ApiError::Kind::Local ? ExitUsageOrLocalError : ExitApiError);
    }
}

void VerifyCommand::printResult(const VerificationResult &result)
{
    if (m_json) {
        // The same JSON, with any character that could steer the terminal as a \u escape.
        m_out << UntrustedText::escapedJson(result.rawJson).trimmed() << Qt::endl;
        printWarnings(result);
        return;
    }
    const Verdict verdict = Verdict::decide(result, m_thresholds);
    const QList<ThresholdTable::Row> &rows = ThresholdTable::rows();

    QString headline;
    switch (verdict.overall) {
    case Verdict::Overall::SamePerson:
        headline = tr("SAME PERSON");
        break;
    case Verdict::Overall::NotSamePerson:
        headline = tr("NOT THE SAME PERSON");
        break;
    case Verdict::Overall::PossibleAttack:
        headline = tr("POSSIBLE ATTACK");
        break;
    }
    m_out << headline << '\n';

    const QString reached =
        verdict.rowReached
            ? tr("reaches the %1 row (false-accept rate %2)")
                  .arg(QString::number(rows.at(*verdict.rowReached).threshold, 'f', 1),
                       rate(rows.at(*verdict.rowReached).falseAcceptRate))
            : tr("below the lowest row of the table (0.4)");
    m_out << tr("verify_score %1: %2.").arg(score(result.verifyScore), reached) << '\n';
    QString decisionRate;
    if (verdict.decisionFalseAcceptRate)
        decisionRate = (verdict.decisionThresholdExact ? tr(", false-accept rate %1")
                                                       : tr(", false-accept rate at most %1"))
                           .arg(rate(*verdict.decisionFalseAcceptRate));
    m_out << tr("Identity: %1 (decision threshold %2%3).")
                 .arg(verdict.identity == Verdict::Identity::SamePerson ? tr("same person")
                                                                        : tr("not the same person"),
                      QString::number(m_thresholds.verify, 'g', 3), decisionRate)
          << '\n';
    if (verdict.liveness == Verdict::Liveness::CannotTell) {
        m_out << tr("Liveness: cannot tell (hack_score %1: the server could not judge the "
                    "capture, so it is not taken as live).")
                     .arg(score(result.hackScore))
              << '\n';
    } else {
        m_out << tr("Liveness: %1 (hack_score %2, attack above %3; this threshold is not from the "
                    "API page but from the vendor's web demo).")
                     .arg(verdict.liveness == Verdict::Liveness::Live ? tr("live")
                                                                      : tr("possible attack"),
                          score(result.hackScore), QString::number(m_thresholds.hack, 'g', 3))
              << '\n';
    }
    m_out << u"request_id: "_s << result.requestId << '\n';
    if (!result.imageId.isEmpty())
        m_out << u"image_id: "_s << result.imageId << '\n';
    if (!result.livenessDataId.isEmpty())
        m_out << u"liveness_data_id: "_s << result.livenessDataId << '\n';
    m_out.flush();
    printWarnings(result);
}

void VerifyCommand::printWarnings(const VerificationResult &result)
{
    for (const QString &warning : ResponseParser::warningsFor(result))
        m_err << tr("Warning: %1").arg(warning) << '\n';
    m_err.flush();
}

void VerifyCommand::printError(const ApiError &error)
{
    const ErrorExplanation text = ErrorCatalog::explain(error, ErrorCatalog::Audience::CommandLine);
    if (m_json) {
        QJsonObject object{{u"status"_s, error.code},
                           {u"http_status"_s, error.httpStatus},
                           {u"title"_s, text.title},
                           {u"explanation"_s, text.explanation},
                           {u"action"_s, text.action}};
        if (!error.requestId.isEmpty())
            object.insert(u"request_id"_s, error.requestId);
        if (!error.image.isEmpty())
            object.insert(u"image"_s, error.image);
        if (!error.reason.isEmpty())
            object.insert(u"reason"_s, error.reason);
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
              << Qt::endl;
    }
    m_err << tr("Error: %1").arg(text.title) << '\n' << text.explanation << '\n';
    if (!text.action.isEmpty())
        m_err << tr("What to do: %1").arg(text.action) << '\n';
    if (!error.image.isEmpty())
        m_err << tr("Failed input: %1").arg(error.image) << '\n';
    m_err << tr("Code: %1").arg(error.code) << '\n';
    if (error.httpStatus != 0)
        m_err << tr("HTTP status: %1").arg(error.httpStatus) << '\n';
    if (!error.detail.isEmpty())
        m_err << tr("Details: %1").arg(error.detail) << '\n';
    if (!error.requestId.isEmpty())
        m_err << u"request_id: "_s << error.requestId << '\n';
    m_err.flush();
}

void VerifyCommand::fail(int exitCode, const QString &message)
{
    m_err << message << '\n'
          << QCoreApplication::translate("CommandLine", "Run verifydesk --help for the usage.")
          << '\n';
    m_err.flush();
    // done() must reach the event loop that start() is about to enter.
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}
