// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/imagepaste.h"
#include "media/privatetempfolder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

} // namespace

class TestPrivateTempFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(u"run"_s)));
        QFile::setPermissions(m_home.filePath(u"run"_s), QFileDevice::ReadOwner |
                                                             QFileDevice::WriteOwner |
                                                             QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_home.filePath(u"run"_s).toLocal8Bit());
        m_oldMask = ::umask(0);
    }
    void cleanupTestCase() { ::umask(m_oldMask); }

    // A folder left by a process that no longer runs goes at the next start; a running one's
    // stays.
    void staleFoldersAreRemoved()
    {
        const QString stale = PrivateTempFolder::root() + u'/' +
                              QString::number(999998) /* above any pid_max in use */;
        const QString alive = PrivateTempFolder::root() + u"/1"_s; // init always runs
        QVERIFY(QDir().mkpath(stale));
        QVERIFY(QDir().mkpath(alive));
        QFile face(stale + u"/pasted-face.png"_s);
        QVERIFY(face.open(QIODevice::WriteOnly));
        face.close();

        const QString own = PrivateTempFolder::path();
        QVERIFY(!own.isEmpty());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(alive));
        QDir(alive).removeRecursively();
    }

    void pastedSelfiesArePrivate()
    {
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::gray);
        const PasteResult saved = ImagePaste::save(image, "png");
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(saved.path.startsWith(PrivateTempFolder::path() + u'/'));
        QCOMPARE(modeOf(saved.path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(modeOf(PrivateTempFolder::path()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(modeOf(PrivateTempFolder::root()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_pasted = saved.path;
    }

    void removedOnRemove()
    {
        QVERIFY(QFileInfo::exists(m_pasted));
        PrivateTempFolder::remove();
        QVERIFY(!QFileInfo::exists(m_pasted));
        QVERIFY(!QFileInfo::exists(PrivateTempFolder::root() + u'/' +
                                   QString::number(QCoreApplication::applicationPid())));
    }

private:
    QTemporaryDir m_home;
    QString m_pasted;
    mode_t m_oldMask = 022;
};

QTEST_GUILESS_MAIN(TestPrivateTempFolder)
#include "tst_privatetempfolder.moc"
