// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a history database with synthetic verifications through HistoryStore::record() and
// times the insert, the newest page, filtered queries, the chain walk and a purge.
#include "store/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const char *const Verdicts[] = {"same_person", "not_same_person", "possible_attack", "error"};

HistoryEntry synthetic(int i, const QDateTime &start)
{
    HistoryEntry e;
    e.timeUtc = start.addSecs(qint64(i) * 60);
    e.operatorName = i % 3 == 0 ? u"alice"_s : u"bob"_s;
    e.endpoint = u"http://127.0.0.1:8080"_s;
    e.apiId = u"bench"_s;
    e.requestId = u"TID%1"_s.arg(i, 12, 10, QChar(u'0'));
    e.caseRef = u"CASE-%1"_s.arg(i % 5000);
    e.verdict = QString::fromLatin1(Verdicts[i % 4]);
    e.status = i % 4 == 3 ? u"UNAUTHORIZED"_s : u"OK"_s;
    e.httpStatus = i % 4 == 3 ? 401 : 200;
    if (i % 4 != 3) {
        e.verifyScore = (i % 1000) / 1000.0;
        e.hackScore = (i % 97) / 97.0;
        e.falseAcceptRate = 1e-4;
    }
    e.selfie = {HistoryInput::Kind::Id, u"img-%1"_s.arg(i), {}, {}};
    e.liveness = {HistoryInput::Kind::Id, u"live-%1"_s.arg(i), {}, {}};
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir dir(args.size() > 2 ? args.at(2) + u"/history-bench-XXXXXX"_s
                                      : QDir::tempPath() + u"/history-bench-XXXXXX"_s);
    QTextStream out(stdout);
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    if (const HistoryError opened = store.open(); !opened.ok()) {
        out << opened.message << Qt::endl;
        return 1;
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-qint64(rows) * 60);
    const auto ms = [](const QElapsedTimer &t) {
        return double(t.nsecsElapsed()) / 1e6;
    };

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rows; ++i)
        if (!store.record(synthetic(i, start)).ok())
            return 1;
    const double insertMs = ms(timer);
    out << "rows " << rows << Qt::endl;
    out << "insert_total_ms " << insertMs << Qt::endl;
    out << "insert_per_record_ms " << insertMs / rows << Qt::endl;

    const auto timed = [&](const char *name, auto &&call) {
        QElapsedTimer t;
        t.start();
        const qsizetype n = call();
        out << name << "_ms " << ms(t) << " (" << n << " rows)" << Qt::endl;
    };
    timed("count_all", [&] { return qsizetype(store.count().value); });
    timed("newest_page_100", [&] { return store.entries(100, 0).value.size(); });
    timed("page_100_at_offset_50000", [&] { return store.entries(100, 50000).value.size(); });
    HistoryFilter verdict;
    verdict.verdict = u"possible_attack"_s;
    timed("filter_verdict_count", [&] { return qsizetype(store.count(verdict).value); });
    timed("filter_verdict_page_100", [&] { return store.entries(verdict, 100, 0).value.size(); });
    HistoryFilter text;
    text.text = u"case-4242"_s;
    timed("filter_text_all", [&] { return store.entries(text, -1, 0).value.size(); });
    HistoryFilter range;
    range.sinceUtc = start.addDays(10);
    range.untilUtc = start.addDays(11);
    range.operatorName = u"ALICE"_s;
    timed("filter_day_operator_all", [&] { return store.entries(range, -1, 0).value.size(); });
    timed("verify_chain", [&] { return qsizetype(store.verifyChain().value.broken() ? 0 : rows); });
    timed("purge_oldest_10pct",
          [&] { return qsizetype(store.purgeBefore(start.addSecs(qint64(rows) * 6)).value); });
    return 0;
}
