// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facetypes.h"

#include <memory>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vd::engine {

// Detection, landmarks, alignment and descriptors, with models loaded once.
// All const methods are safe to call from several threads at once: each network exists up to
// once per core (up to 4), each copy behind its own mutex, a copy built when first needed. With
// several requests in flight on few cores, cv::setNumThreads(1) (or OPENCV_FOR_THREADS_NUM=1)
// avoids oversubscription: on 2 loaded cores a pair verification took 87 ms that way against 148 ms
// with OpenCV's own pool of 2.
class FaceEngine
{
public:
    // Loads the face-api weights from modelDir; nullptr and *error set on failure.
    static std::shared_ptr<const FaceEngine> load(const std::string &modelDir, std::string *error);
    ~FaceEngine();

    // Faces sorted by box area, largest first, landmarks filled. The detector scale is chosen
    // for the image, so a tight selfie and a group photo both work.
    std::vector<DetectedFace> detect(const cv::Mat &bgr) const;
    // The search analyzeLargest makes for the upright image: it stops at the selfie scale when
    // that finds a sure face and falls back to weaker boxes when nothing else is found, so
    // only the first (largest) face is meant to be used.
    std::vector<DetectedFace> detectLargest(const cv::Mat &bgr) const;
    std::vector<cv::Point2f> landmarks(const cv::Mat &bgr, const cv::Rect2f &box) const;
    // Several boxes of one image in one pass of the network, results in the same order.
    std::vector<std::vector<cv::Point2f>> landmarks(const cv::Mat &bgr,
                                                    const std::vector<cv::Rect2f> &boxes) const;
    cv::Mat align(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks) const;
    Descriptor describe(const cv::Mat &aligned) const;
    // Several aligned crops in one pass of the network, descriptors in the same order.
    std::vector<Descriptor> describe(const std::vector<cv::Mat> &aligned) const;
    static Comparison compare(const Descriptor &a, const Descriptor &b);

    // The whole pipeline on the largest face; nullopt when there is none. With autoRotate,
    // 90/180/270 are tried when no upright face is found (judged by the landmarks, see
    // faceengine.cpp). Any depth/channel count is accepted (greyscale, BGRA, 16-bit).
    std::optional<FaceAnalysis> analyzeLargest(const cv::Mat &bgr, bool autoRotate) const;

private:
    FaceEngine();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vd::engine
