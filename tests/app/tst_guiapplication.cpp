// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions OpenToOthers = QFileDevice::Permissions(0x0077);

int storedCount(const QString &path)
{
    HistoryStore reader(path); // no retention of its own: counts what is there
    return reader.count().value;
}

} // namespace

// What the desktop app does as it starts, before the operator does anything: the real
// verifydesk window on the offscreen platform, in a home of its own.
class TestGuiApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startCleansUpAndKeepsTheHistory();
};

void TestGuiApplication::startCleansUpAndKeepsTheHistory()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString runtime = home.filePath(u"run"_s);
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // A crashed run's temporary folder (a pid that no longer runs) and a running one's.
    const QString stale = runtime + u"/verifydesk-temp/999997"_s;
    const QString alive = runtime + u"/verifydesk-temp/1"_s;
    QVERIFY(QDir().mkpath(stale));
    QVERIFY(QDir().mkpath(alive));
    QFile face(stale + u"/pasted-face.png"_s);
    QVERIFY(face.open(QIODevice::WriteOnly));
    face.close();

    // A history an older version left: a record past the default 180 days, a recent one, and
    // the app's data folder open to others.
    const QString folder = home.filePath(u"data/VerifyDesk/verifydesk"_s);
    const QString database = folder + u"/history.sqlite"_s;
    {
        HistoryStore writer(database);
        for (const int daysAgo : {400, 3}) {
            HistoryEntry e;
            e.timeUtc = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            e.requestId = u"days-%1"_s.arg(daysAgo);
            e.verdict = u"error"_s;
            e.status = u"NETWORK_ERROR"_s;
            QVERIFY(writer.record(e).value > 0);
        }
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther));
    QCOMPARE(storedCount(database), 2);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"VERIFYDESK_API_SECRET"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(VD_VERIFYDESK_EXE), {});
    QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));

    QTRY_COMPARE_WITH_TIMEOUT(storedCount(database), 1, 30000);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(alive));
    QCOMPARE(QFileInfo(folder).permissions() & OpenToOthers, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(database).permissions() & OpenToOthers, QFileDevice::Permissions());
    QCOMPARE(app.state(), QProcess::Running);

    app.kill();
    app.waitForFinished();
}

QTEST_GUILESS_MAIN(TestGuiApplication)
#include "tst_guiapplication.moc"
