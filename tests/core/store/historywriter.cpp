// SPDX-License-Identifier: GPL-3.0-or-later
// Records verifications in a loop until killed, printing each committed id: the child that
// tst_historystore kills with SIGKILL in the middle of a write.
#include "store/historystore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    HistoryStore store(args.at(1));
    const int count = args.at(2).toInt();
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry;
        entry.operatorName = u"writer"_s;
        entry.endpoint = u"http://127.0.0.1:8080"_s;
        entry.requestId = u"loop-%1"_s.arg(i);
        entry.verifyScore = 0.5 + i % 50 / 100.0;
        entry.hackScore = 0.01;
        entry.verdict = u"same_person"_s;
        entry.status = u"OK"_s;
        entry.httpStatus = 200;
        entry.selfie = {HistoryInput::Kind::Id, u"img-%1"_s.arg(i), {}, {}};
        entry.liveness = {HistoryInput::Kind::Id, u"live-%1"_s.arg(i), {}, {}};
        const HistoryResult<qint64> recorded = store.record(entry);
        if (recorded.value == 0)
            return 1;
        // Printed only after record() returned: the commit is on the disk.
        out << recorded.value << Qt::endl;
    }
    return 0;
}
