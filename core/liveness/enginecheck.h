// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QProcess>
#include <QRectF>
#include <QString>

class QTimer;

// One liveness cue of the reference engine's assessment (verifydesk-engine liveness --json).
struct EngineCue
{
    QString name;
    double value = 0;
    double attackEvidence = 0;
    QString finding;
    QList<int> frames; // indices into EngineCheckResult::frameDetails the cue refers to
};

// What the engine saw in one analysed frame ("frames_detail"), in the pixels of the analysed
// image (width × height: a large frame is scaled down before analysis).
struct EngineFrame
{
    int index = 0;
    qint64 timeMs = 0;
    int width = 0;
    int height = 0;
    int faceCount = 0;
    QRectF box;               // null without a face
    QList<QPointF> landmarks; // 68 points, or none without a face
};

// What the engine said about a capture, or why it said nothing.
struct EngineCheckResult
{
    enum class Status
    {
        Ok,
        Cancelled,
        EngineMissing, // no verifydesk-engine next to the app or on PATH
        Failed,        // it ran and refused (no weights, not an open capture, …)
        TimedOut,
        BadOutput // it answered something that is not its JSON
    };
    Status status = Status::Failed;
    QString message; // translated; empty when Ok
    QList<EngineCue> cues;
    QList<EngineFrame> frameDetails; // one per analysed frame, in capture order
    double hackScore = 0;
    int frames = 0;
    int framesWithFace = 0;
};
Q_DECLARE_METATYPE(EngineCheckResult)

// Runs the reference engine's liveness check on a capture as a separate process: the client
// links no OpenCV and no weights, and an engine that crashes or hangs on a hostile file takes
// only its own process down. Output is size-capped and the run time-bounded.
class EngineCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 120000;
    static constexpr qint64 MaxOutputBytes = 1024 * 1024;

    explicit EngineCheck(QObject *parent = nullptr);
    ~EngineCheck() override;

    // verifydesk-engine beside this executable, else on PATH; empty when there is none.
    static QString findEngine();
    // What a process or a device says, shown to the user: printable text only, and not much of
    // it (the first 2000 bytes, control and format characters as spaces).
    static QString printable(const QByteArray &bytes);
    // Replaces the engine found (tests).
    void setEngine(const QString &program) { m_engine = program; }

    bool isRunning() const;
    // Starts the check; finished() follows, also when the engine cannot start.
    void start(const QString &capturePath);
    void cancel();

    // The engine's JSON answer read into a result (public for tests of odd answers).
    static EngineCheckResult parse(const QByteArray &json);
    // A line of the engine's stderr read as its progress, "frame K of N" with 1 <= K <= N
    // (public for tests of odd lines); false for anything else.
    static bool parseProgress(QByteArrayView line, int *frame, int *frames);

signals:
    void finished(const EngineCheckResult &result);
    // Frames analysed so far, of how many: what the engine reports while it works.
    void progress(int frame, int frames);

private:
    void readErrors();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(EngineCheckResult::Status status, const QString &message);

    QString m_engine;
    QPointer<QProcess> m_process;
    QTimer *m_timer;
    QByteArray m_output;
    QByteArray m_errorLine; // the start of a stderr line not yet ended
    QByteArray m_errors;    // stderr that is not progress, for the message of a refusal
    bool m_cancelled = false;
};
