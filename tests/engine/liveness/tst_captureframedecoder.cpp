// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturereader.h"
#include "liveness/captureencoder.h"
#include "liveness/captureframedecoder.h"

#include <QTest>
#include <opencv2/imgproc.hpp>
#include <random>

namespace lv = verifydesk::liveness;
using vd::engine::CaptureEncoder;
using vd::engine::CaptureFrameDecoder;
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

std::vector<std::string> jpegFrames(int count)
{
    std::vector<std::string> frames;
    for (int i = 0; i < count; ++i) {
        frames.push_back(CaptureEncoder::encodeJpeg(frame(i)));
    }
    return frames;
}

lv::LivenessCapture build(lv::OutputType type, const std::vector<std::string> &frames)
{
    CaptureBuildOptions options;
    options.outputType = type;
    options.fps = 10;
    return *CaptureEncoder(options).build(frames).capture;
}

} // namespace

// Tests CaptureFrameDecoder: frames and video of a capture decoded, sampled and scaled down.
class TestCaptureFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesVideo()
    {
        const auto read = readCapture(build(lv::VIDEO, jpegFrames(20)).SerializeAsString());
        QVERIFY2(read.error.empty(), read.error.c_str());
        const auto decoded = CaptureFrameDecoder().decode(*read.capture);
        QVERIFY2(decoded.error.empty(), decoded.error.c_str());
        QCOMPARE(static_cast<int>(decoded.frames.size()), 20);
        QCOMPARE(decoded.frames[0].bgr.cols, 160);
        QCOMPARE(decoded.frames[5].timestampMs, 500);
        // The decoded frames are the frames that went in (H.264 loses a little).
        cv::Mat diff;
        cv::absdiff(decoded.frames[7].bgr, frame(7), diff);
        QVERIFY(cv::mean(diff)[1] < 8);

        // Sampling: at most maxFrames, spread over the whole clip.
        CaptureFrameDecoder::Settings few;
        few.maxFrames = 5;
        const auto sampled = CaptureFrameDecoder(few).decode(*read.capture);
        QVERIFY2(sampled.error.empty(), sampled.error.c_str());
        QVERIFY(sampled.frames.size() <= 5 && sampled.frames.size() >= 4);
        QCOMPARE(sampled.sourceFrameCount, 20);
        QVERIFY(sampled.frames.back().timestampMs >= 1200);
    }

    void largeFramesAreScaledDown()
    {
        // A 3000x2000 frame is analysed at 1280 px on its longer side: memory and time stay
        // bounded whatever size the capture's frames have.
        const lv::LivenessCapture capture =
            build(lv::MULTI_IMG, {CaptureEncoder::encodeJpeg(frame(0, {3000, 2000})),
                                  CaptureEncoder::encodeJpeg(frame(1))});
        int visited = 0;
        const std::string error =
            CaptureFrameDecoder().forEachFrame(capture, [&](vd::engine::CaptureFrame &&f) {
                if (visited++ == 0) {
                    QCOMPARE(f.bgr.size(), cv::Size(1280, 853));
                } else {
                    QCOMPARE(f.bgr.size(), cv::Size(160, 120));
                }
            });
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(visited, 2);
    }

    void pixelBudgetSamplesFewerFrames()
    {
        // 20 frames of 160x120 (19,200 px): a budget of 100,000 px decodes 5 of them, spread
        // over the whole capture.
        const lv::LivenessCapture capture = build(lv::MULTI_IMG, jpegFrames(20));
        CaptureFrameDecoder::Settings budget;
        budget.maxDecodedPixels = 100000;
        std::vector<std::int64_t> timestamps;
        const std::string error = CaptureFrameDecoder(budget).forEachFrame(
            capture, [&](vd::engine::CaptureFrame &&f) { timestamps.push_back(f.timestampMs); });
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(timestamps.size(), std::size_t(5));
        QCOMPARE(timestamps.front(), capture.frames(0).timestamp_ms());
        QCOMPARE(timestamps.back(), capture.frames(19).timestamp_ms());
    }

    void deadlineStopsDecoding_data()
    {
        QTest::addColumn<int>("outputType");
        QTest::newRow("images") << int(lv::MULTI_IMG);
        QTest::newRow("video") << int(lv::VIDEO);
    }
    void deadlineStopsDecoding()
    {
        QFETCH(int, outputType);
        const lv::LivenessCapture capture =
            build(static_cast<lv::OutputType>(outputType), jpegFrames(10));
        int visited = 0;
        const std::string error = CaptureFrameDecoder().forEachFrame(
            capture, [&](vd::engine::CaptureFrame &&) { ++visited; }, nullptr,
            CaptureFrameDecoder::Clock::now());
        QCOMPARE(visited, 0);
        QVERIFY2(error.rfind(CaptureFrameDecoder::BudgetExceeded, 0) == 0, error.c_str());
    }

    void reportsDamage()
    {
        const lv::LivenessCapture built = build(lv::MULTI_IMG, jpegFrames(3));
        lv::LivenessCapture damaged = built;
        // A JPEG header with nothing after it: readCapture accepts the header, decoding fails.
        damaged.mutable_frames(1)->set_jpeg(damaged.frames(1).jpeg().substr(0, 200));
        QVERIFY2(readCapture(damaged.SerializeAsString()).error.empty(), "header accepted");
        const auto decoded = CaptureFrameDecoder().decode(damaged);
        QVERIFY(decoded.frames.empty());
        QVERIFY2(QString::fromStdString(decoded.error)
                     .contains(QStringLiteral("frame 2 cannot be decoded")),
                 decoded.error.c_str());

        lv::LivenessCapture video = built;
        video.set_output_type(lv::VIDEO);
        video.mutable_video()->set_data(std::string(5000, '\x42'));
        video.mutable_video()->set_container("mp4");
        const auto undecodable = CaptureFrameDecoder().decode(video);
        QVERIFY(undecodable.frames.empty());
        QVERIFY2(
            QString::fromStdString(undecodable.error).contains(QStringLiteral("cannot be opened")),
            undecodable.error.c_str());
    }

    void survivesCorruption()
    {
        // Random damage to a valid capture: whatever the reader accepts decodes or reports why
        // not, never a crash.
        const std::string good = build(lv::MULTI_IMG, jpegFrames(3)).SerializeAsString();
        std::mt19937 rng(20261124);
        int accepted = 0;
        for (int round = 0; round < 1500; ++round) {
            std::string damaged = good;
            const int flips = 1 + static_cast<int>(rng() % 8);
            for (int f = 0; f < flips; ++f) {
                damaged[rng() % damaged.size()] = static_cast<char>(rng() & 0xff);
            }
            const auto result = readCapture(damaged);
            if (result.capture) {
                ++accepted;
                const auto frames = CaptureFrameDecoder().decode(*result.capture);
                QVERIFY(!frames.frames.empty() || !frames.error.empty());
            }
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestCaptureFrameDecoder)
#include "tst_captureframedecoder.moc"
