#include "liveness/captureassembler.h"
#include "liveness/livenessinspector.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

QImage frame(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

} // namespace

class TestCaptureAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripThroughInspector();
    void framesFromFiles();
    void explicitTimestamps();
    void video();
    void invalidCaptures();
    void unwritablePath();

private:
    QTemporaryDir m_dir;
};

void TestCaptureAssembler::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCaptureAssembler::roundTripThroughInspector()
{
    CaptureAssembler assembler;
    assembler.setOutputType(lv::MULTI_IMG);
    assembler.setMotions({lv::BLINK, lv::MOUTH, lv::YAW});
    assembler.setDifficulty(lv::EASY);
    assembler.setFramesPerSecond(5);
    assembler.setCamera(u"front"_s);
    assembler.setCaptureId(u"round-trip"_s);
    for (int i = 0; i < 4; ++i)
        QVERIFY(assembler.addFrame(frame(120, 160, QColor(40 * i, 100, 200)), -1, lv::BLINK).ok());
    QCOMPARE(assembler.frameCount(), 4);

    const QString path = m_dir.filePath(u"built.protobuf"_s);
    const CaptureError written = assembler.writeTo(path);
    QVERIFY2(written.ok(), qPrintable(written.message));

    const LivenessReport report = LivenessInspector::inspect(path);
    QVERIFY(report.wellFormed);
    QVERIFY(report.openFormat);
    QCOMPARE(report.outputType, u"multiImg"_s);
    QCOMPARE(report.motions, QStringList({u"BLINK"_s, u"MOUTH"_s, u"YAW"_s}));
    QCOMPARE(report.difficulty, u"easy"_s);
    QCOMPARE(report.frameCount, 4);
    QCOMPARE(report.durationMs, 600); // frames at 0, 200, 400, 600 ms at 5 fps
    QCOMPARE(report.captureId, u"round-trip"_s);
    QVERIFY(report.device.contains(QSysInfo::productType()));
    QVERIFY(report.capturedAtMs > 0);

    // The frames are real JPEGs of the given size, and the device carries the camera.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    lv::LivenessCapture capture;
    QVERIFY(capture.ParseFromArray(data.constData(), int(data.size())));
    QCOMPARE(capture.device().camera(), std::string("front"));
    QCOMPARE(capture.device().width(), 120u);
    QCOMPARE(capture.device().height(), 160u);
    QCOMPARE(capture.frames(2).motion(), lv::BLINK);
    const std::string &jpeg = capture.frames(3).jpeg();
    const QImage decoded =
        QImage::fromData(QByteArray::fromRawData(jpeg.data(), qsizetype(jpeg.size())), "jpeg");
    QCOMPARE(decoded.size(), QSize(120, 160));
    QVERIFY(qAbs(decoded.pixelColor(60, 80).red() - 120) < 10);
}

void TestCaptureAssembler::framesFromFiles()
{
    const QString png = m_dir.filePath(u"frame.png"_s);
    QVERIFY(frame(64, 48, Qt::green).save(png, "PNG"));
    CaptureAssembler assembler;
    assembler.setOutputType(lv::SINGLE_IMG);
    QVERIFY(assembler.addFrameFile(png).ok());
    const CaptureError missing = assembler.addFrameFile(m_dir.filePath(u"missing.jpg"_s));
    QCOMPARE(missing.code, CaptureError::Code::EmptyImage);
    QVERIFY(missing.message.contains(u"missing.jpg"_s));
    QCOMPARE(assembler.frameCount(), 1);
    QVERIFY(assembler.validate().ok());
    const LivenessReport report = LivenessInspector::inspectData(assembler.serialize());
    QVERIFY(report.openFormat);
    QCOMPARE(report.outputType, u"singleImg"_s);
    QCOMPARE(report.frameCount, 1);
}

void TestCaptureAssembler::explicitTimestamps()
{
    CaptureAssembler assembler;
    QVERIFY(assembler.addFrame(frame(32, 32, Qt::red), 1000).ok());
    QVERIFY(assembler.addFrame(frame(32, 32, Qt::red), 1730).ok());
    QCOMPARE(LivenessInspector::inspectData(assembler.serialize()).durationMs, 730);
}

void TestCaptureAssembler::video()
{
    CaptureAssembler assembler;
    assembler.setOutputType(lv::VIDEO);
    QCOMPARE(assembler.validate().code, CaptureError::Code::NoVideo);
    assembler.setVideo(QByteArray(500, 'v'), u"mp4"_s, u"h264"_s, 30);
    QVERIFY(assembler.validate().ok());
    const LivenessReport report = LivenessInspector::inspectData(assembler.serialize());
    QVERIFY(report.openFormat);
    QVERIFY(report.hasVideo);
    QCOMPARE(report.outputType, u"video"_s);
    QVERIFY(report.summary().contains(u"video"_s));
}

void TestCaptureAssembler::invalidCaptures()
{
    CaptureAssembler none;
    QCOMPARE(none.validate().code, CaptureError::Code::NoFrames);
    QCOMPARE(none.writeTo(m_dir.filePath(u"none.protobuf"_s)).code, CaptureError::Code::NoFrames);
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.protobuf"_s)));

    CaptureAssembler single;
    single.setOutputType(lv::SINGLE_IMG);
    QVERIFY(single.addFrame(frame(16, 16, Qt::red)).ok());
    QVERIFY(single.addFrame(frame(16, 16, Qt::red)).ok());
    QCOMPARE(single.validate().code, CaptureError::Code::TooManyFrames);

    CaptureAssembler unspecified;
    unspecified.setOutputType(lv::OUTPUT_TYPE_UNSPECIFIED);
    QCOMPARE(unspecified.validate().code, CaptureError::Code::UnspecifiedType);

    CaptureAssembler empty;
    QCOMPARE(empty.addFrame(QImage()).code, CaptureError::Code::EmptyImage);
    QCOMPARE(empty.frameCount(), 0);
}

void TestCaptureAssembler::unwritablePath()
{
    CaptureAssembler assembler;
    QVERIFY(assembler.addFrame(frame(16, 16, Qt::red)).ok());
    const CaptureError error = assembler.writeTo(m_dir.filePath(u"no/such/dir/x.protobuf"_s));
    QCOMPARE(error.code, CaptureError::Code::CannotWrite);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCaptureAssembler)
#include "tst_captureassembler.moc"
