// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historystore.h"
#include "store/keptcopystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions PrivateFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QFileDevice::Permissions modeOf(const QString &path)
{
    // Only the owner/group/other bits: Qt's "user" bits depend on who asks.
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKeptCopyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A permissive umask proves the modes are set, not inherited.
    void initTestCase() { m_oldMask = ::umask(0); }
    void cleanupTestCase() { ::umask(m_oldMask); }

    void keepAndRead()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"selfie.jpg"_s);
        writeFile(source, QByteArrayLiteral("\xff\xd8 a face"));
        const KeptCopyStore store(dir.filePath(u"inputs"_s), CopyCipher::newKey().value);
        QString copy;
        const KeptCopyError kept = store.keep(source, u"abc.jpg"_s, &copy);
        QVERIFY2(kept.ok(), qPrintable(kept.message));
        QCOMPARE(copy, dir.filePath(u"inputs/abc.jpg"_s));
        QCOMPARE(modeOf(copy), PrivateFile);
        QCOMPARE(modeOf(store.folder()), PrivateFolder);
        QVERIFY(readFile(copy).startsWith(CopyCipher::magic()));
        QVERIFY(!readFile(copy).contains("a face"));
        QByteArray plain;
        QVERIFY(store.read(copy, &plain).ok());
        QCOMPARE(plain, QByteArrayLiteral("\xff\xd8 a face"));
    }

    void wrongKeyTamperTruncation()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"selfie.jpg"_s);
        writeFile(source, QByteArray(300, 'f'));
        const KeptCopyStore store(dir.filePath(u"inputs"_s), CopyCipher::newKey().value);
        QString copy;
        QVERIFY(store.keep(source, u"c.jpg"_s, &copy).ok());
        const QByteArray sealed = readFile(copy);
        QByteArray plain = "untouched";

        const KeptCopyStore other(store.folder(), CopyCipher::newKey().value);
        KeptCopyError error = other.read(copy, &plain);
        QCOMPARE(error.cipher, CopyCipherError::Code::WrongKey);
        QVERIFY(error.message.contains(u"c.jpg"_s));

        QByteArray altered = sealed;
        altered[100] = char(altered.at(100) ^ 0x80);
        writeFile(copy, altered);
        error = store.read(copy, &plain);
        QCOMPARE(error.cipher, CopyCipherError::Code::Altered);

        writeFile(copy, sealed.left(sealed.size() - 3));
        error = store.read(copy, &plain);
        QCOMPARE(error.cipher, CopyCipherError::Code::Altered);
        QCOMPARE(plain, QByteArrayLiteral("untouched"));
    }

    void noKeyKeepsNothing()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"selfie.jpg"_s);
        writeFile(source, "face");
        const KeptCopyStore store(dir.filePath(u"inputs"_s), {});
        QString copy;
        QCOMPARE(store.keep(source, u"x.jpg"_s, &copy).code, KeptCopyError::Code::NoKey);
        QVERIFY(copy.isEmpty());
        QVERIFY(!QFileInfo::exists(store.folder()));
    }

    void plainCopiesAreEncryptedInPlace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"inputs"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
        writeFile(folder + u"/old.jpg"_s, "old plain face");
        QFile::setPermissions(folder + u"/old.jpg"_s, QFileDevice::Permissions(0x6644));
        const KeptCopyStore store(folder, CopyCipher::newKey().value);
        int count = -1;
        QVERIFY(store.encryptPlainCopies(&count).ok());
        QCOMPARE(count, 1);
        QCOMPARE(modeOf(folder), PrivateFolder);
        QCOMPARE(modeOf(folder + u"/old.jpg"_s), PrivateFile);
        QVERIFY(!readFile(folder + u"/old.jpg"_s).contains("plain"));
        QByteArray plain;
        QVERIFY(store.read(folder + u"/old.jpg"_s, &plain).ok());
        QCOMPARE(plain, QByteArrayLiteral("old plain face"));
        QVERIFY(store.encryptPlainCopies(&count).ok());
        QCOMPARE(count, 0); // already encrypted: never twice
    }

    // The history keeps copies only with a key, encrypted, and purges them with their records.
    void historyKeepsEncryptedCopies()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"selfie.jpg"_s);
        writeFile(source, "history face");
        HistoryStore history(dir.filePath(u"data/history.sqlite"_s));
        QVERIFY(history.open().ok());
        history.setKeepInputs(true);
        HistoryEntry entry;
        entry.verdict = u"same_person"_s;
        entry.status = u"OK"_s;
        entry.selfie = {HistoryInput::Kind::File, source, {}, {}};
        entry.timeUtc = QDateTime::currentDateTimeUtc().addDays(-500);

        QVERIFY(!history.keepsCopies());
        const HistoryResult<qint64> unkept = history.record(entry);
        QVERIFY(unkept.value > 0);
        QVERIFY(history.entries().value.first().selfie.storedCopy.isEmpty());

        const QByteArray key = CopyCipher::newKey().value;
        QVERIFY(history.setCopyKey(key).ok());
        QVERIFY(history.keepsCopies());
        entry.timeUtc = QDateTime::currentDateTimeUtc().addDays(-400);
        QVERIFY(history.record(entry).ok());
        const QString copy = history.entries().value.first().selfie.storedCopy;
        QVERIFY(!copy.isEmpty());
        QCOMPARE(modeOf(copy), PrivateFile);
        QCOMPARE(modeOf(history.keptCopiesFolder()), PrivateFolder);
        QVERIFY(!readFile(copy).contains("history face"));
        QByteArray plain;
        QVERIFY(KeptCopyStore(history.keptCopiesFolder(), key).read(copy, &plain).ok());
        QCOMPARE(plain, QByteArrayLiteral("history face"));

        const QString db = history.databasePath();
        for (const QString &path : QStringList{db, db + u"-wal"_s, db + u"-shm"_s})
            if (QFileInfo::exists(path))
                QCOMPARE(modeOf(path), PrivateFile);
        QCOMPARE(modeOf(QFileInfo(history.databasePath()).absolutePath()), PrivateFolder);

        const HistoryResult<int> purged =
            history.purgeBefore(QDateTime::currentDateTimeUtc().addDays(-180));
        QCOMPARE(purged.value, 2);
        QVERIFY(!QFileInfo::exists(copy));
    }

private:
    mode_t m_oldMask = 022;
};

QTEST_GUILESS_MAIN(TestKeptCopyStore)
#include "tst_keptcopystore.moc"
