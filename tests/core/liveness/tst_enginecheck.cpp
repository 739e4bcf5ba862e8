// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturebuilder.h"
#include "liveness/enginecheck.h"
#include "verifydeskconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace lv = verifydesk::liveness;

namespace {

const QString FaceApiPackage = u"/.cache/npm/@vladmandic_face-api@1.7.15/package"_s;

} // namespace

// The reference engine run as a process on a capture: its cues, and every way it can fail.
class TestEngineCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesTheEnginesJson();
    void refusesOtherJson_data();
    void refusesOtherJson();
    void missingEngine();
    void realEngineOnACapture();
    void engineRefusesAFile();
    void cancel();
    void progressLines_data();
    void progressLines();
    void realEngineReportsProgress();
    void untrustedStderr();

private:
    EngineCheckResult runToEnd(EngineCheck &check, const QString &path);

    QTemporaryDir m_dir;
    QString m_capture;
    bool m_haveModels = false;
};

void TestEngineCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!EngineCheck::findEngine().isEmpty(), "verifydesk-engine is built beside the tests");
    // The engine's default folder, or the pinned npm package fetch-models.sh unpacks.
    const QString package = QStringLiteral(VD_SOURCE_DIR) + FaceApiPackage;
    if (qEnvironmentVariableIsEmpty("VERIFYDESK_MODEL_DIR") &&
        !QFileInfo::exists(QStringLiteral(VD_MODEL_DIR) +
                           u"/tiny_face_detector_model-weights_manifest.json"_s) &&
        QFileInfo::exists(package + u"/model"_s))
        qputenv("VERIFYDESK_MODEL_DIR", QFile::encodeName(package + u"/model"_s));
    m_haveModels = QFileInfo::exists(package + u"/demo/sample1.jpg"_s) &&
                   (QFileInfo::exists(qEnvironmentVariable("VERIFYDESK_MODEL_DIR")) ||
                    QFileInfo::exists(QStringLiteral(VD_MODEL_DIR)));

    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK};
    vd::format::CaptureBuilder builder(options);
    for (int i = 1; i <= 3; ++i) {
        QFile image(package + u"/demo/sample%1.jpg"_s.arg(i));
        if (image.open(QIODevice::ReadOnly))
            builder.addFrame(image.readAll().toStdString());
    }
    if (builder.frameCount() == 0)
        return;
    const vd::format::CaptureBuildResult built = builder.build();
    QVERIFY2(built.capture, built.error.c_str());
    m_capture = m_dir.filePath(u"capture.protobuf"_s);
    QFile file(m_capture);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(built.capture->SerializeAsString()));
}

EngineCheckResult TestEngineCheck::runToEnd(EngineCheck &check, const QString &path)
{
    QSignalSpy finished(&check, &EngineCheck::finished);
    check.start(path);
    if (!finished.wait(EngineCheck::TimeoutMs + 5000))
        return {};
    return finished.at(0).at(0).value<EngineCheckResult>();
}

void TestEngineCheck::parsesTheEnginesJson()
{
    const EngineCheckResult result = EngineCheck::parse(
        R"({"cues":[{"attack_evidence":0,"finding":"a face in 6 of 6 frames","name":"face_presence","value":1},
            {"attack_evidence":0.9,"finding":"a blink was asked for and not seen","name":"blink","value":0}],
            "frames":6,"frames_with_face":6,"hack_score":0.93})");
    QCOMPARE(result.status, EngineCheckResult::Status::Ok);
    QCOMPARE(result.cues.size(), 2);
    QCOMPARE(result.cues.at(1).name, u"blink"_s);
    QCOMPARE(result.cues.at(1).attackEvidence, 0.9);
    QCOMPARE(result.cues.at(0).finding, u"a face in 6 of 6 frames"_s);
    QCOMPARE(result.hackScore, 0.93);
    QCOMPARE(result.framesWithFace, 6);
}

void TestEngineCheck::refusesOtherJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("Segmentation fault");
    QTest::newRow("no cues") << QByteArray(R"({"hack_score":0.5})");
    QTest::newRow("no score") << QByteArray(R"({"cues":[]})");
}

void TestEngineCheck::refusesOtherJson()
{
    QFETCH(QByteArray, json);
    const EngineCheckResult result = EngineCheck::parse(json);
    QCOMPARE(result.status, EngineCheckResult::Status::BadOutput);
    QVERIFY(!result.message.isEmpty());
}

void TestEngineCheck::missingEngine()
{
    EngineCheck check;
    check.setEngine(m_dir.filePath(u"no-such-engine"_s));
    const EngineCheckResult result = runToEnd(check, m_dir.filePath(u"x.protobuf"_s));
    QCOMPARE(result.status, EngineCheckResult::Status::EngineMissing);
    QVERIFY(result.message.contains(u"verifydesk-engine"_s));
}

void TestEngineCheck::realEngineOnACapture()
{
    if (!m_haveModels || m_capture.isEmpty())
        QSKIP("the face-api weights are not installed (packaging/fetch-models.sh)");
    EngineCheck check;
    const EngineCheckResult result = runToEnd(check, m_capture);
    QCOMPARE(result.status, EngineCheckResult::Status::Ok);
    QCOMPARE(result.frames, 3);
    QVERIFY(result.hackScore >= 0 && result.hackScore <= 1);
    QStringList names;
    for (const EngineCue &cue : result.cues)
        names.append(cue.name);
    QVERIFY2(names.contains(u"face_presence"_s) && names.contains(u"blink"_s),
             qPrintable(names.join(u',')));
    QVERIFY(!check.isRunning());
}

void TestEngineCheck::engineRefusesAFile()
{
    const QString path = m_dir.filePath(u"vendor.protobuf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x0a\x03\x01\x02\x03", 5));
    file.close();
    EngineCheck check;
    const EngineCheckResult result = runToEnd(check, path);
    QCOMPARE(result.status, EngineCheckResult::Status::Failed);
    // The engine's own reason, read from its stderr beside the progress lines.
    QVERIFY2(result.message.contains(u"vendor.protobuf"_s), qPrintable(result.message));
}

void TestEngineCheck::cancel()
{
    EngineCheck check;
    QSignalSpy finished(&check, &EngineCheck::finished);
    check.start(m_capture.isEmpty() ? m_dir.filePath(u"x"_s) : m_capture);
    QVERIFY(check.isRunning());
    check.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<EngineCheckResult>().status,
             EngineCheckResult::Status::Cancelled);
    QVERIFY(!check.isRunning());
}

void TestEngineCheck::progressLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("frame");
    QTest::addColumn<int>("frames");
    QTest::newRow("first") << QByteArray("frame 1 of 30") << 1 << 30;
    QTest::newRow("last, with CR") << QByteArray("frame 30 of 30\r") << 30 << 30;
    QTest::newRow("past the end") << QByteArray("frame 31 of 30") << 0 << 0;
    QTest::newRow("zero") << QByteArray("frame 0 of 0") << 0 << 0;
    QTest::newRow("huge") << QByteArray("frame 1 of 9999999") << 0 << 0;
    QTest::newRow("negative") << QByteArray("frame -1 of 3") << 0 << 0;
    QTest::newRow("count unknown") << QByteArray("frame 4") << 0 << 0;
    QTest::newRow("an error") << QByteArray("verifydesk-engine: x: frame 1 of 2") << 0 << 0;
    QTest::newRow("long") << QByteArray("frame 1 of 2" + QByteArray(300, ' ')) << 0 << 0;
}

void TestEngineCheck::progressLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, frame);
    QFETCH(int, frames);
    int k = 0;
    int n = 0;
    QCOMPARE(EngineCheck::parseProgress(line, &k, &n), frame > 0);
    QCOMPARE(k, frame);
    QCOMPARE(n, frames);
}

void TestEngineCheck::realEngineReportsProgress()
{
    if (!m_haveModels || m_capture.isEmpty())
        QSKIP("the face-api weights are not installed (packaging/fetch-models.sh)");
    EngineCheck check;
    QSignalSpy progress(&check, &EngineCheck::progress);
    const EngineCheckResult result = runToEnd(check, m_capture);
    QCOMPARE(result.status, EngineCheckResult::Status::Ok);
    QCOMPARE(progress.size(), 3);
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), 3);
    }
    QCOMPARE(result.frames, 3);
}

void TestEngineCheck::untrustedStderr()
{
    // An engine that says odd things on stderr, a lot of it, and then refuses.
    const QString script = m_dir.filePath(u"odd-engine.sh"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n"
               "printf 'frame 2 of 1\\nframe 0 of 0\\nframe 1 of 9999999\\nframe 1 of 2\\n' >&2\n"
               "head -c 200000 /dev/zero | tr '\\0' x >&2\n"
               "printf '\\nframe 2 of 2\\n' >&2\n"
               "exit 2\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    EngineCheck check;
    check.setEngine(script);
    QSignalSpy progress(&check, &EngineCheck::progress);
    const EngineCheckResult result = runToEnd(check, m_dir.filePath(u"x.protobuf"_s));
    QCOMPARE(result.status, EngineCheckResult::Status::Failed);
    QVERIFY(result.message.size() < 2200);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.at(0).at(0).toInt(), 1);
    QCOMPARE(progress.at(1).at(0).toInt(), 2);
    QCOMPARE(progress.at(1).at(1).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestEngineCheck)
#include "tst_enginecheck.moc"
