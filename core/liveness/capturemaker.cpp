// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturemaker.h"

#include "enginecheck.h"
#include "format/capturevocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
namespace vocabulary = vd::format::vocabulary;

namespace {

constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString frameName(qsizetype index, const QString &suffix)
{
    return u"%1.%2"_s.arg(index, 6, 10, QLatin1Char('0')).arg(suffix);
}

} // namespace

CaptureMaker::CaptureMaker(QObject *parent)
    : QObject(parent)
    , m_engine(EngineCheck::findEngine())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
        finish(CaptureMakeResult::Status::TimedOut,
               tr("The engine did not finish the capture within %1 s and was stopped.")
                   .arg(TimeoutMs / 1000));
    });
}

CaptureMaker::~CaptureMaker()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool CaptureMaker::isRunning() const
{
    return m_process != nullptr;
}

bool CaptureMaker::prepare()
{
    m_cancelled = false;
    if (m_engine.isEmpty() || !QFileInfo(m_engine).isExecutable()) {
        QTimer::singleShot(0, this, [this] {
            finish(CaptureMakeResult::Status::EngineMissing,
                   tr("verifydesk-engine is not installed next to VerifyDesk or on PATH, so "
                      "captures cannot be built from frames or a video."));
        });
        return false;
    }
    // QTemporaryDir makes its folder 0700: the frames are faces.
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        const QString reason = m_folder->errorString();
        QTimer::singleShot(0, this, [this, reason] {
            finish(CaptureMakeResult::Status::Failed,
                   tr("No private temporary folder could be made for the capture: %1").arg(reason));
        });
        return false;
    }
    return true;
}

bool CaptureMaker::stageFrames(const QStringList &images, const QByteArrayList &frames)
{
    const QString folder = m_folder->filePath(u"frames"_s);
    QString problem;
    if (!QDir().mkdir(folder))
        problem = tr("The folder %1 cannot be made.").arg(folder);
    for (qsizetype i = 0; problem.isEmpty() && i < images.size(); ++i) {
        const QString target =
            folder + u'/' + frameName(i, QFileInfo(images[i]).suffix().toLower());
        if (!QFile::copy(images[i], target))
            problem = tr("The image %1 cannot be read.").arg(images[i]);
    }
    for (qsizetype i = 0; problem.isEmpty() && i < frames.size(); ++i) {
        QFile file(folder + u'/' +
                   frameName(i, frames[i].startsWith("\x89PNG") ? u"png"_s : u"jpg"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(frames[i]) != frames[i].size())
            problem = tr("A frame cannot be written to %1: %2").arg(folder, file.errorString());
    }
    if (problem.isEmpty())
        return true;
    QTimer::singleShot(0, this,
                       [this, problem] { finish(CaptureMakeResult::Status::Failed, problem); });
    return false;
}

void CaptureMaker::startFromImages(const QStringList &images,
                                   const vd::format::CaptureBuildOptions &options,
                                   const QString &destination)
{
    startFromStaged(images, {}, options, destination);
}

void CaptureMaker::startFromFrames(const QByteArrayList &frames,
                                   const vd::format::CaptureBuildOptions &options,
                                   const QString &destination)
{
    startFromStaged({}, frames, options, destination);
}

void CaptureMaker::startFromStaged(const QStringList &images, const QByteArrayList &frames,
                                   const vd::format::CaptureBuildOptions &options,
                                   const QString &destination)
{
    if (m_process || !prepare() || !stageFrames(images, frames))
        return;
    m_destination = destination;
    makeLiveness({u"--frames"_s, m_folder->filePath(u"frames"_s)}, options);
}

void CaptureMaker::startFromVideo(const QString &video,
                                  const vd::format::CaptureBuildOptions &options,
                                  const QString &destination)
{
    if (m_process || !prepare())
        return;
    m_destination = destination;
    makeLiveness({u"--video"_s, video}, options);
}

void CaptureMaker::startFromCapture(const QString &capture, const QString &destination)
{
    if (m_process || !prepare())
        return;
    m_destination = destination;
    run({u"frames"_s, capture});
}

void CaptureMaker::makeLiveness(const QStringList &source,
                                const vd::format::CaptureBuildOptions &options)
{
    QStringList motions;
    for (const verifydesk::liveness::Motion motion : options.motions)
        motions << QString::fromStdString(vocabulary::motionName(motion));
    QStringList arguments{u"make-liveness"_s};
    arguments << source << u"--output-type"_s
              << QString::fromStdString(vocabulary::outputTypeName(options.outputType))
              << u"--difficulty"_s
              << QString::fromStdString(vocabulary::difficultyName(options.difficulty))
              << u"--fps"_s << QString::number(options.fps);
    if (!motions.isEmpty())
        arguments << u"--motions"_s << motions.join(u',');
    run(arguments);
}

void CaptureMaker::run(QStringList arguments)
{
    arguments << u"-o"_s << m_folder->filePath(u"capture.protobuf"_s);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &CaptureMaker::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(CaptureMakeResult::Status::EngineMissing,
                   tr("verifydesk-engine could not be started: %1").arg(m_process->errorString()));
    });
    m_timer->start(TimeoutMs);
    m_process->start(m_engine, arguments);
}

void CaptureMaker::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

void CaptureMaker::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    const QString errors = EngineCheck::printable(m_process->readAllStandardError());
    if (m_cancelled) {
        finish(CaptureMakeResult::Status::Cancelled, tr("Building the capture was cancelled."));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        finish(CaptureMakeResult::Status::Failed,
               errors.isEmpty()
                   ? tr("The engine stopped without building the capture (exit code %1).")
                         .arg(exitCode)
                   : tr("The engine could not build the capture: %1").arg(errors));
        return;
    }
    const QString problem = install();
    finish(problem.isEmpty() ? CaptureMakeResult::Status::Ok : CaptureMakeResult::Status::Failed,
           problem);
}

QString CaptureMaker::install()
{
    const QString built = m_folder->filePath(u"capture.protobuf"_s);
    // QFile::copy keeps the source's permissions: the copy is private from its first byte.
    if (!QFile::setPermissions(built, Private))
        return tr("The capture built cannot be made private.");
    if (QFile::exists(m_destination) && !QFile::remove(m_destination))
        return tr("The file %1 cannot be replaced.").arg(m_destination);
    if (!QFile::copy(built, m_destination))
        return tr("The capture cannot be written to %1.").arg(m_destination);
    return {};
}

void CaptureMaker::finish(CaptureMakeResult::Status status, const QString &message)
{
    m_timer->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_folder.reset();
    CaptureMakeResult result;
    result.status = status;
    result.message = message;
    if (status == CaptureMakeResult::Status::Ok)
        result.path = m_destination;
    emit finished(result);
}
