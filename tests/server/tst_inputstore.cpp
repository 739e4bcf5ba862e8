// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteinputstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using vd::server::InputKind;
using vd::server::SqliteInputStore;

class TestInputStore : public QObject
{
    Q_OBJECT

private slots:
    void storesAndReadsBack()
    {
        QTemporaryDir dir;
        SqliteInputStore store(dir.path());
        QVERIFY(!store.open());
        QString error;
        const QString id =
            store.put(u"alice"_s, InputKind::Selfie, "jpeg bytes", u"selfie_file"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(id).hasMatch());
        const auto stored = store.get(u"alice"_s, InputKind::Selfie, id);
        QVERIFY(stored.found);
        QCOMPARE(stored.data, QByteArray("jpeg bytes"));
    }

    void idsAreScopedByAccountAndKind()
    {
        QTemporaryDir dir;
        SqliteInputStore store(dir.path());
        QVERIFY(!store.open());
        QString error;
        const QString id =
            store.put(u"alice"_s, InputKind::Liveness, "capture", u"liveness_data_url"_s, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(!store.get(u"bob"_s, InputKind::Liveness, id).found);
        QVERIFY(!store.get(u"alice"_s, InputKind::Selfie, id).found);
        QVERIFY(!store.get(u"alice"_s, InputKind::Liveness, u"' OR 1=1 --"_s).found);
        QVERIFY(store.get(u"bob"_s, InputKind::Liveness, id).error.isEmpty());
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        QString id;
        {
            SqliteInputStore store(dir.path());
            QVERIFY(!store.open());
            QString error;
            id = store.put(u"alice"_s, InputKind::Selfie, "bytes", u"selfie_file"_s, &error);
        }
        SqliteInputStore reopened(dir.path());
        QVERIFY(!reopened.open());
        QVERIFY(reopened.get(u"alice"_s, InputKind::Selfie, id).found);
    }

    void purgeRemovesOldInputs()
    {
        QTemporaryDir dir;
        SqliteInputStore store(dir.path());
        QVERIFY(!store.open());
        QString error;
        const QString id =
            store.put(u"alice"_s, InputKind::Selfie, "bytes", u"selfie_file"_s, &error);
        QCOMPARE(store.purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-1), &error), 0);
        QVERIFY(store.get(u"alice"_s, InputKind::Selfie, id).found);
        QCOMPARE(store.purgeOlderThan(QDateTime::currentDateTimeUtc().addSecs(5), &error), 1);
        QVERIFY(!store.get(u"alice"_s, InputKind::Selfie, id).found);
        QCOMPARE(QDir(dir.path() + u"/inputs"_s).entryList(QDir::Files, QDir::NoSort).size(), 0);
    }

    void concurrentWriters()
    {
        QTemporaryDir dir;
        SqliteInputStore store(dir.path());
        QVERIFY(!store.open());
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 40; ++i) {
            futures.append(QtConcurrent::run(&pool, [&store, i] {
                QString error;
                const QString id = store.put(u"alice"_s, InputKind::Selfie, QByteArray::number(i),
                                             u"selfie_file"_s, &error);
                return error.isEmpty() ? id : error;
            }));
        }
        for (int i = 0; i < futures.size(); ++i) {
            const QString id = futures[i].result();
            const auto stored = store.get(u"alice"_s, InputKind::Selfie, id);
            QVERIFY2(stored.found, qPrintable(id));
            QCOMPARE(stored.data, QByteArray::number(i));
        }
    }

    void unusableFolderIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SqliteInputStore store(blocker.fileName() + u"/data"_s);
        const auto error = store.open();
        QVERIFY(error.has_value());
        QVERIFY(error->contains(u"data"_s));
    }
};

QTEST_GUILESS_MAIN(TestInputStore)
#include "tst_inputstore.moc"
