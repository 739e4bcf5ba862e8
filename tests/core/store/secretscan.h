// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Looks for a secret in every file under a folder, as UTF-8 and as UTF-16: proof that it was
// not written to disk in plain text.

#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace secretscan {

inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.size() > 256 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        if (data.contains(utf8) || data.contains(utf16))
            found.append(path);
    }
    return found;
}

} // namespace secretscan
