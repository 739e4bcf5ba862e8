// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liveness/enginecheck.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QWidget>
#include <memory>

class CaptureMaker;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QTemporaryDir;
class QTimer;
class QVideoFrame;
class QVideoSink;
struct CaptureMakeResult;

namespace verifydesk::liveness {
class LivenessCapture;
}

// Plays the frames of an open-format capture at their recorded timestamps: play/pause (Space),
// step (Left/Right), speed 0.25× to 4×, with the engine's face box and landmarks drawn on the
// frame after a pre-check. An embedded clip (output type video/fullvideo) is played by Qt
// Multimedia from a private temporary file; where Qt cannot decode it, the frames the engine
// decodes (`verifydesk-engine frames`) are played instead.
class FramePlayer : public QWidget
{
    Q_OBJECT

public:
    enum class VideoMode
    {
        None,         // frames of their own, or nothing to play
        Multimedia,   // the clip, played by Qt Multimedia
        Decoding,     // Qt cannot play it; the engine is decoding its frames
        EngineFrames, // the engine's decoded frames, played as frames
        Failed        // neither could
    };

    explicit FramePlayer(QWidget *parent = nullptr);
    ~FramePlayer() override;

    void setCapture(const verifydesk::liveness::LivenessCapture &capture);
    void setFindings(const EngineCheckResult &result);
    void clear();

    int frameCount() const { return int(m_frames.size()); }
    int currentFrame() const { return m_current; }
    qint64 currentTimeMs() const;
    bool isPlaying() const;
    double speed() const;
    // The wait before the next frame at the current speed, from the recorded timestamps.
    int delayToNextMs() const;
    QLabel *positionLabel() const { return m_position; }
    VideoMode videoMode() const { return m_videoMode; }
    // The clip's last frame shown by Qt Multimedia; null in the other modes.
    QImage videoImage() const { return m_videoImage; }

public slots:
    void showFrame(int index);
    void step(int by);
    void togglePlay();
    void setSpeedIndex(int index);

signals:
    void frameShown(int index);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Frame
    {
        QByteArray image; // encoded: decoded only when shown
        qint64 timeMs = 0;
        int engineFrame = -1;
    };
    void retranslate();
    void advance();
    void render();
    void renderVideo();
    void playVideo(const verifydesk::liveness::LivenessCapture &capture);
    void useEngineFrames();
    void onEngineFrames(const CaptureMakeResult &result);
    void onVideoFrame(const QVideoFrame &frame);
    void stopVideo();

    QList<Frame> m_frames;
    QList<EngineFrame> m_findings;
    int m_current = -1;
    QLabel *m_view;
    QLabel *m_position;
    QPushButton *m_back;
    QPushButton *m_play;
    QPushButton *m_forward;
    QComboBox *m_speed;
    QTimer *m_timer;
    QVideoSink *m_videoSink;
    std::unique_ptr<CaptureMaker> m_maker;
    QMediaPlayer *m_media = nullptr;
    std::unique_ptr<QTemporaryDir> m_videoFolder;
    VideoMode m_videoMode = VideoMode::None;
    QImage m_videoImage;
    QString m_videoProblem;
    double m_videoFps = 25;
};
