// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <memory>

class QTemporaryDir;
class QTimer;
class WireTree;

// The first frame of a clip embedded in any file, for a thumbnail: Qt Multimedia may have no
// decoder for it (H.264 without GStreamer's libav), so `verifydesk-engine poster` decodes it in
// a process of its own. The clip is copied out of the mapped file into a 0700 folder of the
// private temporary folder (files 0600, all removed when done); size and time are bounded.
class VideoPoster : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 20000;
    static constexpr qint64 MaxClipBytes = 32 * 1024 * 1024;
    static constexpr qint64 MaxPosterBytes = 8 * 1024 * 1024;
    static constexpr int PosterSide = 480;

    explicit VideoPoster(QObject *parent = nullptr);
    ~VideoPoster() override;

    // The media names of WireTree's magic that are clips.
    static bool isVideo(const QString &media);
    // Replaces the engine found by EngineCheck::findEngine() (tests).
    void setEngine(const QString &program) { m_engine = program; }

    bool isRunning() const;
    // Starts on the value of the tree's node id; finished() follows, also when it cannot start.
    // A run still going is cancelled without a finished().
    void start(const WireTree &tree, int id);
    // Stops the run without a finished().
    void cancel();

signals:
    // The poster, or a null image and the translated reason there is none.
    void finished(const QImage &poster, const QString &problem);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &problem);
    void stop();
    QImage readPoster(QString *problem) const;

    QString m_engine;
    std::unique_ptr<QTemporaryDir> m_folder;
    QPointer<QProcess> m_process;
    QTimer *m_timer;
};
