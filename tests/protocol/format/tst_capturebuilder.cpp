// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturebuilder.h"
#include "format/capturereader.h"
#include "imagebytes.h"

#include <QTest>

namespace lv = verifydesk::liveness;
using vd::format::CaptureBuilder;
using vd::format::CaptureBuildOptions;
using vd::format::readCapture;

namespace {

std::string jpeg(int index, int width = 160, int height = 120)
{
    return imageBytes(width, height, "jpeg", QColor(40 * index % 256, 100, 200));
}

} // namespace

// Tests CaptureBuilder, the one builder of open captures: what goes in comes out byte for byte,
// and every input the reader would refuse is refused with a reason.
class TestCaptureBuilder : public QObject
{
    Q_OBJECT

private slots:
    void keepsFramesByteForByte()
    {
        CaptureBuildOptions options;
        options.motions = {lv::BLINK, lv::MOUTH};
        options.fps = 4;
        options.difficulty = lv::HARD;
        options.device.set_camera("front");
        CaptureBuilder builder(options);
        const std::vector<std::string> input{jpeg(0), imageBytes(160, 120, "png"), jpeg(2)};
        for (const std::string &frame : input) {
            builder.addFrame(frame);
        }
        QCOMPARE(builder.frameCount(), 3);
        const auto built = builder.build();
        QVERIFY2(built.error.empty(), built.error.c_str());
        const lv::LivenessCapture &c = *built.capture;
        QCOMPARE(c.magic(), std::string("verifydesk.liveness"));
        QCOMPARE(c.format_version(), 1U);
        QCOMPARE(c.frames_size(), 3);
        QCOMPARE(c.frames(0).jpeg(), input[0]);
        QCOMPARE(c.frames(1).jpeg(), input[1]); // PNG is allowed by the format, kept as it is
        QCOMPARE(c.frames(1).timestamp_ms(), 250);
        QCOMPARE(c.frames(2).timestamp_ms(), 500);
        QCOMPARE(c.motions_size(), 2);
        QCOMPARE(c.difficulty(), lv::HARD);
        QCOMPARE(c.device().camera(), std::string("front"));
        QCOMPARE(c.device().width(), 160U);
        QCOMPARE(c.device().height(), 120U);
        QVERIFY(!c.capture_id().empty());
        QVERIFY(c.captured_at_ms() > 0);
        const auto read = readCapture(c.SerializeAsString());
        QVERIFY2(read.error.empty(), read.error.c_str());
    }

    void explicitTimestampsAndMotions()
    {
        // What a recording client knows: when each frame was taken and what was asked for.
        CaptureBuildOptions options;
        options.captureId = "recorded";
        options.capturedAtMs = 1764000000000;
        CaptureBuilder builder(options);
        builder.addFrame(jpeg(0), 1000, lv::BLINK);
        builder.addFrame(jpeg(1), 1730, lv::YAW);
        const auto built = builder.build();
        QVERIFY2(built.error.empty(), built.error.c_str());
        QCOMPARE(built.capture->frames(0).timestamp_ms(), 1000);
        QCOMPARE(built.capture->frames(1).timestamp_ms(), 1730);
        QCOMPARE(built.capture->frames(1).motion(), lv::YAW);
        QCOMPARE(built.capture->capture_id(), std::string("recorded"));
        QCOMPARE(built.capture->captured_at_ms(), 1764000000000);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<int>("outputType");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<double>("fps");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no frames")
            << int(lv::MULTI_IMG) << 0 << QByteArray() << 10.0 << QStringLiteral("no frames");
        QTest::newRow("singleImg with two") << int(lv::SINGLE_IMG) << 2 << QByteArray() << 10.0
                                            << QStringLiteral("exactly one frame, got 2");
        QTest::newRow("not an image") << int(lv::MULTI_IMG) << 2 << QByteArray("plain text") << 10.0
                                      << QStringLiteral("b.txt is not a JPEG or PNG image");
        QTest::newRow("damaged header")
            << int(lv::MULTI_IMG) << 2 << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10) << 10.0
            << QStringLiteral("b.txt cannot be decoded (damaged image)");
        QTest::newRow("zero fps") << int(lv::MULTI_IMG) << 2 << QByteArray() << 0.0
                                  << QStringLiteral("frame rate");
        QTest::newRow("output type not set")
            << int(lv::OUTPUT_TYPE_UNSPECIFIED) << 1 << QByteArray() << 10.0
            << QStringLiteral("the output type is not set");
        QTest::newRow("video without a clip")
            << int(lv::VIDEO) << 0 << QByteArray() << 10.0 << QStringLiteral("video needs a clip");
    }

    void refusesBadInput()
    {
        QFETCH(int, outputType);
        QFETCH(int, frames);
        QFETCH(QByteArray, replacement);
        QFETCH(double, fps);
        QFETCH(QString, expected);
        CaptureBuildOptions options;
        options.outputType = static_cast<lv::OutputType>(outputType);
        options.fps = fps;
        CaptureBuilder builder(options);
        const char *names[] = {"a.jpg", "b.txt"};
        for (int i = 0; i < frames; ++i) {
            builder.addFrame(i == 1 && !replacement.isEmpty() ? replacement.toStdString() : jpeg(i),
                             -1, lv::MOTION_UNSPECIFIED, names[i]);
        }
        const auto built = builder.build();
        QVERIFY(!built.capture);
        QVERIFY2(QString::fromStdString(built.error).contains(expected), built.error.c_str());
    }

    void unnamedFramesAreNumbered()
    {
        CaptureBuilder builder;
        builder.addFrame(jpeg(0));
        builder.addFrame("plain text");
        QCOMPARE(builder.build().error, std::string("frame 2 is not a JPEG or PNG image"));
    }

    void embedsAVideoAsItIs()
    {
        CaptureBuildOptions options;
        options.outputType = lv::FULL_VIDEO;
        options.fps = 25;
        options.device.set_width(640);
        options.device.set_height(480);
        CaptureBuilder builder(options);
        builder.setVideo("some mp4 bytes", "mp4", "h264");
        const auto built = builder.build();
        QVERIFY2(built.error.empty(), built.error.c_str());
        QCOMPARE(built.capture->video().data(), std::string("some mp4 bytes"));
        QCOMPARE(built.capture->video().codec(), std::string("h264"));
        QCOMPARE(built.capture->video().fps(), 25.0);
        QCOMPARE(built.capture->device().width(), 640U);
        QVERIFY2(readCapture(built.capture->SerializeAsString()).error.empty(), "read back");

        CaptureBuilder empty(options);
        empty.setVideo({}, "mp4");
        QCOMPARE(empty.build().error, std::string("the video is empty"));

        options.outputType = lv::MULTI_IMG;
        CaptureBuilder images(options);
        images.addFrame(jpeg(0));
        images.setVideo("x", "mp4");
        const auto refused = images.build();
        QVERIFY(!refused.capture);
        QVERIFY2(QString::fromStdString(refused.error).contains(QStringLiteral("not multiImg")),
                 refused.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCaptureBuilder)
#include "tst_capturebuilder.moc"
