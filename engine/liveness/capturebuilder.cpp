#include "capturebuilder.h"

#include "capturereader.h"
#include "livenessvocabulary.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <QUuid>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace vd::engine {

namespace lv = verifydesk::liveness;

namespace {

bool isJpeg(const std::string &data)
{
    return data.size() > 3 && static_cast<unsigned char>(data[0]) == 0xff &&
           static_cast<unsigned char>(data[1]) == 0xd8 &&
           static_cast<unsigned char>(data[2]) == 0xff;
}

bool isPng(const std::string &data)
{
    static const std::string signature("\x89PNG\r\n\x1a\n", 8);
    return data.compare(0, signature.size(), signature) == 0;
}

cv::Mat decode(const std::string &data)
{
    const cv::Mat raw(1, static_cast<int>(data.size()), CV_8UC1, const_cast<char *>(data.data()));
    return cv::imdecode(raw, cv::IMREAD_COLOR);
}

std::string label(const std::vector<std::string> &names, std::size_t index)
{
    return index < names.size() ? names[index] : "frame " + std::to_string(index + 1);
}

// Encodes the frames into an H.264 MP4 through a temporary file: OpenCV's writer only writes
// to files. Frames of another size than the first are scaled to it.
std::string encodeVideo(const std::vector<cv::Mat> &frames, double fps, std::string *error)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/verifydesk-capture-XXXXXX.mp4"));
    if (!file.open()) {
        *error =
            "cannot create a temporary file for the video: " + file.errorString().toStdString();
        return {};
    }
    const std::string path = QFile::encodeName(file.fileName()).toStdString();
    file.close();
    const cv::Size size = frames.front().size();
    {
        cv::VideoWriter writer(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('a', 'v', 'c', '1'),
                               fps, size);
        if (!writer.isOpened()) {
            *error = "OpenCV cannot open an H.264 MP4 writer (FFmpeg backend missing?)";
            return {};
        }
        for (const cv::Mat &frame : frames) {
            if (frame.size() == size) {
                writer.write(frame);
            } else {
                cv::Mat scaled;
                cv::resize(frame, scaled, size, 0, 0, cv::INTER_AREA);
                writer.write(scaled);
            }
        }
    }
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly)) {
        *error = "cannot read back the encoded video: " + written.errorString().toStdString();
        return {};
    }
    return written.readAll().toStdString();
}

} // namespace

CaptureBuilder::CaptureBuilder(CaptureBuildOptions options)
    : m_options(std::move(options))
{
}

std::string CaptureBuilder::encodeJpeg(const cv::Mat &bgr, int quality)
{
    std::vector<uchar> out;
    cv::imencode(".jpg", bgr, out, {cv::IMWRITE_JPEG_QUALITY, quality});
    return {out.begin(), out.end()};
}

lv::LivenessCapture CaptureBuilder::header() const
{
    lv::LivenessCapture capture;
    capture.set_magic(kCaptureMagic);
    capture.set_format_version(kCaptureFormatVersion);
    capture.set_output_type(m_options.outputType);
    for (const lv::Motion motion : m_options.motions) {
        capture.add_motions(motion);
    }
    capture.set_difficulty(m_options.difficulty);
    *capture.mutable_device() = m_options.device;
    capture.set_captured_at_ms(m_options.capturedAtMs >= 0 ? m_options.capturedAtMs
                                                           : QDateTime::currentMSecsSinceEpoch());
    capture.set_capture_id(m_options.captureId.empty()
                               ? QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
                               : m_options.captureId);
    return capture;
}

CaptureBuildResult CaptureBuilder::build(const std::vector<std::string> &encodedFrames,
                                         const std::vector<std::string> &names) const
{
    if (encodedFrames.empty()) {
        return {std::nullopt, "no frames to build a capture from"};
    }
    if (!std::isfinite(m_options.fps) || m_options.fps <= 0 || m_options.fps > 1000) {
        return {std::nullopt, "the frame rate must be between 0 and 1000 frames per second"};
    }
    if (m_options.outputType == lv::SINGLE_IMG && encodedFrames.size() != 1) {
        return {std::nullopt, "the output type singleImg takes exactly one frame, got " +
                                  std::to_string(encodedFrames.size())};
    }
    const bool video = m_options.outputType == lv::VIDEO || m_options.outputType == lv::FULL_VIDEO;
    lv::LivenessCapture capture = header();
    std::vector<cv::Mat> decoded;
    for (std::size_t i = 0; i < encodedFrames.size(); ++i) {
        const std::string &data = encodedFrames[i];
        if (!isJpeg(data) && !isPng(data)) {
            return {std::nullopt, label(names, i) + " is not a JPEG or PNG image"};
        }
        cv::Mat image = decode(data);
        if (image.empty()) {
            return {std::nullopt, label(names, i) + " cannot be decoded (damaged image)"};
        }
        if (i == 0) {
            capture.mutable_device()->set_width(static_cast<unsigned>(image.cols));
            capture.mutable_device()->set_height(static_cast<unsigned>(image.rows));
        }
        if (video) {
            decoded.push_back(std::move(image));
            continue;
        }
        lv::Frame *frame = capture.add_frames();
        frame->set_jpeg(isJpeg(data) ? data : encodeJpeg(image));
        frame->set_timestamp_ms(static_cast<std::int64_t>(
            std::llround(static_cast<double>(i) * 1000.0 / m_options.fps)));
    }
    if (video) {
        std::string error;
        std::string clip = encodeVideo(decoded, m_options.fps, &error);
        if (clip.empty()) {
            return {std::nullopt, error.empty() ? "the video encoder produced no data" : error};
        }
        lv::Video *v = capture.mutable_video();
        v->set_data(std::move(clip));
        v->set_container("mp4");
        v->set_codec("h264");
        v->set_fps(m_options.fps);
    }
    return {std::move(capture), {}};
}

CaptureBuildResult CaptureBuilder::buildFromVideo(const std::string &videoBytes,
                                                  const std::string &container) const
{
    if (m_options.outputType != lv::VIDEO && m_options.outputType != lv::FULL_VIDEO) {
        return {std::nullopt, "a video can only be embedded in a capture of output type video "
                              "or fullvideo, not " +
                                  vocabulary::outputTypeName(m_options.outputType)};
    }
    if (videoBytes.empty()) {
        return {std::nullopt, "the video file is empty"};
    }
    lv::LivenessCapture capture = header();
    lv::Video *v = capture.mutable_video();
    v->set_data(videoBytes);
    v->set_container(container);
    v->set_fps(m_options.fps);
    return {std::move(capture), {}};
}

} // namespace vd::engine
