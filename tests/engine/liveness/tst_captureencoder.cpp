// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturereader.h"
#include "liveness/captureencoder.h"

#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace lv = verifydesk::liveness;
using vd::engine::CaptureEncoder;
using vd::format::CaptureBuildOptions;
using vd::format::readCapture;

namespace {

// A frame that differs from its neighbours: a moving square on a gradient.
cv::Mat frame(int index, cv::Size size = {160, 120})
{
    cv::Mat image(size, CV_8UC3);
    for (int y = 0; y < image.rows; ++y) {
        image.row(y).setTo(cv::Scalar(y, 100, 255 - y));
    }
    cv::rectangle(image, cv::Rect(10 + index * 6, 40, 30, 30), cv::Scalar(20, 220, 40), cv::FILLED);
    return image;
}

std::string png(const cv::Mat &image)
{
    std::vector<uchar> out;
    cv::imencode(".png", image, out);
    return {out.begin(), out.end()};
}

std::vector<std::string> jpegFrames(int count)
{
    std::vector<std::string> frames;
    for (int i = 0; i < count; ++i) {
        frames.push_back(CaptureEncoder::encodeJpeg(frame(i)));
    }
    return frames;
}

} // namespace

// Tests CaptureEncoder (what make-liveness uses): frames checked by decoding, PNG re-encoded,
// video output types encoded as H.264, the capture made by the format's builder.
class TestCaptureEncoder : public QObject
{
    Q_OBJECT

private slots:
    void keepsJpegAndReencodesPng()
    {
        CaptureBuildOptions options;
        options.motions = {lv::BLINK, lv::MOUTH};
        options.fps = 4;
        options.difficulty = lv::HARD;
        const std::vector<std::string> input{CaptureEncoder::encodeJpeg(frame(0)), png(frame(1)),
                                             CaptureEncoder::encodeJpeg(frame(2))};
        const auto built = CaptureEncoder(options).build(input);
        QVERIFY2(built.error.empty(), built.error.c_str());
        const lv::LivenessCapture &c = *built.capture;
        QCOMPARE(c.frames_size(), 3);
        QCOMPARE(c.frames(0).jpeg(), input[0]);                             // byte for byte
        QCOMPARE(static_cast<unsigned char>(c.frames(1).jpeg()[0]), 0xffU); // now a JPEG
        QCOMPARE(c.frames(1).timestamp_ms(), 250);
        QCOMPARE(c.frames(2).timestamp_ms(), 500);
        QCOMPARE(c.difficulty(), lv::HARD);
        QCOMPARE(c.device().width(), 160U);
        QCOMPARE(c.device().height(), 120U);
        const auto read = readCapture(c.SerializeAsString());
        QVERIFY2(read.error.empty(), read.error.c_str());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<int>("outputType");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an image") << int(lv::MULTI_IMG) << 2 << QByteArray("plain text")
                                      << QStringLiteral("b.txt is not a JPEG or PNG image");
        QTest::newRow("not an image, video") << int(lv::VIDEO) << 2 << QByteArray("plain text")
                                             << QStringLiteral("b.txt is not a JPEG or PNG image");
        // A JPEG whose header is whole but whose data is cut short: only decoding finds it.
        const std::string jpeg = CaptureEncoder::encodeJpeg(frame(1));
        QTest::newRow("damaged image")
            << int(lv::MULTI_IMG) << 2 << QByteArray::fromStdString(jpeg.substr(0, 400))
            << QStringLiteral("b.txt cannot be decoded (damaged image)");
        QTest::newRow("singleImg with two") << int(lv::SINGLE_IMG) << 2 << QByteArray()
                                            << QStringLiteral("exactly one frame, got 2");
    }

    void refusesBadInput()
    {
        QFETCH(int, outputType);
        QFETCH(int, frames);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, expected);
        CaptureBuildOptions options;
        options.outputType = static_cast<lv::OutputType>(outputType);
        std::vector<std::string> input = jpegFrames(frames);
        if (!replacement.isEmpty()) {
            input[1] = replacement.toStdString();
        }
        const auto built = CaptureEncoder(options).build(input, {"a.jpg", "b.txt"});
        QVERIFY(!built.capture);
        QVERIFY2(QString::fromStdString(built.error).contains(expected), built.error.c_str());
    }

    void encodesVideo()
    {
        CaptureBuildOptions options;
        options.outputType = lv::VIDEO;
        options.fps = 10;
        const auto built = CaptureEncoder(options).build(jpegFrames(20));
        QVERIFY2(built.error.empty(), built.error.c_str());
        QCOMPARE(built.capture->frames_size(), 0);
        QCOMPARE(built.capture->video().container(), std::string("mp4"));
        QCOMPARE(built.capture->video().codec(), std::string("h264"));
        QCOMPARE(built.capture->video().fps(), 10.0);
        QCOMPARE(built.capture->device().width(), 160U);
        QVERIFY(built.capture->video().data().size() > 1000);
        const auto read = readCapture(built.capture->SerializeAsString());
        QVERIFY2(read.error.empty(), read.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCaptureEncoder)
#include "tst_captureencoder.moc"
