// SPDX-License-Identifier: GPL-3.0-or-later
#include "facegeometry.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace vd::engine {

namespace {

double distance(const cv::Point2f &a, const cv::Point2f &b)
{
    return std::hypot(static_cast<double>(a.x - b.x), static_cast<double>(a.y - b.y));
}

cv::Point2d centre(const std::vector<cv::Point2f> &p, int first, int last)
{
    cv::Point2d sum(0, 0);
    for (int i = first; i <= last; ++i) {
        sum += cv::Point2d(p[static_cast<std::size_t>(i)]);
    }
    return sum / static_cast<double>(last - first + 1);
}

// Points p1..p6 of one eye start at `first`: (|p2-p6| + |p3-p5|) / (2 |p1-p4|).
double eyeAspect(const std::vector<cv::Point2f> &p, int first)
{
    const auto at = [&](int k) {
        return p[static_cast<std::size_t>(first + k)];
    };
    const double width = distance(at(0), at(3));
    if (width <= 0) {
        return 0;
    }
    return (distance(at(1), at(5)) + distance(at(2), at(4))) / (2.0 * width);
}

} // namespace

FaceGeometry FaceGeometry::measure(const std::vector<cv::Point2f> &p)
{
    FaceGeometry g;
    if (p.size() != 68) {
        return g;
    }
    // iBUG 68: 0-16 jaw, 30 nose tip, 36-41 the person's right eye (image left), 42-47 the
    // left eye, 48-59 outer lips, 60-67 inner lips.
    const cv::Point2d rightEye = centre(p, 36, 41);
    const cv::Point2d leftEye = centre(p, 42, 47);
    const cv::Point2d eyeAxis = leftEye - rightEye;
    g.interocular = std::hypot(eyeAxis.x, eyeAxis.y);
    const double mouthWidth = distance(p[48], p[54]);
    const double jawWidth = distance(p[0], p[16]);
    if (g.interocular < 1e-3 || mouthWidth < 1e-3 || jawWidth < 1e-3) {
        return g;
    }
    // The face's own axes, so that a tilted head does not read as yaw or pitch.
    const cv::Point2d xAxis = eyeAxis / g.interocular;
    const cv::Point2d yAxis(-xAxis.y, xAxis.x);
    const cv::Point2d nose(p[30]);

    g.rightEyeAspect = eyeAspect(p, 36);
    g.leftEyeAspect = eyeAspect(p, 42);
    g.mouthOpening = (distance(p[61], p[67]) + distance(p[62], p[66]) + distance(p[63], p[65])) /
                     (3.0 * mouthWidth);

    const cv::Point2d jawMiddle = (cv::Point2d(p[0]) + cv::Point2d(p[16])) / 2.0;
    g.yaw = (nose - jawMiddle).dot(xAxis) / jawWidth;

    const cv::Point2d eyeMiddle = (rightEye + leftEye) / 2.0;
    // The top of the upper lip (51) barely moves when the jaw opens, unlike the mouth corners,
    // so talking does not read as nodding.
    const double eyeToMouth = (cv::Point2d(p[51]) - eyeMiddle).dot(yAxis);
    if (eyeToMouth < 1e-3) {
        return g;
    }
    g.pitch = (nose - eyeMiddle).dot(yAxis) / eyeToMouth;
    g.valid = true;
    return g;
}

cv::Mat FaceGeometry::eyePatch(const cv::Mat &grey, const std::vector<cv::Point2f> &p, bool leftEye)
{
    if (p.size() != 68 || grey.empty() || grey.type() != CV_8UC1) {
        return {};
    }
    const int first = leftEye ? 42 : 36;
    const cv::Point2d corner0(p[static_cast<std::size_t>(first)]);
    const cv::Point2d corner3(p[static_cast<std::size_t>(first + 3)]);
    const cv::Point2d middle = centre(p, first, first + 5);
    const double width = std::hypot(corner3.x - corner0.x, corner3.y - corner0.y);
    if (width < 2) {
        return {};
    }
    // Patch pixel (u, v) samples the frame at middle + R * s * (u - W/2, v - H/2), with the
    // patch 1.5 eye widths across.
    const double angle = std::atan2(corner3.y - corner0.y, corner3.x - corner0.x);
    const double scale = 1.5 * width / kEyePatchWidth;
    const double c = std::cos(angle) * scale;
    const double s = std::sin(angle) * scale;
    const double hw = kEyePatchWidth / 2.0;
    const double hh = kEyePatchHeight / 2.0;
    const cv::Matx23d toFrame(c, -s, middle.x - c * hw + s * hh, s, c, middle.y - s * hw - c * hh);
    cv::Mat patch;
    cv::warpAffine(grey, patch, toFrame, cv::Size(kEyePatchWidth, kEyePatchHeight),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    patch.convertTo(patch, CV_32F);
    cv::Scalar mean;
    cv::Scalar sd;
    cv::meanStdDev(patch, mean, sd);
    patch = (patch - mean[0]) / std::max(1.0, sd[0]);
    return patch;
}

} // namespace vd::engine
