// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoposter.h"

#include "enginecheck.h"
#include "media/privatetempfolder.h"
#include "wiretree.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// An empty 0600 file: what is written into it later (truncating, or QSaveFile replacing it,
// which keeps an existing file's permissions) is private from its first byte.
bool createPrivate(const QString &path)
{
    QFile file(path);
    // Created with its permissions, as HistoryStore and BatchStore create theirs: never 0644.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, Private);
}

} // namespace

VideoPoster::VideoPoster(QObject *parent)
    : QObject(parent)
    , m_engine(EngineCheck::findEngine())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("the engine did not decode the clip within %1 s and was stopped")
                 .arg(TimeoutMs / 1000));
    });
}

VideoPoster::~VideoPoster()
{
    stop();
}

bool VideoPoster::isVideo(const QString &media)
{
    return media == u"MP4"_s || media == u"WebM/Matroska"_s || media == u"AVI"_s;
}

bool VideoPoster::isRunning() const
{
    return m_process != nullptr;
}

void VideoPoster::start(const WireTree &tree, int id)
{
    stop();
    const WireNode &node = tree.node(id);
    const auto later = [this](const QString &problem) {
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
    };
    if (m_engine.isEmpty() || !QFileInfo(m_engine).isExecutable()) {
        later(tr("verifydesk-engine, which decodes clips, is not installed next to VerifyDesk or "
                 "on PATH"));
        return;
    }
    if (node.length > MaxClipBytes) {
        later(tr("the clip has %1 bytes, more than the %2 MiB decoded for a thumbnail")
                  .arg(node.length)
                  .arg(MaxClipBytes / (1024 * 1024)));
        return;
    }
    const QString parent = PrivateTempFolder::path();
    if (!parent.isEmpty())
        m_folder = std::make_unique<QTemporaryDir>(parent + u"/poster-XXXXXX"_s);
    if (!m_folder || !m_folder->isValid()) {
        m_folder.reset();
        later(tr("no private temporary folder could be made for the clip"));
        return;
    }
    const QString clip = m_folder->filePath(u"clip"_s);
    const QString poster = m_folder->filePath(u"poster.jpg"_s);
    if (!createPrivate(clip) || !createPrivate(poster)) {
        m_folder.reset();
        later(tr("the clip cannot be written to the private temporary folder"));
        return;
    }
    const QString problem = tree.exportValue(id, clip);
    if (!problem.isEmpty()) {
        m_folder.reset();
        later(problem);
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &VideoPoster::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("verifydesk-engine could not be started: %1").arg(m_process->errorString()));
    });
    m_timer->start(TimeoutMs);
    m_process->start(m_engine, {u"poster"_s, clip, u"-o"_s, poster, u"--max-side"_s,
                                QString::number(PosterSide)});
}

void VideoPoster::cancel()
{
    stop();
}

void VideoPoster::stop()
{
    m_timer->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_folder.reset();
}

void VideoPoster::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    const QString errors = EngineCheck::printable(m_process->readAllStandardError());
    if (status != QProcess::NormalExit || exitCode != 0) {
        fail(errors.isEmpty()
                 ? tr("the engine stopped without a frame (exit code %1)").arg(exitCode)
                 : tr("the engine could not decode the clip: %1").arg(errors));
        return;
    }
    QString problem;
    const QImage image = readPoster(&problem);
    stop();
    emit finished(image, problem);
}

QImage VideoPoster::readPoster(QString *problem) const
{
    QFile file(m_folder->filePath(u"poster.jpg"_s));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxPosterBytes) {
        *problem = tr("the engine's frame cannot be read");
        return {};
    }
    const QImage image = QImage::fromData(file.read(MaxPosterBytes), "JPEG");
    if (image.isNull() || image.width() > PosterSide || image.height() > PosterSide) {
        *problem = tr("the engine's frame is not the JPEG asked for");
        return {};
    }
    return image;
}

void VideoPoster::fail(const QString &problem)
{
    stop();
    emit finished(QImage(), problem);
}
