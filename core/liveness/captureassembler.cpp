#include "captureassembler.h"

#include "livenessinspector.h"
#include "verifydeskconfig.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// DMI names the machine's maker and model on most PCs; QSysInfo does not.
QString readDmi(const char *name)
{
    QFile file(u"/sys/class/dmi/id/"_s + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

CaptureAssembler::CaptureAssembler()
{
    m_capture.set_magic(LivenessInspector::OpenFormatMagic);
    m_capture.set_format_version(1);
    m_capture.set_output_type(lv::MULTI_IMG);
    m_capture.set_difficulty(lv::NORMAL);
    m_capture.set_capture_id(toStd(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void CaptureAssembler::setOutputType(OutputType type)
{
    m_capture.set_output_type(type);
}

void CaptureAssembler::setMotions(const QList<Motion> &motions)
{
    m_capture.clear_motions();
    for (Motion motion : motions)
        m_capture.add_motions(motion);
}

void CaptureAssembler::setDifficulty(Difficulty difficulty)
{
    m_capture.set_difficulty(difficulty);
}

void CaptureAssembler::setFramesPerSecond(double fps)
{
    if (fps > 0)
        m_fps = fps;
}

void CaptureAssembler::setCamera(const QString &camera)
{
    m_capture.mutable_device()->set_camera(toStd(camera));
}

void CaptureAssembler::setCaptureId(const QString &id)
{
    m_capture.set_capture_id(toStd(id));
}

CaptureError CaptureAssembler::addFrame(const QImage &image, qint64 timestampMs, Motion motion)
{
    if (image.isNull())
        return {CaptureError::Code::EmptyImage, CaptureAssembler::tr("The frame holds no image.")};
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    if (!writer.write(image))
        return {CaptureError::Code::EmptyImage,
                CaptureAssembler::tr("The frame cannot be encoded as JPEG: %1")
                    .arg(writer.errorString())};

    lv::Frame *frame = m_capture.add_frames();
    frame->set_jpeg(jpeg.constData(), size_t(jpeg.size()));
    const int index = m_capture.frames_size() - 1;
    frame->set_timestamp_ms(timestampMs >= 0 ? timestampMs : qint64(index * 1000.0 / m_fps));
    frame->set_motion(motion);
    lv::DeviceInfo *device = m_capture.mutable_device();
    if (device->width() == 0) {
        device->set_width(quint32(image.width()));
        device->set_height(quint32(image.height()));
    }
    return {};
}

CaptureError CaptureAssembler::addFrameFile(const QString &path, qint64 timestampMs, Motion motion)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return {CaptureError::Code::EmptyImage,
                CaptureAssembler::tr("The frame %1 cannot be read: %2")
                    .arg(path, reader.errorString())};
    return addFrame(image, timestampMs, motion);
}

void CaptureAssembler::setVideo(const QByteArray &data, const QString &container,
                                const QString &codec, double fps)
{
    lv::Video *video = m_capture.mutable_video();
    video->set_data(data.constData(), size_t(data.size()));
    video->set_container(toStd(container));
    video->set_codec(toStd(codec));
    video->set_fps(fps);
}

int CaptureAssembler::frameCount() const
{
    return m_capture.frames_size();
}

lv::LivenessCapture CaptureAssembler::capture() const
{
    lv::LivenessCapture capture = m_capture;
    lv::DeviceInfo *device = capture.mutable_device();
    device->set_manufacturer(toStd(readDmi("sys_vendor")));
    device->set_model(toStd(readDmi("product_name")));
    device->set_os(toStd(QSysInfo::productType()));
    device->set_os_version(toStd(QSysInfo::productVersion()));
    device->set_sdk_version(toStd(u"VerifyDesk "_s + QLatin1String(VD_VERSION)));
    capture.set_captured_at_ms(QDateTime::currentMSecsSinceEpoch());
    return capture;
}

CaptureError CaptureAssembler::validate() const
{
    switch (m_capture.output_type()) {
    case lv::SINGLE_IMG:
        if (m_capture.frames_size() > 1)
            return {CaptureError::Code::TooManyFrames,
                    CaptureAssembler::tr("A single-image capture holds exactly one frame, not %1.")
                        .arg(m_capture.frames_size())};
        [[fallthrough]];
    case lv::MULTI_IMG:
        if (m_capture.frames_size() == 0)
            return {CaptureError::Code::NoFrames,
                    CaptureAssembler::tr("The capture has no frames.")};
        return {};
    case lv::VIDEO:
    case lv::FULL_VIDEO:
        if (m_capture.video().data().empty())
            return {CaptureError::Code::NoVideo,
                    CaptureAssembler::tr("The video capture has no video data.")};
        return {};
    default:
        return {CaptureError::Code::UnspecifiedType,
                CaptureAssembler::tr("The capture's output type is not set.")};
    }
}

QByteArray CaptureAssembler::serialize() const
{
    const std::string bytes = capture().SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

CaptureError CaptureAssembler::writeTo(const QString &path) const
{
    CaptureError error = validate();
    if (!error.ok())
        return error;
    const QByteArray data = serialize();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return {CaptureError::Code::CannotWrite,
                CaptureAssembler::tr("The capture cannot be written to %1: %2")
                    .arg(path, file.errorString())};
    return {};
}

QString CaptureAssembler::outputTypeName(OutputType type)
{
    switch (type) {
    case lv::SINGLE_IMG:
        return u"singleImg"_s;
    case lv::MULTI_IMG:
        return u"multiImg"_s;
    case lv::VIDEO:
        return u"video"_s;
    case lv::FULL_VIDEO:
        return u"fullvideo"_s;
    default:
        return CaptureAssembler::tr("unspecified");
    }
}

QString CaptureAssembler::motionName(Motion motion)
{
    switch (motion) {
    case lv::BLINK:
        return u"BLINK"_s;
    case lv::MOUTH:
        return u"MOUTH"_s;
    case lv::NOD:
        return u"NOD"_s;
    case lv::YAW:
        return u"YAW"_s;
    default:
        return CaptureAssembler::tr("unspecified");
    }
}

QString CaptureAssembler::difficultyName(Difficulty difficulty)
{
    switch (difficulty) {
    case lv::EASY:
        return u"easy"_s;
    case lv::NORMAL:
        return u"normal"_s;
    case lv::HARD:
        return u"hard"_s;
    case lv::HELL:
        return u"hell"_s;
    default:
        return CaptureAssembler::tr("unspecified");
    }
}
