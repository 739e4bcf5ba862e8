// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturereader.h"

#include "capturevocabulary.h"
#include "imageheader.h"

#include <cmath>
#include <google/protobuf/unknown_field_set.h>

namespace vd::format {

namespace lv = verifydesk::liveness;

namespace {

constexpr const char *kOpenFormatHint =
    "the reference server scores only the open format, see API.md, \"The open liveness "
    "format\" (a file from the vendor's SDK is encrypted and only the vendor's cloud can score "
    "it)";

CaptureReadResult failure(std::string message)
{
    return {std::nullopt, std::move(message)};
}

std::string notOpenFormat(const std::string &why)
{
    return "not a VerifyDesk open liveness capture (" + why + "); " + kOpenFormatHint;
}

// Shows at most a few dozen characters of untrusted text, with anything unprintable escaped.
std::string printable(const std::string &raw)
{
    constexpr std::size_t kShown = 40;
    std::string out;
    for (std::size_t i = 0; i < raw.size() && i < kShown; ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        } else {
            static const char *hex = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    if (raw.size() > kShown) {
        out += "...";
    }
    return out;
}

enum class Magic
{
    Present,
    CutShort,    // not protobuf, but it starts as an open capture does
    NotProtobuf, // and it does not
    Missing,     // a protobuf message without field 1
    NotAString,  // field 1 is not length-delimited
    Other        // field 1 is another string
};

struct MagicCheck
{
    Magic magic = Magic::Missing;
    std::string field; // field 1 when it is another string
};

MagicCheck findMagic(const std::string &bytes)
{
    google::protobuf::UnknownFieldSet fields;
    if (!fields.ParseFromString(bytes)) {
        // A capture cut short still starts with its magic field (tag 0x0a, then the length).
        const std::string prefix =
            std::string("\x0a") + static_cast<char>(std::char_traits<char>::length(kCaptureMagic)) +
            kCaptureMagic;
        return {bytes.compare(0, prefix.size(), prefix) == 0 ? Magic::CutShort : Magic::NotProtobuf,
                {}};
    }
    for (int i = 0; i < fields.field_count(); ++i) {
        const auto &field = fields.field(i);
        if (field.number() != 1) {
            continue;
        }
        if (field.type() != google::protobuf::UnknownField::TYPE_LENGTH_DELIMITED) {
            return {Magic::NotAString, {}};
        }
        if (field.length_delimited() != kCaptureMagic) {
            return {Magic::Other, field.length_delimited()};
        }
        return {Magic::Present, {}};
    }
    return {Magic::Missing, {}};
}

// Field 1 of the raw message, looked at before the typed parse so that a file of another
// format gets a message about the format, not about a field deep inside it.
std::string checkMagic(const std::string &bytes)
{
    const std::string expected = std::string("magic \"") + kCaptureMagic + "\"";
    const MagicCheck check = findMagic(bytes);
    switch (check.magic) {
    case Magic::Present:
        return {};
    case Magic::CutShort:
        return "the liveness capture is damaged: its protobuf data is cut short or corrupt";
    case Magic::NotProtobuf:
        return notOpenFormat("the data is not a protobuf message, " + expected + " missing");
    case Magic::NotAString:
        return notOpenFormat(expected + " missing: field 1 is not a string");
    case Magic::Other:
        return notOpenFormat(expected + " missing: field 1 is \"" + printable(check.field) + "\"");
    case Magic::Missing:
        break;
    }
    return notOpenFormat(expected + " missing");
}

std::string frameLabel(int index)
{
    return "frame " + std::to_string(index + 1);
}

// The image of one frame: JPEG or PNG by content, within the size limits. Only the header is
// read here; the assessor decodes the pixels.
std::string checkFrameImage(const std::string &data, int index, const CaptureLimits &limits)
{
    if (data.empty()) {
        return frameLabel(index) + " has no image data";
    }
    if (data.size() > limits.maxFrameBytes) {
        return frameLabel(index) + " image is " + std::to_string(data.size()) +
               " bytes, over the limit of " + std::to_string(limits.maxFrameBytes) + " bytes";
    }
    const ImageHeader header = ImageHeader::read(data);
    if (!header.isFrameFormat()) {
        return frameLabel(index) + " is not a JPEG or PNG image" +
               (header.format.empty() ? std::string() : " (it is " + header.format + ")");
    }
    if (!header.hasSize()) {
        return frameLabel(index) + " " + header.format + " header is damaged (no valid image size)";
    }
    if (header.width > limits.maxFrameSide || header.height > limits.maxFrameSide) {
        return frameLabel(index) + " is " + std::to_string(header.width) + "x" +
               std::to_string(header.height) + " px, over the limit of " +
               std::to_string(limits.maxFrameSide) + " px a side";
    }
    return {};
}

bool knownMotion(int value)
{
    return value != lv::MOTION_UNSPECIFIED && lv::Motion_IsValid(value);
}

std::string checkFrames(const lv::LivenessCapture &capture, const CaptureLimits &limits)
{
    if (capture.frames_size() > limits.maxFrames) {
        return "the capture holds " + std::to_string(capture.frames_size()) +
               " frames, over the limit of " + std::to_string(limits.maxFrames);
    }
    std::int64_t previous = 0;
    for (int i = 0; i < capture.frames_size(); ++i) {
        const lv::Frame &frame = capture.frames(i);
        if (std::string error = checkFrameImage(frame.jpeg(), i, limits); !error.empty()) {
            return error;
        }
        if (frame.timestamp_ms() < 0) {
            return frameLabel(i) + " has a negative timestamp (" +
                   std::to_string(frame.timestamp_ms()) + " ms)";
        }
        if (frame.timestamp_ms() < previous) {
            return frameLabel(i) + " timestamp " + std::to_string(frame.timestamp_ms()) +
                   " ms is earlier than the previous frame's " + std::to_string(previous) +
                   " ms; frames must be in capture order";
        }
        previous = frame.timestamp_ms();
        if (frame.motion() != lv::MOTION_UNSPECIFIED && !knownMotion(frame.motion())) {
            return frameLabel(i) + " has an unknown motion value " +
                   std::to_string(static_cast<int>(frame.motion()));
        }
    }
    return {};
}

std::string checkVideo(const lv::Video &video, const CaptureLimits &limits)
{
    if (video.data().empty()) {
        return "the output type is video but the capture holds no video data";
    }
    if (!std::isfinite(video.fps()) || video.fps() < 0 || video.fps() > limits.maxFps) {
        return "the video frame rate " + std::to_string(video.fps()) + " is not plausible";
    }
    return {};
}

std::string checkContent(const lv::LivenessCapture &capture, const CaptureLimits &limits)
{
    if (capture.format_version() != kCaptureFormatVersion) {
        return "unsupported format_version " + std::to_string(capture.format_version()) +
               "; this reader understands version " + std::to_string(kCaptureFormatVersion);
    }
    const int type = capture.output_type();
    if (type == lv::OUTPUT_TYPE_UNSPECIFIED || !lv::OutputType_IsValid(type)) {
        return "the output type is " +
               (type == lv::OUTPUT_TYPE_UNSPECIFIED ? std::string("missing")
                                                    : "unknown (" + std::to_string(type) + ")") +
               "; expected one of " + vocabulary::outputTypeNames();
    }
    for (int i = 0; i < capture.motions_size(); ++i) {
        if (!knownMotion(capture.motions(i))) {
            return "motion " + std::to_string(i + 1) + " has an unknown value " +
                   std::to_string(capture.motions(i)) + "; expected one of " +
                   vocabulary::motionNames();
        }
    }
    if (!lv::Difficulty_IsValid(capture.difficulty())) {
        return "unknown difficulty value " + std::to_string(capture.difficulty()) +
               "; expected one of " + vocabulary::difficultyNames();
    }
    if (std::string error = checkFrames(capture, limits); !error.empty()) {
        return error;
    }
    switch (capture.output_type()) {
    case lv::SINGLE_IMG:
        if (capture.frames_size() != 1) {
            return "the output type singleImg needs exactly one frame, the capture holds " +
                   std::to_string(capture.frames_size());
        }
        break;
    case lv::MULTI_IMG:
        if (capture.frames_size() == 0) {
            return "the output type multiImg needs frames, the capture holds none";
        }
        break;
    case lv::VIDEO:
    case lv::FULL_VIDEO:
        return checkVideo(capture.video(), limits);
    default:
        break;
    }
    return {};
}

} // namespace

CaptureReadResult readCapture(const std::string &bytes, const CaptureLimits &limits)
{
    if (bytes.empty()) {
        return failure("the liveness data is empty");
    }
    if (bytes.size() > limits.maxBytes) {
        return failure("the liveness data is " + std::to_string(bytes.size()) +
                       " bytes, over the limit of " + std::to_string(limits.maxBytes) + " bytes");
    }
    if (std::string error = checkMagic(bytes); !error.empty()) {
        return failure(std::move(error));
    }
    lv::LivenessCapture capture;
    if (!capture.ParseFromString(bytes)) {
        return failure("the liveness capture is damaged: it does not match the schema of "
                       "protocol/livenesscapture.proto (a field has the wrong type, a text "
                       "field is not UTF-8, or the data is cut short)");
    }
    if (std::string error = checkContent(capture, limits); !error.empty()) {
        return failure("invalid liveness capture: " + error);
    }
    return {std::move(capture), {}};
}

bool hasCaptureMagic(const std::string &bytes)
{
    return findMagic(bytes).magic == Magic::Present;
}

} // namespace vd::format
