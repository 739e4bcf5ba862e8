// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

BatchResult pairAt(qint64 index)
{
    BatchResult pair;
    pair.pairIndex = index;
    pair.selfie = u"%1.jpg"_s.arg(index);
    pair.liveness = u"%1.protobuf"_s.arg(index);
    pair.expected = BatchExpectation::Same;
    pair.device = u"Pixel 8"_s;
    return pair;
}

} // namespace

// The batch database: pairs, attempts in flight and answers, and what a resume finds.
class TestBatchStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void pathsNextToTheManifest()
    {
        QCOMPARE(BatchStore::pathFor(u"/data/run/pairs.csv"_s),
                 u"/data/run/pairs.csv.batch.sqlite"_s);
        QCOMPARE(BatchStore::pathFor(u"/data/run/pairs/"_s), u"/data/run/pairs.batch.sqlite"_s);
        QVERIFY(BatchStore::dataFolderPathFor(u"/data/run/pairs.csv"_s)
                    .endsWith(u"/batches/pairs.csv.batch.sqlite"_s));
    }

    void createsAPrivateWalDatabase()
    {
        BatchStore store;
        const QString path = m_dir.filePath(u"private/a.batch.sqlite"_s);
        QVERIFY(!store.open(path));
        QVERIFY(store.isOpen());
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(m_dir.filePath(u"private"_s)).permissions() & 0x0077,
                 QFileDevice::Permissions());
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    }

    void existingOpenFolderIsWarnedNotChanged()
    {
        // The manifest's folder is the user's: left as it is, with a warning; the file is 0600.
        const QString folder = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(folder));
        const QFileDevice::Permissions shared =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
            QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup |
            QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(folder, shared));
        BatchStore store;
        const QString path = folder + u"/pairs.csv.batch.sqlite"_s;
        QVERIFY(!store.open(path));
        QCOMPARE(QFileInfo(folder).permissions(), shared);
        QVERIFY2(store.folderWarning().contains(folder), qPrintable(store.folderWarning()));
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        store.close();
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        BatchStore again;
        QVERIFY(!again.open(path));
        QVERIFY(again.folderWarning().isEmpty());
    }

    void dataFolderBatchesArePrivate()
    {
        // A desktop's umask, and the app's data folder as an older version left it (0755): the
        // batches folder is made 0700, the data folder too, and every database file is 0600.
        QStandardPaths::setTestModeEnabled(true);
        const mode_t previous = umask(022);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(data).removeRecursively();
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFileInfo(data).permissions() & QFile::ReadOther);
        const QString path = BatchStore::dataFolderPathFor(m_dir.filePath(u"pairs.csv"_s));
        {
            BatchStore store;
            QVERIFY(!store.open(path));
            QVERIFY(!store.beginImport());
            QVERIFY(!store.addPair(pairAt(1)));
            QVERIFY(!store.commitImport());
            QVERIFY(store.folderWarning().isEmpty());
            for (const QString &folder : QStringList{data, data + u"/batches"_s})
                QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
                QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
                QCOMPARE(QFileInfo(path + suffix).permissions() & 0x0077,
                         QFileDevice::Permissions());
            }
        }
        umask(previous);
        QDir(data).removeRecursively();
        QStandardPaths::setTestModeEnabled(false);
    }

    void answersEachPairOnceAcrossAResume()
    {
        const QString path = m_dir.filePath(u"b.batch.sqlite"_s);
        {
            BatchStore store;
            QVERIFY(!store.open(path));
            QVERIFY(!store.beginImport());
            for (qint64 i = 1; i <= 5; ++i)
                QVERIFY(!store.addPair(pairAt(i)));
            QVERIFY(!store.addRejected(pairAt(6), u"a duplicate"_s));
            QVERIFY(!store.commitImport());
            QCOMPARE(store.pairCount(), 6);
            QCOMPARE(store.pendingCount(), 5);

            const QList<BatchResult> first = store.nextPending(-1, 3);
            QCOMPARE(first.size(), 3);
            QCOMPARE(first.first().device, u"Pixel 8"_s);
            const qint64 one = store.beginAttempt(1, u"x-1"_s);
            const qint64 two = store.beginAttempt(2, u"x-2"_s);
            QVERIFY(one > 0 && two > 0);
            // In flight: not handed out again.
            QCOMPARE(store.nextPending(-1, 10).size(), 3);
            BatchResult answer = pairAt(1);
            answer.status = u"OK"_s;
            answer.httpStatus = 200;
            answer.verifyScore = 0.91;
            answer.hackScore = 0.02;
            answer.requestId = u"TID1"_s;
            QVERIFY(!store.completeAttempt(one, answer));
            // A second answer for the same pair never replaces the first.
            const qint64 again = store.beginAttempt(1, u"x-1b"_s);
            answer.status = u"NO_FACE_DETECTED"_s;
            QVERIFY(!store.completeAttempt(again, answer));
            QCOMPARE(store.pair(1)->status, u"OK"_s);
            // Pair 2 stays in flight: the process is "killed" here.
        }
        BatchStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.answeredCount(), 1);
        QCOMPARE(store.recoverInFlight(), 1);
        const QList<BatchResult> pending = store.nextPending(-1, 10);
        QCOMPARE(pending.size(), 4); // 2 (re-sent once), 3, 4, 5
        QCOMPARE(pending.first().pairIndex, 2);
        const QList<BatchAttempt> attempts = store.attempts(2);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().state, BatchAttempt::State::Interrupted);
        QCOMPARE(attempts.first().requestId, u"x-2"_s);
        const auto one = store.pair(1);
        QVERIFY(one);
        QCOMPARE(*one->verifyScore, 0.91);
        QCOMPARE(one->attempts, 1); // counted when the answer was recorded
        QVERIFY(!store.pair(3)->verifyScore);
        QCOMPARE(store.rejection(6), u"a duplicate"_s);
        // Importing the same manifest again keeps what is there.
        QVERIFY(!store.beginImport());
        QVERIFY(!store.addPair(pairAt(1)));
        QVERIFY(!store.commitImport());
        QCOMPARE(store.pair(1)->status, u"OK"_s);
        qint64 visited = 0;
        store.forEachPair([&visited](const BatchResult &) { return ++visited < 4; });
        QCOMPARE(visited, 4);
    }

    void metaIsKept()
    {
        BatchStore store;
        QVERIFY(!store.open(m_dir.filePath(u"c.batch.sqlite"_s)));
        QVERIFY(!store.setMeta(u"base_dir"_s, u"/data"_s));
        QCOMPARE(store.meta(u"base_dir"_s), u"/data"_s);
        QCOMPARE(store.meta(u"none"_s), QString());
    }

    // A view's pages: the database filters, sorts and counts, and tells where a pair stands.
    void pagesFilterAndSort()
    {
        BatchStore store;
        QVERIFY(!store.open(m_dir.filePath(u"view.batch.sqlite"_s)));
        QVERIFY(!store.beginImport());
        for (qint64 i = 1; i <= 5; ++i)
            QVERIFY(!store.addPair(pairAt(i)));
        QVERIFY(!store.addRejected(pairAt(6), u"a duplicate"_s));
        QVERIFY(!store.commitImport());
        const double scores[] = {0.5, 0.9, 0.7};
        for (qint64 i = 1; i <= 3; ++i) {
            BatchResult answer = pairAt(i);
            answer.status = u"OK"_s;
            answer.verifyScore = scores[i - 1];
            answer.hackScore = 0.01;
            answer.requestId = u"TID-%1"_s.arg(i);
            QVERIFY(!store.completeAttempt(store.beginAttempt(i, u"x"_s), answer));
        }
        BatchResult failed = pairAt(4);
        failed.status = u"NO_FACE_DETECTED"_s;
        QVERIFY(!store.completeAttempt(store.beginAttempt(4, u"y"_s), failed));

        BatchPairQuery query;
        QCOMPARE(store.count(query), 6);
        query.order = BatchPairQuery::Order::VerifyScore;
        query.descending = true;
        QList<qint64> order;
        for (const BatchResult &pair : store.page(query, 0, 10))
            order << pair.pairIndex;
        // Pairs without a score last (NULL sorts lowest), in descending pair order among them.
        QCOMPARE(order, (QList<qint64>{2, 3, 1, 6, 5, 4}));
        QCOMPARE(store.page(query, 1, 2).first().pairIndex, 3);
        QCOMPARE(store.rowOf(1, query), 2);

        query.show = BatchPairQuery::Show::Ok;
        QCOMPARE(store.count(query), 3);
        query.show = BatchPairQuery::Show::Failed;
        QCOMPARE(store.count(query), 1);
        query.show = BatchPairQuery::Show::NotAnswered;
        QCOMPARE(store.count(query), 1);
        QCOMPARE(store.rowOf(1, query), -1);
        query.show = BatchPairQuery::Show::Refused;
        QCOMPARE(store.page(query, 0, 10).first().pairIndex, 6);
        query.show = BatchPairQuery::Show::All;
        query.text = u"tid-2"_s; // any case
        QCOMPARE(store.count(query), 1);
        QCOMPARE(store.rowOf(2, query), 0);
        query.text = u"'; DROP TABLE pairs; --"_s;
        QCOMPARE(store.count(query), 0);
        QCOMPARE(store.pairCount(), 6);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBatchStore)
#include "tst_batchstore.moc"
