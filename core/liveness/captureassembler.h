#pragma once

#include "livenesscapture.pb.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

// The outcome of adding a frame or writing a capture: an error value with a translated message.
struct CaptureError
{
    enum class Code
    {
        None,
        EmptyImage,      // a null image or an unreadable frame file
        NoFrames,        // a single/multi image capture without frames
        TooManyFrames,   // more than one frame for SINGLE_IMG
        NoVideo,         // a video capture without video data
        UnspecifiedType, // output type not set
        CannotWrite
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
};

// Builds a capture in the open liveness format from frames (files, camera images) or a video.
class CaptureAssembler
{
    Q_DECLARE_TR_FUNCTIONS(CaptureAssembler)

public:
    using OutputType = verifydesk::liveness::OutputType;
    using Motion = verifydesk::liveness::Motion;
    using Difficulty = verifydesk::liveness::Difficulty;

    CaptureAssembler();

    void setOutputType(OutputType type);
    void setMotions(const QList<Motion> &motions);
    void setDifficulty(Difficulty difficulty);
    // Frames added without a timestamp get index × 1000 / fps (default 10 fps).
    void setFramesPerSecond(double fps);
    void setCamera(const QString &camera);
    void setCaptureId(const QString &id); // default: a new UUID

    // Encodes the image as JPEG (quality 90).
    CaptureError addFrame(const QImage &image, qint64 timestampMs = -1,
                          Motion motion = verifydesk::liveness::MOTION_UNSPECIFIED);
    // Reads a JPEG/PNG (or any Qt-readable image, EXIF orientation applied) and adds it.
    CaptureError addFrameFile(const QString &path, qint64 timestampMs = -1,
                              Motion motion = verifydesk::liveness::MOTION_UNSPECIFIED);
    // For VIDEO / FULL_VIDEO: an already encoded clip.
    void setVideo(const QByteArray &data, const QString &container, const QString &codec,
                  double fps);
    int frameCount() const;

    // The capture as it will be written; device info from QSysInfo and DMI where readable.
    verifydesk::liveness::LivenessCapture capture() const;
    CaptureError validate() const;
    QByteArray serialize() const;
    CaptureError writeTo(const QString &path) const;

    static QString outputTypeName(OutputType type);       // "singleImg", ...
    static QString motionName(Motion motion);             // "BLINK", ...
    static QString difficultyName(Difficulty difficulty); // "easy", ...

private:
    verifydesk::liveness::LivenessCapture m_capture;
    double m_fps = 10.0;
};
