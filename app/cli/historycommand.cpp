// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "cli/exitcode.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QCommandLineParser>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A day (YYYY-MM-DD, local time) or an ISO 8601 date and time; invalid when it is neither.
QDateTime parseMoment(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0)).toUTC();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString score(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : u"-"_s;
}

} // namespace

HistoryCommand::HistoryCommand()
    : m_out(stdout)
    , m_err(stderr)
{
}

void HistoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"since"_s, tr("history: records from this day (YYYY-MM-DD) or time (ISO 8601) on."),
         u"DATE"_s},
        {u"until"_s, tr("history: records up to this day (inclusive) or before this time."),
         u"DATE"_s},
        {u"verdict"_s,
         tr("history: only records with this verdict: same, different, attack or "
            "error."),
         u"VERDICT"_s},
        {u"search"_s,
         tr("history: only records whose request_id or case reference contains "
            "this text."),
         u"TEXT"_s},
        {u"csv"_s, tr("history: print the records as CSV.")},
        {u"verify"_s, tr("history: check the hash chain; exit 2 at the first broken link.")},
    });
}

bool HistoryCommand::readFilter(const QCommandLineParser &parser, HistoryFilter &filter)
{
    for (const QString &name : {u"since"_s, u"until"_s}) {
        if (!parser.isSet(name))
            continue;
        const QDateTime moment = parseMoment(parser.value(name), name == u"until"_s);
        if (!moment.isValid()) {
            m_err << tr("--%1 \"%2\" is not a date (YYYY-MM-DD) or an ISO 8601 time.")
                         .arg(name, parser.value(name))
                  << '\n';
            return false;
        }
        (name == u"since"_s ? filter.sinceUtc : filter.untilUtc) = moment;
    }
    if (parser.isSet(u"verdict"_s)) {
        static const QList<std::pair<QString, QString>> verdicts = {
            {u"same"_s, u"same_person"_s},
            {u"different"_s, u"not_same_person"_s},
            {u"attack"_s, u"possible_attack"_s},
            {u"error"_s, u"error"_s}};
        const QString given = parser.value(u"verdict"_s).trimmed().toLower();
        for (const auto &[name, stored] : verdicts)
            if (given == name)
                filter.verdict = stored;
        if (filter.verdict.isEmpty()) {
            m_err << tr("--verdict \"%1\" is not one of same, different, attack, error.")
                         .arg(parser.value(u"verdict"_s))
                  << '\n';
            return false;
        }
    }
    filter.operatorName = parser.value(u"operator"_s).trimmed();
    filter.text = parser.value(u"search"_s).trimmed();
    return true;
}

int HistoryCommand::run(const QCommandLineParser &parser)
{
    HistoryFilter filter;
    if (!readFilter(parser, filter))
        return ExitUsageOrLocalError;
    if (parser.isSet(u"csv"_s) && parser.isSet(u"json"_s)) {
        m_err << tr("--csv and --json cannot be used together.") << '\n';
        return ExitUsageOrLocalError;
    }

    HistoryStore store;
    store.setRetentionDays(AppSettings().historyRetentionDays());
    const HistoryError opened = store.open();
    if (!opened.ok()) {
        m_err << tr("Error: %1").arg(opened.message) << '\n';
        if (opened.code != HistoryError::Code::MovedAside)
            return ExitUsageOrLocalError;
    }

    if (parser.isSet(u"verify"_s)) {
        const HistoryResult<ChainBreak> chain = store.verifyChain();
        if (!chain.ok()) {
            m_err << tr("Error: %1").arg(chain.error.message) << '\n';
            return ExitUsageOrLocalError;
        }
        if (chain.value.broken()) {
            m_out << tr("The history's hash chain is broken: %1").arg(chain.value.reason)
                  << Qt::endl;
            return ExitApiError;
        }
        m_out << tr("The history's hash chain is intact; records checked: %1.")
                     .arg(store.count().value)
              << Qt::endl;
        return ExitSamePerson;
    }

    const HistoryResult<QList<HistoryEntry>> found = store.entries(filter, -1, 0);
    if (!found.ok()) {
        m_err << tr("Error: %1").arg(found.error.message) << '\n';
        return ExitUsageOrLocalError;
    }
    if (parser.isSet(u"csv"_s) || parser.isSet(u"json"_s)) {
        const QByteArray bytes = parser.isSet(u"csv"_s) ? HistoryStore::csv(found.value)
                                                        : HistoryStore::json(found.value);
        m_out.flush();
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return ExitSamePerson;
    }
    // Newest first, one line each, in the local time zone.
    for (const HistoryEntry &e : found.value)
        m_out << e.timeUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s) << u"  "_s
              << e.verdict << u"  "_s << score(e.verifyScore) << u' ' << score(e.hackScore)
              << u"  "_s << e.status << u"  "_s << e.operatorName << u"  "_s
              << (e.caseRef.isEmpty() ? u"-"_s : e.caseRef) << u"  "_s << e.requestId << '\n';
    m_out << tr("Records: %1.").arg(found.value.size()) << Qt::endl;
    return ExitSamePerson;
}
