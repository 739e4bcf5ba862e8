// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/facegeometry.h"
#include "liveness/livenessscorer.h"

#include <QTest>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <random>

namespace lv = verifydesk::liveness;
using vd::engine::Descriptor;
using vd::engine::FaceGeometry;
using vd::engine::FrameObservation;
using vd::engine::LivenessCue;
using vd::engine::LivenessScorer;

namespace {

// A face pose for the synthetic 68-point shape below.
struct Pose
{
    double eyeOpen = 1.0;   // 1 open, 0 closed
    double mouthOpen = 0.0; // inner lip gap, in units of the template
    double yaw = 0.0;       // nose shift towards one side, in pixels of the 100 px template
    double pitch = 0.0;     // nose tip shift downwards, in pixels
};

// A frontal face on a 100 px template (iBUG order), placed at `origin` and scaled by `scale`.
std::vector<cv::Point2f> face(const Pose &pose, cv::Point2f origin = {100, 80}, float scale = 2)
{
    std::vector<cv::Point2d> p(68);
    for (int k = 0; k <= 16; ++k) { // jaw, image left to right through the chin
        const double a = M_PI * (1.0 - k / 16.0);
        p[static_cast<std::size_t>(k)] = {50 + 45 * std::cos(a), 40 + 50 * std::sin(a)};
    }
    for (int k = 0; k < 5; ++k) { // eyebrows
        p[static_cast<std::size_t>(17 + k)] = {22 + 5.0 * k, 28 - (k == 2 ? 2.0 : 0.0)};
        p[static_cast<std::size_t>(22 + k)] = {58 + 5.0 * k, 28 - (k == 2 ? 2.0 : 0.0)};
    }
    for (int k = 0; k < 4; ++k) { // nose bridge
        p[static_cast<std::size_t>(27 + k)] = {50 + pose.yaw * k / 3.0,
                                               36 + 6.0 * k + pose.pitch * k / 3.0};
    }
    for (int k = 0; k < 5; ++k) { // nose bottom
        p[static_cast<std::size_t>(31 + k)] = {43 + 3.5 * k + pose.yaw * 0.8,
                                               58 + pose.pitch * 0.8};
    }
    const double h = 3.0 * pose.eyeOpen; // half the eye's opening
    const auto eye = [&](std::size_t first, double cx) {
        p[first + 0] = {cx - 8, 40};
        p[first + 1] = {cx - 3, 40 - h};
        p[first + 2] = {cx + 3, 40 - h};
        p[first + 3] = {cx + 8, 40};
        p[first + 4] = {cx + 3, 40 + h};
        p[first + 5] = {cx - 3, 40 + h};
    };
    eye(36, 32);
    eye(42, 68);
    const double m = 0.5 + pose.mouthOpen / 2;
    const double outer[12][2] = {{36, 72}, {41, 69}, {46, 68}, {50, 68.5}, {54, 68}, {59, 69},
                                 {64, 72}, {59, 76}, {54, 77}, {50, 77.5}, {46, 77}, {41, 76}};
    for (std::size_t k = 0; k < 12; ++k) {
        p[48 + k] = {outer[k][0], outer[k][1] + (k >= 7 && k <= 11 ? pose.mouthOpen : 0.0)};
    }
    const double inner[8][2] = {{39, 72}, {45, 72 - m}, {50, 72 - m}, {55, 72 - m},
                                {61, 72}, {55, 72 + m}, {50, 72 + m}, {45, 72 + m}};
    for (std::size_t k = 0; k < 8; ++k) {
        p[60 + k] = {inner[k][0], inner[k][1] + (k >= 5 ? pose.mouthOpen / 2 : 0.0)};
    }
    std::vector<cv::Point2f> out;
    for (const cv::Point2d &q : p) {
        out.emplace_back(origin.x + static_cast<float>(q.x) * scale,
                         origin.y + static_cast<float>(q.y) * scale);
    }
    return out;
}

Descriptor person(unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0F, 0.09F); // |d| about 1, like the recognition net's
    Descriptor d{};
    for (float &v : d) {
        v = n(rng);
    }
    return d;
}

// A synthetic capture: one frame a pose, landmark jitter of `jitter` px, descriptor noise
// that keeps the same person within about 0.25 of their mean.
class Sequence
{
public:
    explicit Sequence(double jitter = 0.6, unsigned seed = 7)
        : m_rng(seed)
        , m_jitter(0.0, jitter)
    {
    }

    void add(const Pose &pose, const Descriptor &who, double change = 4.0)
    {
        FrameObservation f;
        f.timestampMs = static_cast<std::int64_t>(m_frames.size()) * 100;
        f.hasFace = true;
        f.landmarks = face(pose);
        for (cv::Point2f &p : f.landmarks) {
            p.x += static_cast<float>(m_jitter(m_rng));
            p.y += static_cast<float>(m_jitter(m_rng));
        }
        std::normal_distribution<float> noise(0.0F, 0.02F);
        f.descriptor = who;
        for (float &v : f.descriptor) {
            v += noise(m_rng);
        }
        if (!m_frames.empty()) {
            f.appearanceChange = change;
            f.landmarkShift = change > 0 ? 0.02 : 0.0;
        }
        m_frames.push_back(f);
    }

    void addMissing()
    {
        FrameObservation f;
        f.timestampMs = static_cast<std::int64_t>(m_frames.size()) * 100;
        m_frames.push_back(f);
    }

    const std::vector<FrameObservation> &frames() const { return m_frames; }

private:
    std::mt19937 m_rng;
    std::normal_distribution<double> m_jitter;
    std::vector<FrameObservation> m_frames;
};

// A normalised eye patch as FaceGeometry::eyePatch makes it: an open eye is a dark iris
// between two lids, a closed one a single dark lash line; plus pixel noise.
cv::Mat eyePatch(bool open, std::mt19937 &rng)
{
    cv::Mat patch(FaceGeometry::kEyePatchHeight, FaceGeometry::kEyePatchWidth, CV_8U,
                  cv::Scalar(170));
    const cv::Point middle(patch.cols / 2, patch.rows / 2);
    if (open) {
        cv::ellipse(patch, middle, {11, 5}, 0, 0, 360, cv::Scalar(230), cv::FILLED);
        cv::circle(patch, middle, 4, cv::Scalar(40), cv::FILLED);
    } else {
        cv::line(patch, {middle.x - 11, middle.y + 1}, {middle.x + 11, middle.y + 1},
                 cv::Scalar(60), 2);
    }
    cv::Mat noisy(patch.size(), CV_32F);
    std::normal_distribution<float> noise(0.0F, 6.0F);
    for (int y = 0; y < patch.rows; ++y) {
        for (int x = 0; x < patch.cols; ++x) {
            noisy.at<float>(y, x) = patch.at<uchar>(y, x) + noise(rng);
        }
    }
    cv::Scalar mean, sd;
    cv::meanStdDev(noisy, mean, sd);
    return (noisy - mean[0]) / sd[0];
}

const LivenessCue &cue(const std::vector<LivenessCue> &cues, const std::string &name)
{
    for (const LivenessCue &c : cues) {
        if (c.name == name) {
            return c;
        }
    }
    static const LivenessCue none{"(missing)", 0, -1, {}, {}};
    return none;
}

// A genuine 40-frame capture: a blink at 1 s, the mouth opens at 2 s, the head turns at 3 s.
Sequence genuine(const Descriptor &who)
{
    Sequence s;
    for (int i = 0; i < 40; ++i) {
        Pose pose;
        if (i == 10 || i == 11) {
            pose.eyeOpen = i == 10 ? 0.15 : 0.5;
        }
        if (i >= 20 && i <= 24) {
            pose.mouthOpen = 6;
        }
        if (i >= 28 && i <= 34) {
            pose.yaw = 10;
        }
        s.add(pose, who);
    }
    return s;
}

} // namespace

// Tests the cue measurements and the hack_score rule on synthetic landmark sequences.
class TestLivenessScorer : public QObject
{
    Q_OBJECT

private slots:
    void geometryOfTheTemplate()
    {
        const FaceGeometry open = FaceGeometry::measure(face({}));
        QVERIFY(open.valid);
        QVERIFY(std::abs(open.leftEyeAspect - 6.0 / 16.0) < 1e-6);
        QVERIFY(std::abs(open.rightEyeAspect - 6.0 / 16.0) < 1e-6);
        QVERIFY(std::abs(open.yaw) < 1e-6);
        const FaceGeometry closed = FaceGeometry::measure(face({0.1, 0, 0, 0}));
        QVERIFY(closed.leftEyeAspect < 0.05);
        const FaceGeometry mouth = FaceGeometry::measure(face({1, 8, 0, 0}));
        QVERIFY(mouth.mouthOpening > open.mouthOpening + 0.2);
        QVERIFY(FaceGeometry::measure(face({1, 0, 10, 0})).yaw > 0.05);
        QVERIFY(FaceGeometry::measure(face({1, 0, 0, 6})).pitch > open.pitch + 0.1);
        // Scale and in-plane rotation do not change the measures.
        std::vector<cv::Point2f> turned = face({}, {0, 0}, 3.5F);
        for (cv::Point2f &p : turned) {
            p = {p.x * 0.8F - p.y * 0.6F, p.x * 0.6F + p.y * 0.8F};
        }
        const FaceGeometry rotated = FaceGeometry::measure(turned);
        QVERIFY(std::abs(rotated.leftEyeAspect - open.leftEyeAspect) < 1e-4);
        QVERIFY(std::abs(rotated.pitch - open.pitch) < 1e-4);
        QVERIFY(std::abs(rotated.yaw) < 1e-4);
        QVERIFY(!FaceGeometry::measure(std::vector<cv::Point2f>(5)).valid);
    }

    void genuineWithAskedMotionsScoresLow_data()
    {
        QTest::addColumn<QString>("motions");
        QTest::newRow("BLINK") << QStringLiteral("BLINK");
        QTest::newRow("MOUTH,YAW") << QStringLiteral("MOUTH,YAW");
        QTest::newRow("BLINK,MOUTH,YAW") << QStringLiteral("BLINK,MOUTH,YAW");
        QTest::newRow("none asked") << QString();
    }

    void genuineWithAskedMotionsScoresLow()
    {
        QFETCH(QString, motions);
        std::vector<lv::Motion> asked;
        if (motions.contains(QStringLiteral("BLINK"))) {
            asked.push_back(lv::BLINK);
        }
        if (motions.contains(QStringLiteral("MOUTH"))) {
            asked.push_back(lv::MOUTH);
        }
        if (motions.contains(QStringLiteral("YAW"))) {
            asked.push_back(lv::YAW);
        }
        const auto result =
            LivenessScorer().score(genuine(person(1)).frames(), lv::MULTI_IMG, asked);
        QVERIFY2(result.hackScore < 0.1, qPrintable(QString::number(result.hackScore)));
        QCOMPARE(cue(result.cues, "identity_consistency").attackEvidence, 0.0);
        QCOMPARE(cue(result.cues, "frame_change").attackEvidence, 0.0);
        QVERIFY(result.referenceFrame >= 0 && result.referenceFrame < 40);
        QVERIFY(result.referenceFrame < 28 || result.referenceFrame > 34); // not a turned frame
    }

    void askedMotionMissingIsSuspicious()
    {
        Sequence s;
        for (int i = 0; i < 40; ++i) {
            s.add({}, person(1));
        }
        const auto result = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {lv::BLINK});
        QVERIFY(cue(result.cues, "blink").attackEvidence > 0.85);
        QVERIFY(result.hackScore > 0.85);
        QVERIFY(result.hackScore < 0.98); // one missing motion alone is not decisive
        const auto two = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {lv::BLINK, lv::NOD});
        QVERIFY(two.hackScore > 0.98);
    }

    void eyeJitterIsNotABlink()
    {
        // Jitter of 1.2 px on a 12 px eye opening: the eye aspect ratio wobbles by about 0.03.
        Sequence s(1.2, 11);
        for (int i = 0; i < 60; ++i) {
            s.add({}, person(1));
        }
        const auto m = LivenessScorer::measureMotion(s.frames());
        QVERIFY(m.eyeNoise > 0.05);
        const auto result = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {lv::BLINK});
        QVERIFY2(cue(result.cues, "blink").attackEvidence > 0.85,
                 cue(result.cues, "blink").finding.c_str());

        // The same jitter with one real blink in it: seen.
        Sequence b(1.2, 11);
        for (int i = 0; i < 60; ++i) {
            b.add({i == 30 ? 0.1 : 1.0, 0, 0, 0}, person(1));
        }
        const auto blink = LivenessScorer().score(b.frames(), lv::MULTI_IMG, {lv::BLINK});
        QVERIFY2(cue(blink.cues, "blink").attackEvidence < 0.05,
                 cue(blink.cues, "blink").finding.c_str());
    }

    void blinkSeenInEyePatches_data()
    {
        QTest::addColumn<bool>("blink");
        QTest::newRow("eyes closed in two frames") << true;
        QTest::newRow("eyes open throughout") << false;
    }

    void blinkSeenInEyePatches()
    {
        // The eye points do not move (as with the face-api net on a real blink); only the
        // pixels of the eyes say the lids closed.
        QFETCH(bool, blink);
        Sequence s(0.3, 5);
        for (int i = 0; i < 40; ++i) {
            s.add({}, person(1));
        }
        std::vector<FrameObservation> frames = s.frames();
        std::mt19937 rng(3);
        for (std::size_t i = 0; i < frames.size(); ++i) {
            const bool open = !(blink && (i == 17 || i == 18));
            frames[i].leftEye = eyePatch(open, rng);
            frames[i].rightEye = eyePatch(open, rng);
        }
        const auto m = LivenessScorer::measureMotion(frames);
        QVERIFY(m.eyePatches);
        QVERIFY(m.eyeChangeLevel < 0.1);
        const auto result = LivenessScorer().score(frames, lv::MULTI_IMG, {lv::BLINK});
        const LivenessCue &seen = cue(result.cues, "blink");
        if (blink) {
            QVERIFY2(seen.attackEvidence < 0.05, seen.finding.c_str());
            QCOMPARE(m.blinkCount, 1);
            QVERIFY(m.eyeChange > 0.5);
        } else {
            QVERIFY2(seen.attackEvidence > 0.85, seen.finding.c_str());
        }
    }

    void repeatedStillImageScoresAboveThreshold_data()
    {
        QTest::addColumn<bool>("withMotions");
        QTest::newRow("motions asked") << true;
        QTest::newRow("no motions asked") << false;
    }

    void repeatedStillImageScoresAboveThreshold()
    {
        QFETCH(bool, withMotions);
        Sequence s(0.0);
        for (int i = 0; i < 30; ++i) {
            s.add({}, person(1), 0.0);
        }
        std::vector<FrameObservation> frames = s.frames();
        for (FrameObservation &f : frames) {
            f.descriptor = frames.front().descriptor; // the same picture, the same descriptor
        }
        const std::vector<lv::Motion> motions =
            withMotions ? std::vector<lv::Motion>{lv::BLINK, lv::YAW} : std::vector<lv::Motion>{};
        const auto result = LivenessScorer().score(frames, lv::MULTI_IMG, motions);
        QVERIFY2(result.hackScore > 0.98, qPrintable(QString::number(result.hackScore)));
        QVERIFY(cue(result.cues, "frame_change").attackEvidence > 0.98);
    }

    // Fail closed: an unusually still face (not frozen enough to be a picture by face_stillness
    // alone) with no motion seen is no evidence of a live person.
    void noEvidenceOfALivePersonIsAnAttack()
    {
        Sequence s(0.3, 11);
        for (int i = 0; i < 40; ++i) {
            s.add({}, person(1));
        }
        const auto result = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {});
        const LivenessCue stillness = cue(result.cues, "face_stillness");
        QVERIFY2(stillness.value > 0.3 && stillness.value < 1.0,
                 qPrintable(QString::number(stillness.value)));
        QVERIFY(stillness.attackEvidence < 0.98);
        const LivenessCue evidence = cue(result.cues, "live_evidence");
        QCOMPARE(evidence.attackEvidence, 0.99);
        QVERIFY(
            QString::fromStdString(evidence.finding).startsWith(u"no evidence of a live person"));
        QVERIFY(result.hackScore >= 0.98);
    }

    void frozenFaceWithNoisyPixelsIsAPicture()
    {
        // Frames that differ (camera noise, 3 grey levels) around a face whose shape never
        // changes beyond a tenth of a pixel of landmark jitter: a picture, not a person.
        Sequence s(0.1, 9);
        for (int i = 0; i < 30; ++i) {
            s.add({}, person(1), 3.0);
        }
        const auto result = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {});
        QCOMPARE(cue(result.cues, "frame_change").attackEvidence, 0.0);
        QVERIFY2(cue(result.cues, "face_stillness").attackEvidence > 0.98,
                 cue(result.cues, "face_stillness").finding.c_str());
        QVERIFY(result.hackScore > 0.98);
    }

    void identitySwitchScoresAboveThreshold_data()
    {
        QTest::addColumn<int>("otherFrames");
        QTest::newRow("half the frames") << 20;
        QTest::newRow("three frames") << 3;
    }

    void identitySwitchScoresAboveThreshold()
    {
        QFETCH(int, otherFrames);
        const Sequence real = genuine(person(1));
        const Sequence fake = genuine(person(2));
        std::vector<FrameObservation> frames = real.frames();
        for (int i = 0; i < otherFrames; ++i) {
            const std::size_t k = frames.size() - 1 - static_cast<std::size_t>(i);
            frames[k] = fake.frames()[k];
        }
        const auto result = LivenessScorer().score(frames, lv::MULTI_IMG, {lv::BLINK, lv::MOUTH});
        const LivenessCue &identity = cue(result.cues, "identity_consistency");
        QVERIFY2(identity.attackEvidence > 0.98, identity.finding.c_str());
        QVERIFY(identity.value > 0.6);
        QVERIFY2(result.hackScore > 0.98, qPrintable(QString::number(result.hackScore)));
        QVERIFY(result.referenceFrame < static_cast<int>(frames.size()) - otherFrames);
    }

    void missingFacesRaiseTheScore()
    {
        Sequence s;
        for (int i = 0; i < 40; ++i) {
            if (i % 2 == 0) {
                s.addMissing();
            } else {
                s.add({i == 21 ? 0.1 : 1.0, 0, 0, 0}, person(1));
            }
        }
        const auto result = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {lv::BLINK});
        const LivenessCue &presence = cue(result.cues, "face_presence");
        QCOMPARE(presence.value, 0.5);
        QVERIFY(presence.attackEvidence > 0.85);
        QVERIFY(result.hackScore > 0.85);
    }

    // Fail closed: one image shows no motion, and no passive cue measured on real attacks
    // exists, so it is scored an attack (it was 0.5, "cannot tell", before).
    void singleImageIsScoredAnAttack()
    {
        Sequence s;
        s.add({}, person(1));
        const auto result = LivenessScorer().score(s.frames(), lv::SINGLE_IMG, {});
        QVERIFY(result.hackScore >= 0.98);
        const LivenessCue single = cue(result.cues, "single_image");
        QCOMPARE(single.attackEvidence, 0.99);
        QVERIFY(QString::fromStdString(single.finding).startsWith(u"no evidence of a live person"));
        QCOMPARE(result.referenceFrame, 0);
    }

    void noFaceGivesNoCues()
    {
        Sequence s;
        s.addMissing();
        s.addMissing();
        const auto result = LivenessScorer().score(s.frames(), lv::MULTI_IMG, {lv::BLINK});
        QVERIFY(result.cues.empty());
        QCOMPARE(result.referenceFrame, -1);
    }

    void combineIsANoisyOr()
    {
        QCOMPARE(LivenessScorer::combine({}), 0.0);
        QCOMPARE(LivenessScorer::combine({{"a", 0, 0.5, {}, {}}, {"b", 0, 0.5, {}, {}}}), 0.75);
        QCOMPARE(LivenessScorer::combine({{"a", 0, 1.5, {}, {}}}), 1.0);
        QCOMPARE(LivenessScorer::combine({{"a", 0, -1, {}, {}}, {"b", 0, 0.2, {}, {}}}), 0.2);
    }
};

QTEST_GUILESS_MAIN(TestLivenessScorer)
#include "tst_livenessscorer.moc"
