// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/enginecheck.h"
#include "liveness/videoposter.h"
#include "liveness/wiretree.h"
#include "media/privatetempfolder.h"
#include "wirewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A clip's first frame by the real engine (`verifydesk-engine poster`), from a field of a file:
// private while it runs, gone afterwards, and a reason whenever there is no frame.
class TestVideoPoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstFrameOfAnEmbeddedClip();
    void missingEngine();
    void notAClip();
    void clipTooLarge();
    void cancelStopsTheEngine();

private:
    // Runs the poster on field 2 of data; the finished() arguments.
    QList<QVariant> posterOf(VideoPoster &poster, const QByteArray &data);
    QStringList leftovers() const;

    QTemporaryDir m_dir;
    QByteArray m_clip;
};

void TestVideoPoster::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 10 frames of 160×120, dark to light, as an H.264 clip by the engine's encoder.
    const QString frames = m_dir.filePath(u"frames"_s);
    QVERIFY(QDir().mkpath(frames));
    for (int i = 0; i < 10; ++i) {
        QImage image(160, 120, QImage::Format_RGB32);
        image.fill(QColor(40 + i * 20, 90, 200));
        QVERIFY(image.save(frames + u"/%1.jpg"_s.arg(i), "JPEG", 95));
    }
    const QString capture = m_dir.filePath(u"video.protobuf"_s);
    QProcess engine;
    engine.start(EngineCheck::findEngine(), {u"make-liveness"_s, u"--frames"_s, frames,
                                             u"--output-type"_s, u"video"_s, u"-o"_s, capture});
    QVERIFY(engine.waitForFinished(60000));
    QVERIFY2(engine.exitCode() == 0, engine.readAllStandardError().constData());
    WireTree tree;
    QVERIFY(!tree.openFile(capture).isError());
    const int clip = tree.find(u"7.1"_s);
    QVERIFY(clip >= 0);
    QCOMPARE(tree.node(clip).media, u"MP4"_s);
    m_clip = tree.value(clip, tree.node(clip).length);
}

QList<QVariant> TestVideoPoster::posterOf(VideoPoster &poster, const QByteArray &data)
{
    WireTree tree;
    tree.setData(wiretest::Wire().bytes(1, "opaque").bytes(2, data).data());
    QSignalSpy finished(&poster, &VideoPoster::finished);
    poster.start(tree, tree.find(u"2"_s));
    if (!finished.wait(VideoPoster::TimeoutMs + 5000))
        return {};
    return finished.at(0);
}

QStringList TestVideoPoster::leftovers() const
{
    return QDir(PrivateTempFolder::path())
        .entryList({u"poster-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
}

void TestVideoPoster::firstFrameOfAnEmbeddedClip()
{
    WireTree tree;
    tree.setData(wiretest::Wire().bytes(1, "opaque").bytes(2, m_clip).data());
    VideoPoster poster;
    QSignalSpy finished(&poster, &VideoPoster::finished);
    poster.start(tree, tree.find(u"2"_s));
    QVERIFY(poster.isRunning());
    // While the engine runs: the clip and the frame to come are private.
    const QStringList folders = leftovers();
    QCOMPARE(folders.size(), 1);
    const QDir folder(PrivateTempFolder::path() + u'/' + folders.first());
    // Of owner, group and others (Qt's 0x0777), only the owner.
    QCOMPARE(QFileInfo(folder.path()).permissions() & 0x0777,
             QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(folder.entryList(QDir::Files).size(), 2);
    for (const QString &name : folder.entryList(QDir::Files)) {
        QCOMPARE(QFileInfo(folder.filePath(name)).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
    }
    QCOMPARE(QFileInfo(folder.filePath(u"clip"_s)).size(), m_clip.size());
    QVERIFY(finished.wait(VideoPoster::TimeoutMs + 5000));
    const QImage image = finished.at(0).at(0).value<QImage>();
    QVERIFY2(!image.isNull(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(image.size(), QSize(160, 120));
    // The first frame, the darkest.
    QVERIFY(qAbs(image.pixelColor(80, 60).red() - 40) < 20);
    QVERIFY(finished.at(0).at(1).toString().isEmpty());
    QVERIFY(!poster.isRunning());
    QVERIFY(leftovers().isEmpty());
}

void TestVideoPoster::missingEngine()
{
    VideoPoster poster;
    poster.setEngine(m_dir.filePath(u"no-such-engine"_s));
    const QList<QVariant> result = posterOf(poster, m_clip);
    QVERIFY(result.at(0).value<QImage>().isNull());
    QVERIFY(result.at(1).toString().contains(u"verifydesk-engine"_s));
}

void TestVideoPoster::notAClip()
{
    VideoPoster poster;
    QByteArray fake("\0\0\0\x18"
                    "ftypisom",
                    12);
    fake += wiretest::randomBytes(4000, 3);
    const QList<QVariant> result = posterOf(poster, fake);
    QVERIFY(result.at(0).value<QImage>().isNull());
    QVERIFY2(result.at(1).toString().contains(u"could not decode"_s),
             qPrintable(result.at(1).toString()));
    QVERIFY(leftovers().isEmpty());
}

void TestVideoPoster::clipTooLarge()
{
    VideoPoster poster;
    const QList<QVariant> result =
        posterOf(poster, m_clip + QByteArray(VideoPoster::MaxClipBytes, '\0'));
    QVERIFY(result.at(0).value<QImage>().isNull());
    QVERIFY2(result.at(1).toString().contains(u"32 MiB"_s), qPrintable(result.at(1).toString()));
    QVERIFY(leftovers().isEmpty());
}

void TestVideoPoster::cancelStopsTheEngine()
{
    WireTree tree;
    tree.setData(wiretest::Wire().bytes(2, m_clip).data());
    VideoPoster poster;
    QSignalSpy finished(&poster, &VideoPoster::finished);
    poster.start(tree, tree.find(u"2"_s));
    QVERIFY(poster.isRunning());
    poster.cancel();
    QVERIFY(!poster.isRunning());
    QVERIFY(leftovers().isEmpty());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestVideoPoster)
#include "tst_videoposter.moc"
