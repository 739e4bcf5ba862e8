// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liveness/enginecheck.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace verifydesk::liveness {
class LivenessCapture;
}

// Plays the frames of an open-format capture at their recorded timestamps: play/pause (Space),
// step (Left/Right), speed 0.25× to 4×, with the engine's face box and landmarks drawn on the
// frame after a pre-check.
class FramePlayer : public QWidget
{
    Q_OBJECT

public:
    explicit FramePlayer(QWidget *parent = nullptr);

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
};
