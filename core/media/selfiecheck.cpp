// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfiecheck.h"

#include "contract/selfierules.h"
#include "format/imageheader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageIOHandler>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;
using vd::contract::SelfieRules;

namespace {

// Files up to this size are read whole, so that a truncated JPEG can be recognised; larger
// ones are decoded straight from the file (they break the 5 MiB rule anyway).
constexpr qint64 WholeReadCap = 64 * 1024 * 1024;

int exifFromTransformation(QImageIOHandler::Transformations t)
{
    switch (int(t)) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

QString formatName(const QByteArray &format)
{
    return format.isEmpty() ? SelfieCheck::tr("unknown") : QString::fromLatin1(format.toUpper());
}

void addIssue(SelfieReport &report, SelfieIssue::Rule rule, const QString &message)
{
    report.issues.append({rule, message});
}

void checkRules(SelfieReport &report)
{
    const QSize &s = report.size;
    if (s.isValid()) {
        if (SelfieRules::sideTooSmall(s.width()) || SelfieRules::sideTooSmall(s.height()))
            addIssue(report, SelfieIssue::Rule::TooSmall,
                     SelfieCheck::tr(
                         "The image is %1 × %2 px; width and height must both be more than 8 px.")
                         .arg(s.width())
                         .arg(s.height()));
        if (SelfieRules::sideTooLarge(s.width()) || SelfieRules::sideTooLarge(s.height()))
            addIssue(report, SelfieIssue::Rule::TooLarge,
                     SelfieCheck::tr(
                         "The image is %1 × %2 px; width and height must both be at most 4000 px.")
                         .arg(s.width())
                         .arg(s.height()));
    }
    if (report.bytes > SelfieRules::MaxBytes)
        addIssue(report, SelfieIssue::Rule::FileTooBig,
                 SelfieCheck::tr(
                     "The file is %1 bytes (%2 MiB); at most 5 MiB (5242880 bytes) is accepted.")
                     .arg(report.bytes)
                     .arg(double(report.bytes) / (1024.0 * 1024.0), 0, 'f', 2));
}

SelfieReport inspectDevice(QIODevice *device, SelfieReport report, const QByteArray *whole)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    report.format = reader.format();
    if (report.format.isEmpty()) {
        addIssue(report, SelfieIssue::Rule::Unreadable,
                 SelfieCheck::tr("The file is not an image in any format VerifyDesk can read."));
        checkRules(report);
        return report;
    }

    const QSize raw = reader.size();
    const QImageIOHandler::Transformations transform = reader.transformation();
    report.exifOrientation = exifFromTransformation(transform);
    const bool transposed = transform.testFlag(QImageIOHandler::TransformationRotate90);
    if (raw.isValid()) {
        report.size = transposed ? raw.transposed() : raw;
        // Decode oversized images straight to the 4000 px box: it is all fit() needs, and it
        // keeps the memory of a preview bounded.
        if (SelfieRules::sideTooLarge(raw.width()) || SelfieRules::sideTooLarge(raw.height()))
            reader.setScaledSize(
                raw.scaled(SelfieRules::MaxSide, SelfieRules::MaxSide, Qt::KeepAspectRatio)
                    .expandedTo(QSize(1, 1)));
    }

    if (whole && report.format == "png" &&
        !vd::format::pngChunksFit(whole->constData(), static_cast<std::size_t>(whole->size()))) {
        addIssue(report, SelfieIssue::Rule::Unreadable,
                 SelfieCheck::tr("The PNG file is damaged: a part of it claims to be longer than "
                                 "the file."));
        checkRules(report);
        return report;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        addIssue(report, SelfieIssue::Rule::Unreadable,
                 SelfieCheck::tr("The %1 image cannot be decoded: %2")
                     .arg(formatName(report.format), reader.errorString()));
        checkRules(report);
        return report;
    }
    if (!raw.isValid())
        report.size = image.size();
    report.preview = image;

    if (whole && report.format == "jpeg" && SelfieRules::jpegLooksTruncated(*whole)) {
        addIssue(
            report, SelfieIssue::Rule::Unreadable,
            SelfieCheck::tr("The JPEG file is truncated: its end-of-image marker is missing."));
    }
    if (!SelfieRules::formats().contains(report.format)) {
        addIssue(report, SelfieIssue::Rule::Format,
                 SelfieCheck::tr("The image is %1; only JPEG, BMP, PNG, GIF and TIFF are accepted.")
                     .arg(formatName(report.format)));
    }
    checkRules(report);
    return report;
}

QString uniqueOutputPath(const QDir &dir, const QString &stem)
{
    QString name = stem + u"-fitted.jpg"_s;
    for (int n = 2; dir.exists(name); ++n)
        name = stem + u"-fitted-"_s + QString::number(n) + u".jpg"_s;
    return dir.filePath(name);
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return out;
}

} // namespace

bool SelfieReport::fittable() const
{
    if (issues.isEmpty() || preview.isNull())
        return false;
    for (const SelfieIssue &issue : issues) {
        if (issue.rule != SelfieIssue::Rule::TooLarge &&
            issue.rule != SelfieIssue::Rule::FileTooBig)
            return false;
    }
    return true;
}

bool SelfieReport::breaks(SelfieIssue::Rule rule) const
{
    for (const SelfieIssue &issue : issues) {
        if (issue.rule == rule)
            return true;
    }
    return false;
}

SelfieReport SelfieCheck::inspect(const QString &path)
{
    SelfieReport report;
    report.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addIssue(report, SelfieIssue::Rule::Unreadable,
                 SelfieCheck::tr("The file %1 cannot be opened: %2").arg(path, file.errorString()));
        return report;
    }
    report.bytes = file.size();
    if (report.bytes <= WholeReadCap) {
        const QByteArray data = file.readAll();
        if (data.size() != report.bytes) {
            addIssue(
                report, SelfieIssue::Rule::Unreadable,
                SelfieCheck::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
            return report;
        }
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        return inspectDevice(&buffer, report, &data);
    }
    return inspectDevice(&file, report, nullptr);
}

SelfieReport SelfieCheck::inspectData(const QByteArray &bytes)
{
    SelfieReport report;
    report.bytes = bytes.size();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return inspectDevice(&buffer, report, &bytes);
}

FitResult SelfieCheck::fit(const QString &path, const QString &outputDir)
{
    return fit(inspect(path), outputDir);
}

FitResult SelfieCheck::fit(const SelfieReport &report, const QString &outputDir)
{
    FitResult result;
    if (!report.fittable()) {
        result.error = FitResult::Error::NotFittable;
        result.message =
            report.passes()
                ? SelfieCheck::tr("The image already meets every rule; there is nothing to fit.")
                : SelfieCheck::tr("Only an image that is too large in pixels or in bytes can be "
                                  "fitted; this one breaks another rule.");
        return result;
    }

    // JPEG has no alpha: flatten onto white, as a viewer would show it.
    QImage image(report.preview.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, report.preview);
    }
    if (SelfieRules::sideTooLarge(image.width()) || SelfieRules::sideTooLarge(image.height()))
        image = image.scaled(SelfieRules::MaxSide, SelfieRules::MaxSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);

    QByteArray encoded;
    int quality = 0;
    // Lower the quality first, then the size: at these dimensions a face stays recognisable.
    while (encoded.isEmpty()) {
        for (int q = 92; q >= 50; q -= 7) {
            QByteArray attempt = encodeJpeg(image, q);
            if (attempt.isEmpty())
                break;
            if (attempt.size() <= SelfieRules::MaxBytes) {
                encoded = attempt;
                quality = q;
                break;
            }
        }
        if (!encoded.isEmpty())
            break;
        const QSize smaller = image.size() * 0.75;
        if (SelfieRules::sideTooSmall(smaller.width()) ||
            SelfieRules::sideTooSmall(smaller.height())) {
            result.error = FitResult::Error::CannotShrink;
            result.message =
                SelfieCheck::tr("No JPEG quality and size brought the image under 5 MiB.");
            return result;
        }
        image = image.scaled(smaller, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    QDir dir(outputDir);
    if (!dir.mkpath(u"."_s)) {
        result.error = FitResult::Error::CannotWrite;
        result.message = SelfieCheck::tr("The folder %1 cannot be created.").arg(outputDir);
        return result;
    }
    const QString stem =
        report.path.isEmpty() ? u"selfie"_s : QFileInfo(report.path).completeBaseName();
    const QString outPath = uniqueOutputPath(dir, stem);
    QFile out(outPath);
    // NewOnly: never replace an existing file, least of all the original.
    // 0600 before the first byte: a customer's face is for this user only.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(encoded) != encoded.size() || !out.flush()) {
        result.error = FitResult::Error::CannotWrite;
        result.message =
            SelfieCheck::tr("The file %1 cannot be written: %2").arg(outPath, out.errorString());
        out.remove();
        return result;
    }
    out.close();

    result.path = outPath;
    result.size = image.size();
    result.bytes = encoded.size();
    result.quality = quality;
    return result;
}
