// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

// The outcome of ImagePaste::save(): the path of the written file, or an error value.
struct PasteResult
{
    enum class Error
    {
        None,
        EmptyImage,
        CannotWrite
    };

    Error error = Error::None;
    QString message; // translated, empty on success
    QString path;

    bool ok() const { return error == Error::None; }
};

// Saves clipboard and camera images to files in the cache, so that every upload streams from a
// file on disk.
class ImagePaste
{
    Q_DECLARE_TR_FUNCTIONS(ImagePaste)

public:
    // <CacheLocation>/pasted
    static QString defaultDirectory();

    // Encodes the image (PNG for clipboard pastes: lossless; JPEG for camera frames) into a new
    // uniquely named file in dir (defaultDirectory() when empty).
    static PasteResult save(const QImage &image, const QByteArray &format = "png",
                            const QString &dir = QString());
    // Writes already encoded bytes unchanged; the file extension follows the content's format.
    static PasteResult saveData(const QByteArray &encoded, const QString &dir = QString());
    // Deletes pasted files older than maxAgeDays in dir; returns how many were removed.
    static int purge(int maxAgeDays, const QString &dir = QString());
};
