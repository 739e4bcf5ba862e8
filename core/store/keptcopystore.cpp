// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/keptcopystore.h"

#include "logging.h"
#include "store/privatefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions PrivateFolderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

KeptCopyError fromCipher(const CopyCipherError &error, const QString &path)
{
    return {KeptCopyError::Code::Cipher, error.code,
            KeptCopyStore::tr("%1 (%2)").arg(error.message, QDir::toNativeSeparators(path))};
}

} // namespace

KeptCopyStore::KeptCopyStore(const QString &folder, const QByteArray &key)
    : m_folder(folder)
    , m_key(key)
{
}

KeptCopyError KeptCopyStore::makeFolder() const
{
    if (m_key.size() != CopyCipher::KeySize)
        return {KeptCopyError::Code::NoKey, CopyCipherError::Code::None,
                tr("No key for kept copies is available, so no copy is kept.")};
    // Always the app's: made private even where the history's own folder is the user's.
    if (!PrivateFolder::ensure(m_folder).ok || !QFile::setPermissions(m_folder, PrivateFolderMode))
        return {KeptCopyError::Code::FileFailed, CopyCipherError::Code::None,
                tr("The folder for kept copies %1 cannot be created or made private.")
                    .arg(QDir::toNativeSeparators(m_folder))};
    return {};
}

KeptCopyError KeptCopyStore::writePrivately(const QString &path, const QByteArray &sealed) const
{
    QSaveFile target(path);
    // 0600 before the first byte: the ciphertext is never readable by others either.
    if (!target.open(QIODevice::WriteOnly) || !target.setPermissions(PrivateFile) ||
        target.write(sealed) != sealed.size() || !target.commit() ||
        !QFile::setPermissions(path, PrivateFile))
        return {KeptCopyError::Code::FileFailed, CopyCipherError::Code::None,
                tr("The kept copy %1 cannot be written: %2")
                    .arg(QDir::toNativeSeparators(path), target.errorString())};
    return {};
}

KeptCopyError KeptCopyStore::keep(const QString &sourcePath, const QString &name,
                                  QString *path) const
{
    if (const KeptCopyError folder = makeFolder(); !folder.ok())
        return folder;
    const QString copy = QDir(m_folder).filePath(name);
    if (QFile::exists(copy)) {
        *path = copy;
        return {};
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return {KeptCopyError::Code::FileFailed, CopyCipherError::Code::None,
                tr("The input %1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(sourcePath), source.errorString())};
    const CopyCipherResult<QByteArray> sealed = CopyCipher::seal(m_key, source.readAll());
    if (!sealed.ok())
        return fromCipher(sealed.error, copy);
    if (const KeptCopyError written = writePrivately(copy, sealed.value); !written.ok())
        return written;
    *path = copy;
    return {};
}

KeptCopyError KeptCopyStore::read(const QString &path, QByteArray *plain) const
{
    if (m_key.size() != CopyCipher::KeySize)
        return {KeptCopyError::Code::NoKey, CopyCipherError::Code::None,
                tr("No key for kept copies is available, so the copy cannot be read.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {KeptCopyError::Code::FileFailed, CopyCipherError::Code::None,
                tr("The kept copy %1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())};
    CopyCipherResult<QByteArray> opened = CopyCipher::open(m_key, file.readAll());
    if (!opened.ok())
        return fromCipher(opened.error, path);
    *plain = std::move(opened.value);
    return {};
}

KeptCopyError KeptCopyStore::encryptPlainCopies(int *count) const
{
    *count = 0;
    if (!QFileInfo::exists(m_folder))
        return {};
    if (const KeptCopyError folder = makeFolder(); !folder.ok())
        return folder;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return {KeptCopyError::Code::FileFailed, CopyCipherError::Code::None,
                    tr("The kept copy %1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
        const QByteArray content = file.readAll();
        file.close();
        if (content.startsWith(CopyCipher::magic())) {
            QFile::setPermissions(info.absoluteFilePath(), PrivateFile);
            continue;
        }
        const CopyCipherResult<QByteArray> sealed = CopyCipher::seal(m_key, content);
        if (!sealed.ok())
            return fromCipher(sealed.error, info.absoluteFilePath());
        if (const KeptCopyError written = writePrivately(info.absoluteFilePath(), sealed.value);
            !written.ok())
            return written;
        ++*count;
    }
    if (*count > 0)
        qCInfo(lcStore).noquote() << tr("Kept copies encrypted in place: %1.").arg(*count);
    return {};
}
