// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/privatefolder.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace {

constexpr QFileDevice::Permissions PrivateMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OpenToOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Each missing folder from the first existing ancestor down, created private from the start,
// not chmodded afterwards: there is no moment where others can enter. The mode is set again
// explicitly, since mkdir's is filtered by the umask.
bool makePrivatePath(const QString &folder)
{
    QStringList missing;
    for (QString path = folder; !QFileInfo(path).isDir(); path = QFileInfo(path).path()) {
        if (QFileInfo(path).exists() || QFileInfo(path).path() == path)
            return false;
        missing.prepend(path);
    }
    for (const QString &path : std::as_const(missing))
        if (!QDir().mkdir(path, PrivateMode) || !QFile::setPermissions(path, PrivateMode))
            return false;
    return true;
}

// An older version left the app's own folders as the umask made them: they are made private,
// from the given one up to the data folder. False when one of them cannot be.
bool tightenAppOwned(const QString &folder)
{
    bool allPrivate = true;
    for (QString path = folder; PrivateFolder::isAppOwned(path); path = QFileInfo(path).path()) {
        if (!(QFileInfo(path).permissions() & OpenToOthers))
            continue;
        if (QFile::setPermissions(path, PrivateMode))
            qCInfo(lcStore).noquote() << "Made the app's own folder private (0700):" << path;
        else
            allPrivate = false;
    }
    return allPrivate;
}

} // namespace

bool PrivateFolder::isAppOwned(const QString &folder)
{
    const QString data =
        cleanAbsolute(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString path = cleanAbsolute(folder);
    return path == data || path.startsWith(data + u'/');
}

PrivateFolder::Result PrivateFolder::ensure(const QString &folder)
{
    Result result;
    const QString path = cleanAbsolute(folder);
    const QFileInfo info(path);
    if (!info.isDir()) {
        if (!makePrivatePath(path))
            return result;
        result.created = true;
    }
    result.ok = true;
    const bool ownPrivate = isAppOwned(path) && tightenAppOwned(path);
    if (!ownPrivate && (QFileInfo(path).permissions() & OpenToOthers))
        result.warning =
            tr("The folder %1 can be read by other users of this computer. VerifyDesk keeps "
               "its files in it private (0600) but leaves the folder as it is; make it "
               "private (chmod 700) if it holds nothing else that others need.")
                .arg(QDir::toNativeSeparators(path));
    return result;
}
