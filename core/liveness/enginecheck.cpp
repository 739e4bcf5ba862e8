// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString EngineName = u"verifydesk-engine"_s;
// Of stderr, what is kept to say why the engine refused; a progress line is far shorter.
constexpr qsizetype MaxErrorBytes = 4096;
constexpr qsizetype MaxLineBytes = 256;
// More frames than any capture is analysed in (CaptureFrameDecoder keeps at most 90).
constexpr int MaxProgressFrames = 100000;

// The frames a cue names, kept only when they index an analysed frame.
QList<int> frameIndices(const QJsonValue &value, qsizetype frames)
{
    QList<int> indices;
    for (const QJsonValue &index : value.toArray()) {
        const int i = index.toInt(-1);
        if (i >= 0 && i < frames)
            indices.append(i);
    }
    return indices;
}

EngineFrame frameDetail(const QJsonObject &object, int index)
{
    EngineFrame frame;
    frame.index = index;
    frame.timeMs = object.value(u"time_ms"_s).toInteger();
    frame.width = qMax(0, object.value(u"width"_s).toInt());
    frame.height = qMax(0, object.value(u"height"_s).toInt());
    frame.faceCount = qMax(0, object.value(u"face_count"_s).toInt());
    const QJsonArray box = object.value(u"box"_s).toArray();
    const QJsonArray landmarks = object.value(u"landmarks"_s).toArray();
    // A face is drawn only when its box and all 68 points came through.
    if (box.size() != 4 || landmarks.size() != 68)
        return frame;
    frame.box = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
    for (const QJsonValue &point : landmarks) {
        const QJsonArray xy = point.toArray();
        frame.landmarks.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return frame;
}

} // namespace

EngineCheck::EngineCheck(QObject *parent)
    : QObject(parent)
    , m_engine(findEngine())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
        finish(EngineCheckResult::Status::TimedOut,
               tr("The engine did not answer within %1 s and was stopped.").arg(TimeoutMs / 1000));
    });
}

EngineCheck::~EngineCheck()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString EngineCheck::findEngine()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(EngineName);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(EngineName);
}

QString EngineCheck::printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(2000)).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    return text;
}

bool EngineCheck::isRunning() const
{
    return m_process != nullptr;
}

void EngineCheck::start(const QString &capturePath)
{
    if (m_process)
        return;
    m_cancelled = false;
    m_output.clear();
    m_errorLine.clear();
    m_errors.clear();
    if (m_engine.isEmpty() || !QFileInfo(m_engine).isExecutable()) {
        QTimer::singleShot(0, this, [this] {
            finish(EngineCheckResult::Status::EngineMissing,
                   tr("verifydesk-engine is not installed next to VerifyDesk or on PATH, so the "
                      "local pre-check cannot run."));
        });
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > MaxOutputBytes) {
            m_process->kill();
            m_output.clear();
        }
    });
    connect(m_process, &QProcess::readyReadStandardError, this, &EngineCheck::readErrors);
    connect(m_process, &QProcess::finished, this, &EngineCheck::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(EngineCheckResult::Status::EngineMissing,
                   tr("verifydesk-engine could not be started: %1").arg(m_process->errorString()));
    });
    m_timer->start(TimeoutMs);
    m_process->start(m_engine, {u"liveness"_s, u"--json"_s, u"--progress"_s, capturePath});
}

void EngineCheck::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

bool EngineCheck::parseProgress(QByteArrayView line, int *frame, int *frames)
{
    static const QRegularExpression Progress(u"^frame ([0-9]{1,6}) of ([0-9]{1,6})$"_s);
    if (line.size() > MaxLineBytes)
        return false;
    const QRegularExpressionMatch match =
        Progress.match(QString::fromLatin1(line.trimmed().toByteArray()));
    if (!match.hasMatch())
        return false;
    const int k = match.captured(1).toInt();
    const int n = match.captured(2).toInt();
    if (k < 1 || k > n || n > MaxProgressFrames)
        return false;
    *frame = k;
    *frames = n;
    return true;
}

void EngineCheck::readErrors()
{
    m_errorLine += m_process->readAllStandardError();
    qsizetype start = 0;
    for (qsizetype end = m_errorLine.indexOf('\n'); end >= 0;
         start = end + 1, end = m_errorLine.indexOf('\n', start)) {
        const QByteArrayView line = QByteArrayView(m_errorLine).sliced(start, end - start);
        int frame = 0;
        int frames = 0;
        if (parseProgress(line, &frame, &frames))
            emit progress(frame, frames);
        else if (m_errors.size() < MaxErrorBytes)
            m_errors.append(line.first(qMin(line.size(), MaxErrorBytes - m_errors.size())))
                .append('\n');
    }
    m_errorLine.remove(0, start);
    // A line this long is no progress: it goes with the errors, cut.
    if (m_errorLine.size() > MaxLineBytes) {
        if (m_errors.size() < MaxErrorBytes)
            m_errors +=
                m_errorLine.first(qMin(m_errorLine.size(), MaxErrorBytes - m_errors.size()));
        m_errorLine.clear();
    }
}

void EngineCheck::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    m_output += m_process->readAllStandardOutput();
    readErrors();
    const QString errors = printable(m_errors + m_errorLine);
    if (m_cancelled) {
        finish(EngineCheckResult::Status::Cancelled, tr("The pre-check was cancelled."));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0 || m_output.isEmpty()) {
        finish(EngineCheckResult::Status::Failed,
               errors.isEmpty()
                   ? tr("The engine stopped without an answer (exit code %1).").arg(exitCode)
                   : tr("The engine refused the file: %1").arg(errors));
        return;
    }
    EngineCheckResult result = parse(m_output);
    m_timer->stop();
    m_process->deleteLater();
    m_process = nullptr;
    emit finished(result);
}

void EngineCheck::finish(EngineCheckResult::Status status, const QString &message)
{
    m_timer->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    EngineCheckResult result;
    result.status = status;
    result.message = message;
    emit finished(result);
}

EngineCheckResult EngineCheck::parse(const QByteArray &json)
{
    EngineCheckResult result;
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || !object.value(u"cues"_s).isArray() ||
        !object.value(u"hack_score"_s).isDouble()) {
        result.status = EngineCheckResult::Status::BadOutput;
        result.message = tr("The engine's answer is not the liveness JSON VerifyDesk expects.");
        return result;
    }
    const QJsonArray details = object.value(u"frames_detail"_s).toArray();
    for (qsizetype i = 0; i < details.size(); ++i)
        result.frameDetails.append(frameDetail(details[i].toObject(), int(i)));
    for (const QJsonValue &value : object.value(u"cues"_s).toArray()) {
        const QJsonObject cue = value.toObject();
        result.cues.append({printable(cue.value(u"name"_s).toString().toUtf8()),
                            cue.value(u"value"_s).toDouble(),
                            cue.value(u"attack_evidence"_s).toDouble(),
                            printable(cue.value(u"finding"_s).toString().toUtf8()),
                            frameIndices(cue.value(u"frames"_s), details.size())});
    }
    result.status = EngineCheckResult::Status::Ok;
    result.hackScore = object.value(u"hack_score"_s).toDouble();
    result.frames = object.value(u"frames"_s).toInt();
    result.framesWithFace = object.value(u"frames_with_face"_s).toInt();
    return result;
}
