#include "liveness/capturebuilder.h"
#include "liveness/captureframedecoder.h"
#include "liveness/capturereader.h"
#include "liveness/livenessvocabulary.h"

#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace lv = verifydesk::liveness;
using vd::engine::CaptureBuilder;
using vd::engine::CaptureBuildOptions;
using vd::engine::CaptureFrameDecoder;
using vd::engine::readCapture;
namespace vocabulary = vd::engine::vocabulary;

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
        frames.push_back(CaptureBuilder::encodeJpeg(frame(i)));
    }
    return frames;
}

} // namespace

// Tests CaptureBuilder (what make-liveness uses), CaptureFrameDecoder and the name tables.
class TestCaptureBuilder : public QObject
{
    Q_OBJECT

private slots:
    void keepsJpegAndReencodesPng()
    {
        CaptureBuildOptions options;
        options.motions = {lv::BLINK, lv::MOUTH};
        options.fps = 4;
        options.difficulty = lv::HARD;
        const std::vector<std::string> input{CaptureBuilder::encodeJpeg(frame(0)), png(frame(1)),
                                             CaptureBuilder::encodeJpeg(frame(2))};
        const auto built = CaptureBuilder(options).build(input);
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
        QVERIFY(!c.capture_id().empty());
        QVERIFY(c.captured_at_ms() > 0);
        const auto read = readCapture(c.SerializeAsString());
        QVERIFY2(read.error.empty(), read.error.c_str());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<int>("outputType");
        QTest::addColumn<int>("frames");
        QTest::addColumn<bool>("corrupt");
        QTest::addColumn<double>("fps");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no frames")
            << int(lv::MULTI_IMG) << 0 << false << 10.0 << QStringLiteral("no frames");
        QTest::newRow("singleImg with two") << int(lv::SINGLE_IMG) << 2 << false << 10.0
                                            << QStringLiteral("exactly one frame, got 2");
        QTest::newRow("not an image") << int(lv::MULTI_IMG) << 2 << true << 10.0
                                      << QStringLiteral("b.txt is not a JPEG or PNG image");
        QTest::newRow("zero fps") << int(lv::MULTI_IMG) << 2 << false << 0.0
                                  << QStringLiteral("frame rate");
    }

    void refusesBadInput()
    {
        QFETCH(int, outputType);
        QFETCH(int, frames);
        QFETCH(bool, corrupt);
        QFETCH(double, fps);
        QFETCH(QString, expected);
        CaptureBuildOptions options;
        options.outputType = static_cast<lv::OutputType>(outputType);
        options.fps = fps;
        std::vector<std::string> input = jpegFrames(frames);
        if (corrupt) {
            input[1] = "plain text";
        }
        const auto built = CaptureBuilder(options).build(input, {"a.jpg", "b.txt"});
        QVERIFY(!built.capture);
        QVERIFY2(QString::fromStdString(built.error).contains(expected), built.error.c_str());
    }

    void videoCaptureRoundTrip()
    {
        CaptureBuildOptions options;
        options.outputType = lv::VIDEO;
        options.fps = 10;
        const auto built = CaptureBuilder(options).build(jpegFrames(20));
        QVERIFY2(built.error.empty(), built.error.c_str());
        QCOMPARE(built.capture->frames_size(), 0);
        QCOMPARE(built.capture->video().container(), std::string("mp4"));
        QVERIFY(built.capture->video().data().size() > 1000);
        const auto read = readCapture(built.capture->SerializeAsString());
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
        CaptureBuildOptions options;
        const auto built =
            CaptureBuilder(options).build({CaptureBuilder::encodeJpeg(frame(0, {3000, 2000})),
                                           CaptureBuilder::encodeJpeg(frame(1))});
        QVERIFY2(built.error.empty(), built.error.c_str());
        int visited = 0;
        const std::string error =
            CaptureFrameDecoder().forEachFrame(*built.capture, [&](vd::engine::CaptureFrame &&f) {
                if (visited++ == 0) {
                    QCOMPARE(f.bgr.size(), cv::Size(1280, 853));
                } else {
                    QCOMPARE(f.bgr.size(), cv::Size(160, 120));
                }
            });
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(visited, 2);
    }

    void embedsAVideoAsItIs()
    {
        CaptureBuildOptions options;
        options.outputType = lv::FULL_VIDEO;
        options.fps = 25;
        const auto built = CaptureBuilder(options).buildFromVideo("some mp4 bytes", "mp4");
        QVERIFY2(built.error.empty(), built.error.c_str());
        QCOMPARE(built.capture->video().data(), std::string("some mp4 bytes"));
        options.outputType = lv::MULTI_IMG;
        QVERIFY(!CaptureBuilder(options).buildFromVideo("x", "mp4").capture);
    }

    void decoderReportsDamage()
    {
        CaptureBuildOptions options;
        const auto built = CaptureBuilder(options).build(jpegFrames(3));
        lv::LivenessCapture damaged = *built.capture;
        // A JPEG header with nothing after it: readCapture accepts the header, decoding fails.
        damaged.mutable_frames(1)->set_jpeg(damaged.frames(1).jpeg().substr(0, 200));
        const auto decoded = CaptureFrameDecoder().decode(damaged);
        QVERIFY(decoded.frames.empty());
        QVERIFY2(QString::fromStdString(decoded.error)
                     .contains(QStringLiteral("frame 2 cannot be decoded")),
                 decoded.error.c_str());

        lv::LivenessCapture video = *built.capture;
        video.set_output_type(lv::VIDEO);
        video.mutable_video()->set_data(std::string(5000, '\x42'));
        video.mutable_video()->set_container("mp4");
        const auto undecodable = CaptureFrameDecoder().decode(video);
        QVERIFY(undecodable.frames.empty());
        QVERIFY2(
            QString::fromStdString(undecodable.error).contains(QStringLiteral("cannot be opened")),
            undecodable.error.c_str());
    }

    void vocabularyNames()
    {
        QCOMPARE(vocabulary::parseOutputType("multiImg"), std::optional(lv::MULTI_IMG));
        QCOMPARE(vocabulary::parseOutputType("FULLVIDEO"), std::optional(lv::FULL_VIDEO));
        QVERIFY(!vocabulary::parseOutputType("movie"));
        QCOMPARE(vocabulary::parseDifficulty("hell"), std::optional(lv::HELL));
        std::string bad;
        const auto motions = vocabulary::parseMotionList("BLINK, yaw,NOD", &bad);
        QVERIFY(motions);
        QCOMPARE(motions->size(), std::size_t(3));
        QCOMPARE(motions->at(1), lv::YAW);
        QVERIFY(!vocabulary::parseMotionList("BLINK,WINK", &bad));
        QCOMPARE(bad, std::string("WINK"));
        QCOMPARE(vocabulary::outputTypeName(lv::SINGLE_IMG), std::string("singleImg"));
        QCOMPARE(vocabulary::motionName(lv::MOUTH), std::string("MOUTH"));
        QCOMPARE(vocabulary::motionNames(), std::string("BLINK, MOUTH, NOD, YAW"));
    }
};

QTEST_GUILESS_MAIN(TestCaptureBuilder)
#include "tst_capturebuilder.moc"
