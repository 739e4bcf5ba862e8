// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraframes.h"
#include "format/capturereader.h"
#include "liveness/enginecheck.h"
#include "liveness/framerecorder.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// A mapped RGBX frame of one grey level, stamped at startUs (negative: no stamp).
QVideoFrame greyFrame(int level, qint64 startUs)
{
    QVideoFrame frame(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_RGBX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    std::memset(frame.bits(0), level, static_cast<std::size_t>(frame.mappedBytes(0)));
    frame.unmap();
    if (startUs >= 0)
        frame.setStartTime(startUs);
    return frame;
}

vd::format::CaptureBuildOptions options(verifydesk::liveness::OutputType type, double fps)
{
    vd::format::CaptureBuildOptions result;
    result.outputType = type;
    result.fps = fps;
    result.motions = {verifydesk::liveness::BLINK, verifydesk::liveness::YAW};
    result.difficulty = verifydesk::liveness::HELL;
    return result;
}

} // namespace

// The recorder fed by frames pushed into a QVideoSink: rate kept, labels from the schedule.
class TestFrameRecorder : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheRateAndLabelsTheMotions();
    void usesTheClockWhenFramesCarryNoTime();
    void singleImageKeepsOneFrame();
    void theEngineReadsTheFileBack();
};

void TestFrameRecorder::keepsTheRateAndLabelsTheMotions()
{
    const auto opts = options(verifydesk::liveness::MULTI_IMG, 10.0);
    FrameRecorder recorder(PromptSchedule(opts.motions, opts.difficulty), opts);
    QVideoSink sink;
    QSignalSpy prompts(&recorder, &FrameRecorder::promptChanged);
    QSignalSpy finished(&recorder, &FrameRecorder::finished);
    recorder.start(&sink);
    // 30 frames a second for 5 s; the schedule (2 motions x 2 s at hell) ends at 4 s.
    for (int i = 0; i < 150; ++i)
        sink.setVideoFrame(greyFrame(40 + i % 100, qRound64(i * 1000000.0 / 30.0)));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.frameCount(), 40);

    const vd::format::CaptureBuildResult built = recorder.result();
    QVERIFY2(built.capture, built.error.c_str());
    const auto &capture = *built.capture;
    QCOMPARE(capture.frames_size(), 40);
    for (int i = 0; i < capture.frames_size(); ++i) {
        const qint64 ts = capture.frames(i).timestamp_ms();
        QVERIFY2(qAbs(ts - i * 100) <= 34, qPrintable(u"frame %1 at %2 ms"_s.arg(i).arg(ts)));
        QCOMPARE(capture.frames(i).motion(),
                 ts < 2000 ? verifydesk::liveness::BLINK : verifydesk::liveness::YAW);
    }
    // Countdown 2, 1 for blink, then 2, 1 for yaw.
    QCOMPARE(prompts.count(), 4);
    const QList<int> expected{
        int(verifydesk::liveness::BLINK), 2, int(verifydesk::liveness::BLINK), 1,
        int(verifydesk::liveness::YAW),   2, int(verifydesk::liveness::YAW),   1};
    QList<int> seen;
    for (const auto &args : prompts)
        seen << args.at(0).toInt() << args.at(1).toInt();
    QCOMPARE(seen, expected);
}

void TestFrameRecorder::usesTheClockWhenFramesCarryNoTime()
{
    const auto opts = options(verifydesk::liveness::MULTI_IMG, 5.0);
    FrameRecorder recorder(PromptSchedule(opts.motions, opts.difficulty), opts);
    qint64 now = 1000;
    recorder.setClock([&now] { return now; });
    QVideoSink sink;
    recorder.start(&sink);
    for (int i = 0; i < 10; ++i) {
        sink.setVideoFrame(greyFrame(100, -1));
        now += 100;
    }
    // 0..900 ms at 5 per second: 0, 200, 400, 600, 800.
    QCOMPARE(recorder.frameCount(), 5);
    QVERIFY(recorder.isRecording());
    recorder.stop();
    const auto built = recorder.result();
    QVERIFY2(built.capture, built.error.c_str());
    QCOMPARE(built.capture->frames(4).timestamp_ms(), 800);
}

void TestFrameRecorder::singleImageKeepsOneFrame()
{
    const auto opts = options(verifydesk::liveness::SINGLE_IMG, 10.0);
    FrameRecorder recorder(PromptSchedule(opts.motions, opts.difficulty), opts);
    QVideoSink sink;
    recorder.start(&sink);
    for (int i = 0; i < 30; ++i)
        sink.setVideoFrame(greyFrame(90, i * 100000));
    QCOMPARE(recorder.frameCount(), 1);
    const auto built = recorder.result();
    QVERIFY2(built.capture, built.error.c_str());
    QCOMPARE(built.capture->output_type(), verifydesk::liveness::SINGLE_IMG);
}

void TestFrameRecorder::theEngineReadsTheFileBack()
{
    const auto opts = options(verifydesk::liveness::MULTI_IMG, 4.0);
    FrameRecorder recorder(PromptSchedule(opts.motions, opts.difficulty), opts);
    QVideoSink sink;
    const QList<QImage> faces = CameraFrames::demoFaces(Qt::KeepAspectRatio);
    if (faces.isEmpty())
        QSKIP("the face-api demo photos are not in .cache (packaging/fetch-models.sh)");
    recorder.start(&sink);
    for (int i = 0; i < 100; ++i)
        sink.setVideoFrame(CameraFrames::fromImage(faces.at(i % faces.size()), i * 50000));
    QCOMPARE(recorder.frameCount(), 16);
    const auto built = recorder.result();
    QVERIFY2(built.capture, built.error.c_str());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"recorded.protobuf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const std::string bytes = built.capture->SerializeAsString();
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    file.close();

    const vd::format::CaptureReadResult read = vd::format::readCapture(bytes);
    QVERIFY2(read.capture, read.error.c_str());
    QCOMPARE(read.capture->frames_size(), 16);
    for (int i = 0; i < 16; ++i)
        QCOMPARE(read.capture->frames(i).timestamp_ms(), qint64(i * 250));

    // The real engine, run as the workbench runs it.
    EngineCheck check;
    QSignalSpy done(&check, &EngineCheck::finished);
    check.start(path);
    QVERIFY(done.wait(EngineCheck::TimeoutMs + 5000));
    const auto result = done.at(0).at(0).value<EngineCheckResult>();
    QVERIFY2(result.status == EngineCheckResult::Status::Ok, qPrintable(result.message));
    QCOMPARE(result.frames, 16);
}

QTEST_GUILESS_MAIN(TestFrameRecorder)
#include "tst_framerecorder.moc"
