// SPDX-License-Identifier: GPL-3.0-or-later
#include "facealigner.h"

#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

// Image-left eye, image-right eye and mouth centres in the 150x150 crop: face-api's alignment
// (square of side eyeToMouth / 0.45, centre of the three points at (0.5, 0.43) of the side)
// measured on the 20 upright faces of its sample photos, made symmetric.
const std::array<cv::Point2d, 3> Template = {cv::Point2d(47.8, 44.0), cv::Point2d(102.2, 44.0),
                                             cv::Point2d(75.0, 105.5)};

} // namespace

cv::Point2f FaceAligner::centre(const std::vector<cv::Point2f> &landmarks, int first, int last)
{
    cv::Point2f sum(0.0F, 0.0F);
    for (int i = first; i < last; ++i)
        sum += landmarks[static_cast<std::size_t>(i)];
    return sum * (1.0F / static_cast<float>(last - first));
}

cv::Mat FaceAligner::transform(const std::vector<cv::Point2f> &landmarks)
{
    if (landmarks.size() != 68)
        return {};
    for (const cv::Point2f &p : landmarks)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return {};
    const std::array<cv::Point2d, 3> src = {cv::Point2d(centre(landmarks, 36, 42)),
                                            cv::Point2d(centre(landmarks, 42, 48)),
                                            cv::Point2d(centre(landmarks, 48, 68))};
    // Least-squares similarity (Umeyama without reflection) from src to Template.
    cv::Point2d srcMean(0, 0);
    cv::Point2d dstMean(0, 0);
    for (std::size_t i = 0; i < 3; ++i) {
        srcMean += src[i] / 3.0;
        dstMean += Template[i] / 3.0;
    }
    double a = 0;
    double b = 0;
    double norm = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const cv::Point2d s = src[i] - srcMean;
        const cv::Point2d t = Template[i] - dstMean;
        a += s.x * t.x + s.y * t.y;
        b += s.x * t.y - s.y * t.x;
        norm += s.x * s.x + s.y * s.y;
    }
    if (norm < 1e-6)
        return {};
    a /= norm;
    b /= norm;
    cv::Mat m = (cv::Mat_<double>(2, 3) << a, -b, 0, b, a, 0);
    m.at<double>(0, 2) = dstMean.x - (a * srcMean.x - b * srcMean.y);
    m.at<double>(1, 2) = dstMean.y - (b * srcMean.x + a * srcMean.y);
    return m;
}

cv::Mat FaceAligner::squareCrop(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks)
{
    if (landmarks.size() != 68 || bgr.empty())
        return {};
    const cv::Point2f left = centre(landmarks, 36, 42);
    const cv::Point2f right = centre(landmarks, 42, 48);
    const cv::Point2f mouth = centre(landmarks, 48, 68);
    const double eyeToMouth = (cv::norm(mouth - left) + cv::norm(mouth - right)) / 2.0;
    const int size = static_cast<int>(std::floor(eyeToMouth / 0.45));
    const cv::Point2f ref = (left + right + mouth) * (1.0F / 3.0F);
    const int x = static_cast<int>(std::floor(std::max(0.0, ref.x - 0.5 * size)));
    const int y = static_cast<int>(std::floor(std::max(0.0, ref.y - 0.43 * size)));
    const cv::Rect crop = cv::Rect(x, y, size, size) & cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (crop.width < 2 || crop.height < 2)
        return {};
    return bgr(crop).clone();
}

cv::Mat FaceAligner::align(const cv::Mat &bgr, const std::vector<cv::Point2f> &landmarks)
{
    cv::Mat m = transform(landmarks);
    if (m.empty() || bgr.empty())
        return {};
    const double scale = std::hypot(m.at<double>(0, 0), m.at<double>(1, 0));
    cv::Mat source = bgr;
    if (scale < 0.5) {
        // A big face shrinks to 150 px: average it down first (INTER_AREA) over the region the
        // crop needs, so the warp does not alias, then warp the rest of the way.
        cv::Mat inverse;
        cv::invertAffineTransform(m, inverse);
        std::vector<cv::Point2f> corners = {
            {0, 0}, {OutputSize, 0}, {0, OutputSize}, {OutputSize, OutputSize}};
        cv::transform(corners, corners, inverse);
        const cv::Rect roi = (cv::boundingRect(corners) + cv::Size(4, 4) - cv::Point(2, 2)) &
                             cv::Rect(0, 0, bgr.cols, bgr.rows);
        if (roi.width < 2 || roi.height < 2)
            return cv::Mat(OutputSize, OutputSize, CV_8UC3, cv::Scalar::all(0));
        const double f = scale * 1.25;
        cv::resize(bgr(roi), source, cv::Size(), f, f, cv::INTER_AREA);
        const double fx = static_cast<double>(source.cols) / roi.width;
        const double fy = static_cast<double>(source.rows) / roi.height;
        // m' maps the shrunk ROI: p_image = (p / f) + roi.tl
        cv::Mat shrink =
            (cv::Mat_<double>(3, 3) << 1.0 / fx, 0, roi.x, 0, 1.0 / fy, roi.y, 0, 0, 1);
        m = m * shrink;
    }
    cv::Mat out;
    cv::warpAffine(source, out, m, cv::Size(OutputSize, OutputSize), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return out;
}

} // namespace vd::engine
