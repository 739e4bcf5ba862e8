// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/capturefile.h"
#include "liveness/capturemaker.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

QByteArray png(int shade)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(shade, 100, 160));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

vd::format::CaptureBuildOptions options()
{
    vd::format::CaptureBuildOptions result;
    result.motions = {lv::NOD, lv::BLINK};
    result.difficulty = lv::EASY;
    result.fps = 4;
    return result;
}

CaptureMakeResult waitFor(CaptureMaker &maker)
{
    QSignalSpy done(&maker, &CaptureMaker::finished);
    if (!done.wait(CaptureMaker::TimeoutMs + 5000))
        return {};
    return done.at(0).at(0).value<CaptureMakeResult>();
}

} // namespace

// The real verifydesk-engine make-liveness, run as the workbench runs it, and its failures.
class TestCaptureMaker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void framesBecomeAPrivateCapture();
    void theEnginesRefusalIsShown();
    void noEngineSaysSo();
    void cancelStopsTheEngine();

private:
    QTemporaryDir m_dir;
};

void TestCaptureMaker::framesBecomeAPrivateCapture()
{
    CaptureMaker maker;
    const QString out = m_dir.filePath(u"made.protobuf"_s);
    maker.startFromFrames({png(10), png(80), png(160)}, options(), out);
    QVERIFY(maker.isRunning());
    const CaptureMakeResult result = waitFor(maker);
    QVERIFY2(result.status == CaptureMakeResult::Status::Ok, qPrintable(result.message));
    QCOMPARE(result.path, out);
    QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions());
    const CaptureFile read = CaptureFile::read(out);
    QVERIFY2(read.capture, qPrintable(read.error));
    QCOMPARE(read.capture->frames_size(), 3);
    // PNG frames are stored as JPEG, timed by the frame rate.
    QVERIFY(read.capture->frames(0).jpeg().rfind("\xff\xd8", 0) == 0);
    QCOMPARE(read.capture->frames(2).timestamp_ms(), 500);
    QCOMPARE(read.capture->difficulty(), lv::EASY);
    QCOMPARE(read.capture->motions_size(), 2);
    QCOMPARE(read.capture->motions(0), int(lv::NOD));
}

void TestCaptureMaker::theEnginesRefusalIsShown()
{
    CaptureMaker maker;
    const QString out = m_dir.filePath(u"refused.protobuf"_s);
    maker.startFromFrames({QByteArray("no image at all")}, options(), out);
    const CaptureMakeResult result = waitFor(maker);
    QCOMPARE(int(result.status), int(CaptureMakeResult::Status::Failed));
    QVERIFY2(result.message.contains(u"is not a JPEG or PNG image"_s), qPrintable(result.message));
    QVERIFY(!QFile::exists(out));
}

void TestCaptureMaker::noEngineSaysSo()
{
    CaptureMaker maker;
    maker.setEngine(m_dir.filePath(u"no-such-engine"_s));
    maker.startFromVideo(m_dir.filePath(u"clip.mp4"_s), options(), m_dir.filePath(u"x"_s));
    const CaptureMakeResult result = waitFor(maker);
    QCOMPARE(int(result.status), int(CaptureMakeResult::Status::EngineMissing));
    QVERIFY(result.message.contains(u"verifydesk-engine is not installed"_s));
}

void TestCaptureMaker::cancelStopsTheEngine()
{
    CaptureMaker maker;
    QByteArrayList frames;
    for (int i = 0; i < 60; ++i)
        frames << png(i * 4);
    vd::format::CaptureBuildOptions video = options();
    video.outputType = lv::VIDEO;
    const QString out = m_dir.filePath(u"cancelled.protobuf"_s);
    maker.startFromFrames(frames, video, out);
    QVERIFY(maker.isRunning());
    maker.cancel();
    const CaptureMakeResult result = waitFor(maker);
    QCOMPARE(int(result.status), int(CaptureMakeResult::Status::Cancelled));
    QVERIFY(!maker.isRunning());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCaptureMaker)
#include "tst_capturemaker.moc"
