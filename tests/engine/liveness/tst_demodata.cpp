// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginerun.h"
#include "footage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Tests packaging/make-demo-data.sh, whose files verifydesk-server --demo and the README's run
// command use: it runs, writes every file, and the captures score as they should.
class TestDemoData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(footage::available(&missing), qPrintable(missing));
        QVERIFY(m_dir.isValid());
    }

    void demoData()
    {
        // packaging/make-demo-data.sh, which verifydesk-server --demo and the README rely on.
        QProcess script;
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(VD_SOURCE_DIR "/packaging/make-demo-data.sh"),
                      path(QStringLiteral("demo")), QStringLiteral(VD_ENGINE_EXE)});
        QVERIFY(script.waitForFinished(120000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        for (const char *name : {"selfie.jpg", "selfie-other-person.jpg"}) {
            QVERIFY2(!cv::imread(path(QStringLiteral("demo/") + QLatin1String(name)).toStdString())
                          .empty(),
                     name);
        }
        const auto hack = [this](const char *name) {
            const EngineRun run = engine({QStringLiteral("liveness"),
                                          path(QStringLiteral("demo/") + QLatin1String(name)),
                                          QStringLiteral("--json")});
            return QJsonDocument::fromJson(run.out.toUtf8())
                .object()
                .value(QStringLiteral("hack_score"))
                .toDouble(-1);
        };
        const double genuine = hack("liveness-genuine.protobuf");
        const double replay = hack("liveness-replay.protobuf");
        QVERIFY2(genuine >= 0 && genuine < 0.2, qPrintable(QString::number(genuine)));
        QVERIFY(QFileInfo(path(QStringLiteral("demo/liveness-genuine-video.protobuf"))).size() >
                1000);
        QVERIFY2(replay > 0.98, qPrintable(QString::number(replay)));

        const EngineRun other = engine(
            {QStringLiteral("compare"), path(QStringLiteral("demo/selfie.jpg")),
             path(QStringLiteral("demo/selfie-other-person.jpg")), QStringLiteral("--json")});
        QCOMPARE(other.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(other.out.toUtf8())
                    .object()
                    .value(QStringLiteral("verify_score"))
                    .toDouble(1) < 0.7);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
