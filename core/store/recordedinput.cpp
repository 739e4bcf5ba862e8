// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordedinput.h"

#include "media/privatetempfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

RecordedInput RecordedInput::resolve(const HistoryInput &input, const HistoryStore &store)
{
    RecordedInput resolved;
    resolved.input = input;
    if (input.kind != HistoryInput::Kind::File)
        return resolved;
    if (!QFileInfo::exists(input.value))
        resolved.fileState = FileState::Gone;
    else if (input.sha256.isEmpty() || HistoryStore::fileSha256(input.value).value != input.sha256)
        resolved.fileState = FileState::Changed;
    else
        resolved.fileState = FileState::Unchanged;

    if (input.storedCopy.isEmpty()) {
        resolved.keptProblem = tr("not kept (keeping copies was off when it was recorded)");
    } else if (!QFileInfo::exists(input.storedCopy)) {
        resolved.keptProblem =
            tr("the kept copy is gone: %1").arg(QDir::toNativeSeparators(input.storedCopy));
    } else {
        const KeptCopyError read = store.readKeptCopy(input, &resolved.keptBytes);
        if (read.code == KeptCopyError::Code::NoKey)
            resolved.keptProblem =
                tr("a copy is kept, but its key is not loaded: turn on keeping copies in the "
                   "settings so that the key comes from the keyring");
        else if (!read.ok())
            resolved.keptProblem = read.message;
        // Kept copies are named by content: a copy of other bytes is not this input.
        else if (!input.sha256.isEmpty() &&
                 QString::fromLatin1(
                     QCryptographicHash::hash(resolved.keptBytes, QCryptographicHash::Sha256)
                         .toHex()) != input.sha256)
            resolved.keptProblem = tr("the kept copy does not have the recorded SHA-256");
        if (!resolved.keptProblem.isEmpty())
            resolved.keptBytes.clear();
    }
    return resolved;
}

bool RecordedInput::available() const
{
    return fileState == FileState::Unchanged || !keptBytes.isEmpty();
}

QString RecordedInput::unavailableReason() const
{
    if (available())
        return {};
    switch (fileState) {
    case FileState::NotAFile:
        return input.kind == HistoryInput::Kind::None
                   ? tr("it was not given")
                   : tr("it was given as a URL or server id, not as a file");
    case FileState::Gone:
        return tr("%1 is no longer there and %2")
            .arg(QDir::toNativeSeparators(input.value), keptProblem);
    case FileState::Changed:
        if (input.sha256.isEmpty())
            return tr("the SHA-256 of %1 was not recorded, so it cannot be shown to be the same "
                      "file, and %2")
                .arg(QDir::toNativeSeparators(input.value), keptProblem);
        return tr("%1 has changed since (its SHA-256 differs) and %2")
            .arg(QDir::toNativeSeparators(input.value), keptProblem);
    case FileState::Unchanged:
        break;
    }
    return {};
}

QString RecordedInput::fileForSending(QString *error) const
{
    if (fileState == FileState::Unchanged)
        return input.value;
    if (keptBytes.isEmpty()) {
        *error = unavailableReason();
        return {};
    }
    const QString folder = PrivateTempFolder::path();
    if (folder.isEmpty()) {
        *error = tr("the private temporary folder cannot be made");
        return {};
    }
    // The original's name, so that the panels and the new record say what it was.
    const QString path =
        QDir(folder).filePath(input.sha256.left(16) + u'-' + QFileInfo(input.value).fileName());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(keptBytes) != keptBytes.size() || !file.commit()) {
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return path;
}
