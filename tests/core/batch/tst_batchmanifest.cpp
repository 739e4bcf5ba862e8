// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchmanifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void touch(const QString &path, const QByteArray &data = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

// Reading a batch's input: a folder by stem or sub-folder, and an RFC 4180 manifest.
class TestBatchManifest : public QObject
{
    Q_OBJECT

private slots:
    void folderPairsByStemAndSubfolder()
    {
        QTemporaryDir dir;
        touch(dir.filePath(u"0001.jpg"_s));
        touch(dir.filePath(u"0001.protobuf"_s));
        touch(dir.filePath(u"0002.jpg"_s)); // no liveness
        touch(dir.filePath(u"0003/selfie.png"_s));
        touch(dir.filePath(u"0003/liveness.protobuf"_s));
        touch(dir.filePath(u"notes.txt"_s));
        BatchManifest manifest;
        QVERIFY(!manifest.open(dir.path()));
        QVERIFY(manifest.isFolder());
        BatchManifest::Line line;
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.pair.selfie, u"0001.jpg"_s);
        QCOMPARE(line.pair.liveness, u"0001.protobuf"_s);
        QVERIFY(line.problems.isEmpty());
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.pair.selfie, u"0002.jpg"_s);
        QCOMPARE(line.problems.size(), 1);
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.pair.selfie, u"0003/selfie.png"_s);
        QCOMPARE(line.pair.liveness, u"0003/liveness.protobuf"_s);
        QCOMPARE(line.pair.pairIndex, 3);
        QVERIFY(!manifest.next(&line));
    }

    void csvQuotingAndColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.csv"_s);
        touch(path, "\xef\xbb\xbfnote,Selfie,liveness,expected,sdk_version\r\n"
                    "\"a, \"\"quoted\"\"\nnote\",a.jpg,url:https://h/x.pb,SAME,1.2\r\n"
                    "\r\n"
                    ",id:abc,b.pb,,\r\n"
                    ",c.jpg,c.pb,sometimes,\r\n"
                    ",d.jpg\r\n");
        BatchManifest manifest;
        QVERIFY(!manifest.open(path));
        BatchManifest::Line line;
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.pair.pairIndex, 2);
        QCOMPARE(line.pair.note, u"a, \"quoted\"\nnote"_s);
        QCOMPARE(line.pair.liveness, u"url:https://h/x.pb"_s);
        QCOMPARE(line.pair.expected, BatchExpectation::Same);
        QCOMPARE(line.pair.sdkVersion, u"1.2"_s);
        QVERIFY(line.problems.isEmpty());
        QVERIFY(manifest.next(&line)); // the blank line 4 is skipped
        QCOMPARE(line.pair.pairIndex, 5);
        QCOMPARE(line.pair.selfie, u"id:abc"_s);
        QCOMPARE(line.pair.expected, BatchExpectation::Unknown);
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.problems.size(), 1);
        QVERIFY(line.problems.first().contains(u"sometimes"_s));
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.pair.pairIndex, 7);
        QVERIFY(line.problems.size() >= 2); // too few fields, no liveness
        QVERIFY(!manifest.next(&line));
    }

    void badHeaders_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("missing column") << QByteArray("selfie,liveness\n");
        QTest::newRow("unknown column") << QByteArray("selfie,liveness,expected,colour\n");
        QTest::newRow("twice") << QByteArray("selfie,liveness,expected,selfie\n");
    }

    void badHeaders()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.csv"_s);
        touch(path, content);
        BatchManifest manifest;
        const auto error = manifest.open(path);
        QVERIFY(error);
        QCOMPARE(error->code, u"MANIFEST_BAD_HEADER"_s);
    }

    void unclosedQuote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.csv"_s);
        touch(path, "selfie,liveness,expected\n\"a.jpg,b.pb,same\n");
        BatchManifest manifest;
        QVERIFY(!manifest.open(path));
        BatchManifest::Line line;
        QVERIFY(manifest.next(&line));
        QCOMPARE(line.problems.size(), 1);
        QVERIFY(line.problems.first().contains(u"never closed"_s));
    }
};

QTEST_GUILESS_MAIN(TestBatchManifest)
#include "tst_batchmanifest.moc"
