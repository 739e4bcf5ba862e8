// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/privatetempfolder.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cerrno>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions PrivateFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QString ownPath()
{
    return PrivateTempFolder::root() + u'/' + QString::number(::getpid());
}

} // namespace

QString PrivateTempFolder::root()
{
    // The runtime folder is the user's own and emptied at logout; the cache where there is none.
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base + u"/verifydesk-temp"_s;
}

QString PrivateTempFolder::path()
{
    static bool made = false;
    const QString own = ownPath();
    if (made && QFileInfo::exists(own))
        return own;
    if (!QDir().mkpath(own) || !QFile::setPermissions(root(), PrivateFolder) ||
        !QFile::setPermissions(own, PrivateFolder)) {
        qCWarning(lcStore).noquote() << "The private temporary folder cannot be made:" << own;
        return {};
    }
    if (!made) {
        made = true;
        removeStale();
        qAddPostRoutine(&PrivateTempFolder::remove);
    }
    return own;
}

int PrivateTempFolder::removeStale()
{
    int removed = 0;
    const QDir parent(root());
    for (const QString &name : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        if (!number || pid == ::getpid() || processRuns(pid))
            continue;
        if (QDir(parent.filePath(name)).removeRecursively())
            ++removed;
    }
    return removed;
}

void PrivateTempFolder::remove()
{
    QDir(ownPath()).removeRecursively();
}
