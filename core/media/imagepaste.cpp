// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepaste.h"

#include "media/privatetempfolder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace {

QString resolveDir(const QString &dir)
{
    return dir.isEmpty() ? ImagePaste::defaultDirectory() : dir;
}

// QTemporaryFile gives a unique name atomically; autoRemove off keeps the file for the upload.
PasteResult writeUnique(const QByteArray &data, const QString &dir, const QString &suffix)
{
    PasteResult result;
    if (!QDir().mkpath(dir)) {
        result.error = PasteResult::Error::CannotWrite;
        result.message = ImagePaste::tr("The folder %1 cannot be created.").arg(dir);
        return result;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QTemporaryFile file(QDir(dir).filePath(u"pasted-"_s + stamp + u"-XXXXXX."_s + suffix));
    file.setAutoRemove(false);
    if (!file.open() || file.write(data) != data.size() || !file.flush()) {
        result.error = PasteResult::Error::CannotWrite;
        result.message =
            ImagePaste::tr("The image cannot be saved in %1: %2").arg(dir, file.errorString());
        file.remove();
        return result;
    }
    result.path = file.fileName();
    return result;
}

} // namespace

QString ImagePaste::defaultDirectory()
{
    return PrivateTempFolder::path() + u"/pasted"_s;
}

PasteResult ImagePaste::save(const QImage &image, const QByteArray &format, const QString &dir)
{
    if (image.isNull())
        return {PasteResult::Error::EmptyImage, ImagePaste::tr("There is no image to save."), {}};
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg" || format == "jpg")
        writer.setQuality(95);
    if (!writer.write(image))
        return {PasteResult::Error::CannotWrite,
                ImagePaste::tr("The image cannot be encoded as %1: %2")
                    .arg(QString::fromLatin1(format), writer.errorString()),
                {}};
    return writeUnique(data, resolveDir(dir), QString::fromLatin1(format));
}

PasteResult ImagePaste::saveData(const QByteArray &encoded, const QString &dir)
{
    if (encoded.isEmpty())
        return {PasteResult::Error::EmptyImage, ImagePaste::tr("There is no image to save."), {}};
    QBuffer buffer;
    buffer.setData(encoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QByteArray format = reader.format();
    // Unknown content is still saved: SelfieCheck then names what is wrong with it.
    const QString suffix = format.isEmpty() ? u"bin"_s : QString::fromLatin1(format);
    return writeUnique(encoded, resolveDir(dir), suffix);
}

int ImagePaste::purge(int maxAgeDays, const QString &dir)
{
    QDir folder(resolveDir(dir));
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-maxAgeDays);
    int removed = 0;
    const QFileInfoList files =
        folder.entryInfoList({u"pasted-*"_s}, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        if (info.lastModified().toUTC() < cutoff && QFile::remove(info.filePath()))
            ++removed;
    }
    return removed;
}
