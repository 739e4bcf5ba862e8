// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/privatefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr QFileDevice::Permissions PrivateMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OpenToOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

PrivateFolder::Result PrivateFolder::ensure(const QString &folder)
{
    Result result;
    const QFileInfo info(folder);
    if (info.isDir()) {
        result.ok = true;
        if (info.permissions() & OpenToOthers)
            result.warning =
                tr("The folder %1 can be read by other users of this computer. VerifyDesk keeps "
                   "its files in it private (0600) but leaves the folder as it is; make it "
                   "private (chmod 700) if it holds nothing else that others need.")
                    .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    // Created private from the start, not chmodded afterwards: no moment where others can enter.
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent) || !QDir().mkdir(info.absoluteFilePath(), PrivateMode) ||
        !QFile::setPermissions(info.absoluteFilePath(), PrivateMode))
        return result;
    result.ok = true;
    result.created = true;
    return result;
}
