// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/imagepaste.h"
#include "media/privatetempfolder.h"
#include "media/selfiecheck.h"
#include "testimages.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImagePaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesClipboardImageAsPng();
    void savesCameraFrameAsJpeg();
    void keepsEncodedBytesUnchanged();
    void uniqueNames();
    void rejectsEmptyInput();
    void defaultDirectoryIsPrivate();
    void purgeRemovesOnlyOldPastes();

private:
    QTemporaryDir m_dir;
};

void TestImagePaste::savesClipboardImageAsPng()
{
    const PasteResult result =
        ImagePaste::save(testimages::marked(320, 240, 40), "png", m_dir.path());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.path.startsWith(m_dir.path()));
    QVERIFY(result.path.endsWith(u".png"_s));
    const SelfieReport report = SelfieCheck::inspect(result.path);
    QVERIFY(report.passes());
    QCOMPARE(report.format, QByteArray("png"));
    QCOMPARE(report.preview.pixelColor(5, 5), QColor(255, 0, 0));
}

void TestImagePaste::savesCameraFrameAsJpeg()
{
    const PasteResult result =
        ImagePaste::save(testimages::solid(640, 480), "jpeg", m_dir.filePath(u"camera"_s));
    QVERIFY2(result.ok(), qPrintable(result.message));
    const SelfieReport report = SelfieCheck::inspect(result.path);
    QCOMPARE(report.format, QByteArray("jpeg"));
    QCOMPARE(report.size, QSize(640, 480));
}

void TestImagePaste::keepsEncodedBytesUnchanged()
{
    const QByteArray gif = testimages::gif(20, 12);
    const PasteResult result = ImagePaste::saveData(gif, m_dir.path());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.path.endsWith(u".gif"_s));
    QFile file(result.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), gif);

    // Unknown content is kept too; SelfieCheck is what says it is not an image.
    const PasteResult junk = ImagePaste::saveData("not an image", m_dir.path());
    QVERIFY(junk.ok());
    QVERIFY(SelfieCheck::inspect(junk.path).breaks(SelfieIssue::Rule::Unreadable));
}

void TestImagePaste::uniqueNames()
{
    const QImage image = testimages::solid(16, 16);
    QStringList paths;
    for (int i = 0; i < 5; ++i) {
        const PasteResult result = ImagePaste::save(image, "png", m_dir.filePath(u"many"_s));
        QVERIFY(result.ok());
        QVERIFY(!paths.contains(result.path));
        paths.append(result.path);
    }
    QCOMPARE(QDir(m_dir.filePath(u"many"_s)).entryList(QDir::Files).size(), 5);
}

void TestImagePaste::rejectsEmptyInput()
{
    QCOMPARE(ImagePaste::save(QImage(), "png", m_dir.path()).error, PasteResult::Error::EmptyImage);
    QCOMPARE(ImagePaste::saveData(QByteArray(), m_dir.path()).error,
             PasteResult::Error::EmptyImage);
    const PasteResult badFormat =
        ImagePaste::save(testimages::solid(16, 16), "nosuchformat", m_dir.path());
    QCOMPARE(badFormat.error, PasteResult::Error::CannotWrite);
    QVERIFY(!badFormat.message.isEmpty());
}

void TestImagePaste::defaultDirectoryIsPrivate()
{
    QVERIFY(ImagePaste::defaultDirectory().startsWith(PrivateTempFolder::path() + u'/'));
}

void TestImagePaste::purgeRemovesOnlyOldPastes()
{
    const QString dir = m_dir.filePath(u"purge"_s);
    const PasteResult old = ImagePaste::save(testimages::solid(16, 16), "png", dir);
    const PasteResult fresh = ImagePaste::save(testimages::solid(16, 16), "png", dir);
    QVERIFY(old.ok() && fresh.ok());
    {
        QFile file(old.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-10),
                                 QFileDevice::FileModificationTime));
    }
    QFile other(QDir(dir).filePath(u"operator-file.png"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    QVERIFY(other.setFileTime(QDateTime::currentDateTimeUtc().addDays(-10),
                              QFileDevice::FileModificationTime));
    other.close();

    QCOMPARE(ImagePaste::purge(7, dir), 1);
    QVERIFY(!QFileInfo::exists(old.path));
    QVERIFY(QFileInfo::exists(fresh.path));
    QVERIFY(QFileInfo::exists(other.fileName()));
}

QTEST_GUILESS_MAIN(TestImagePaste)
#include "tst_imagepaste.moc"
