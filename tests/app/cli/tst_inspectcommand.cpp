// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturebuilder.h"
#include "wirewriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wiretest::randomBytes;
using wiretest::Wire;
namespace lv = verifydesk::liveness;

namespace {

QByteArray jpeg(int shade)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(shade, 90, 160));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return data;
}

QString hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

// Runs `verifydesk inspect` as a QA engineer's script would, on hand-built files.
class TestInspectCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonOfAVendorFile();
    void jsonOfAllWireTypes();
    void captureObject();
    void textForm();
    void malformedPrintsWhatReads_data();
    void malformedPrintsWhatReads();
    void maxDepth();
    void exportBytes();
    void compareNamesTheChangedField();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QJsonObject json(const QStringList &arguments, int exitCode);
    QString write(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    QString m_vendor;
    QString m_types;
    QString m_capture;
    QByteArray m_captureData;
    QByteArray m_vendorData;
};

QString TestInspectCommand::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

void TestInspectCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vendorData = wiretest::vendorLike();
    m_vendor = write(u"vendor.protobuf"_s, m_vendorData);
    m_types = write(u"types.protobuf"_s, Wire()
                                             .varint(1, 150)
                                             .fixed64(2, 0x0102030405060708ULL)
                                             .bytes(3, "hello")
                                             .fixed32(4, 7)
                                             .group(5, Wire().varint(1, 42))
                                             .packed(7, {1, 2, 300})
                                             .varint(8, ~0ULL)
                                             .data());

    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK, lv::NOD};
    options.difficulty = lv::HARD;
    options.device.set_manufacturer("Acme");
    options.device.set_model("X1");
    options.device.set_os("Android");
    options.device.set_os_version("14");
    options.captureId = "cap-7";
    options.capturedAtMs = 1764000000000;
    vd::format::CaptureBuilder builder(options);
    builder.addFrame(jpeg(10).toStdString(), 0, lv::BLINK);
    builder.addFrame(jpeg(120).toStdString(), 150, lv::BLINK);
    builder.addFrame(jpeg(240).toStdString(), 400, lv::NOD);
    const vd::format::CaptureBuildResult built = builder.build();
    QVERIFY2(built.capture, built.error.c_str());
    m_captureData = QByteArray::fromStdString(built.capture->SerializeAsString());
    m_capture = write(u"capture.protobuf"_s, m_captureData);
    QVERIFY(!m_vendor.isEmpty() && !m_types.isEmpty() && !m_capture.isEmpty());
}

TestInspectCommand::Run TestInspectCommand::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VD_VERIFYDESK_EXE), QStringList{u"inspect"_s} + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject TestInspectCommand::json(const QStringList &arguments, int exitCode)
{
    const Run result = run(QStringList{u"--json"_s} + arguments);
    if (result.exitCode != exitCode) {
        qWarning("exit %d, stderr: %s", result.exitCode, qPrintable(result.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

void TestInspectCommand::jsonOfAVendorFile()
{
    const QJsonObject doc = json({m_vendor}, 0);
    QCOMPARE(doc.value(u"size"_s).toInteger(), m_vendorData.size());
    QCOMPARE(doc.value(u"sha256"_s).toString(), hex(m_vendorData));
    QVERIFY(!doc.contains(u"error"_s));
    QVERIFY(!doc.contains(u"capture"_s));
    const QJsonArray fields = doc.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 3);

    const QJsonObject payload = fields.at(0).toObject();
    QCOMPARE(payload.value(u"field"_s).toInt(), 1);
    QCOMPARE(payload.value(u"wire_type"_s).toInt(), 2);
    QCOMPARE(payload.value(u"offset"_s).toInteger(), 0);
    QCOMPARE(payload.value(u"length"_s).toInteger(), 256 * 1024);
    QCOMPARE(payload.value(u"bytes_sha256"_s).toString(), hex(randomBytes(256 * 1024, 7)));
    QVERIFY(!payload.contains(u"value"_s) && !payload.contains(u"children"_s));

    const QJsonObject device = fields.at(1).toObject();
    QCOMPARE(device.value(u"field"_s).toInt(), 2);
    QCOMPARE(device.value(u"kind"_s).toString(), u"message"_s);
    const QJsonArray info = device.value(u"children"_s).toArray();
    QCOMPARE(info.size(), 6);
    QCOMPARE(info.at(0).toObject().value(u"value"_s).toString(), u"Xiaomi"_s);
    QCOMPARE(info.at(4).toObject().value(u"value"_s).toInteger(), 1080);
    QCOMPARE(info.at(0).toObject().value(u"offset"_s).toInteger(),
             device.value(u"value_offset"_s).toInteger());

    const QJsonObject signature = fields.at(2).toObject();
    QCOMPARE(signature.value(u"field"_s).toInt(), 3);
    QCOMPARE(signature.value(u"length"_s).toInteger(), 256);
    QCOMPARE(signature.value(u"bytes_sha256"_s).toString(), hex(randomBytes(256, 8)));
    QCOMPARE(signature.value(u"value_offset"_s).toInteger() + 256, m_vendorData.size());
}

void TestInspectCommand::jsonOfAllWireTypes()
{
    const QJsonArray fields = json({m_types}, 0).value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 7);
    QCOMPARE(fields.at(0).toObject().value(u"value"_s).toInteger(), 150);
    QCOMPARE(fields.at(1).toObject().value(u"wire_type"_s).toInt(), 1);
    QCOMPARE(fields.at(1).toObject().value(u"value"_s).toString(), u"72623859790382856"_s);
    QCOMPARE(fields.at(2).toObject().value(u"value"_s).toString(), u"hello"_s);
    QCOMPARE(fields.at(3).toObject().value(u"wire_type"_s).toInt(), 5);
    QCOMPARE(fields.at(3).toObject().value(u"value"_s).toInteger(), 7);
    const QJsonObject group = fields.at(4).toObject();
    QCOMPARE(group.value(u"wire_type"_s).toInt(), 3);
    QCOMPARE(group.value(u"children"_s).toArray().at(0).toObject().value(u"value"_s).toInt(), 42);
    QCOMPARE(fields.at(5).toObject().value(u"packed"_s).toArray(), QJsonArray({1, 2, 300}));
    // Over 2^53 a number is written as a string, so no digit is lost.
    QCOMPARE(fields.at(6).toObject().value(u"value"_s).toString(), u"18446744073709551615"_s);
}

void TestInspectCommand::captureObject()
{
    const QJsonObject doc = json({m_capture}, 0);
    const QJsonObject capture = doc.value(u"capture"_s).toObject();
    QCOMPARE(capture.value(u"output_type"_s).toString(), u"multiImg"_s);
    QCOMPARE(capture.value(u"motions"_s).toArray(), QJsonArray({u"BLINK"_s, u"NOD"_s}));
    QCOMPARE(capture.value(u"difficulty"_s).toString(), u"hard"_s);
    QCOMPARE(capture.value(u"device"_s).toObject().value(u"manufacturer"_s).toString(), u"Acme"_s);
    QCOMPARE(capture.value(u"frame_count"_s).toInt(), 3);
    QCOMPARE(capture.value(u"duration_ms"_s).toInteger(), 400);
    QCOMPARE(capture.value(u"captured_at_ms"_s).toInteger(), 1764000000000);
    QCOMPARE(capture.value(u"capture_id"_s).toString(), u"cap-7"_s);
    const QJsonArray frames = capture.value(u"frames"_s).toArray();
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(1).toObject().value(u"timestamp_ms"_s).toInteger(), 150);
    QCOMPARE(frames.at(2).toObject().value(u"motion"_s).toString(), u"NOD"_s);
    QCOMPARE(frames.at(0).toObject().value(u"sha256"_s).toString(), hex(jpeg(10)));
    // The wire tree is there too: field 6 (frames) holds the JPEG, recognised by its magic.
    bool sawJpeg = false;
    for (const QJsonValue &field : doc.value(u"fields"_s).toArray()) {
        const QJsonObject frame = field.toObject();
        if (frame.value(u"field"_s).toInt() != 6)
            continue;
        const QJsonObject image = frame.value(u"children"_s).toArray().at(0).toObject();
        QCOMPARE(image.value(u"media"_s).toString(), u"JPEG"_s);
        sawJpeg = true;
    }
    QVERIFY(sawJpeg);
}

void TestInspectCommand::textForm()
{
    const Run result = run({m_vendor});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(hex(m_vendorData)), qPrintable(out));
    QVERIFY(out.contains(u"\"Xiaomi\""_s));
    QVERIFY(out.contains(hex(randomBytes(256, 8))));
    QVERIFY(out.contains(u"2.5  @"_s)); // field 5 of the device info, with its path
    QVERIFY(result.err.isEmpty());

    const Run capture = run({m_capture});
    QCOMPARE(capture.exitCode, 0);
    const QString captureOut = QString::fromUtf8(capture.out);
    // The app's first language is Chinese: the checks look at what both languages print.
    QVERIFY2(captureOut.contains(u"cap-7"_s), qPrintable(captureOut));
    QVERIFY(captureOut.contains(u"2025-11-24T16:00:00.000Z"_s));
    QVERIFY(captureOut.contains(u"BLINK, NOD"_s));
    QVERIFY(captureOut.contains(u"JPEG"_s));
}

void TestInspectCommand::malformedPrintsWhatReads_data()
{
    QTest::addColumn<int>("cut");
    for (int cut : {1, 2, 3, 50, 300, 1000})
        QTest::newRow(qPrintable(QString::number(cut))) << cut;
}

void TestInspectCommand::malformedPrintsWhatReads()
{
    QFETCH(int, cut);
    const QByteArray data = m_captureData.left(m_captureData.size() - cut);
    const QString path = write(u"cut-%1.protobuf"_s.arg(cut), data);
    const QJsonObject doc = json({path}, 2);
    const QJsonObject error = doc.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"truncated"_s);
    const qint64 offset = error.value(u"offset"_s).toInteger();
    QVERIFY(offset >= 0 && offset < data.size());
    QVERIFY(error.value(u"message"_s).toString().contains(QString::number(offset)));
    // Everything before the cut is printed: the magic and the header fields at least.
    const QJsonArray fields = doc.value(u"fields"_s).toArray();
    QVERIFY(fields.size() >= 5);
    QCOMPARE(fields.at(0).toObject().value(u"value"_s).toString(), u"verifydesk.liveness"_s);
    QVERIFY(doc.value(u"capture"_s).toObject().contains(u"error"_s));

    const Run text = run({path});
    QCOMPARE(text.exitCode, 2);
    QVERIFY(QString::fromUtf8(text.out).contains(u"verifydesk.liveness"_s));
    QVERIFY2(text.err.contains(QString::number(offset)), qPrintable(text.err));
}

void TestInspectCommand::maxDepth()
{
    const QJsonArray shallow =
        json({u"--max-depth"_s, u"0"_s, m_vendor}, 0).value(u"fields"_s).toArray();
    const QJsonObject device = shallow.at(1).toObject();
    QVERIFY(!device.contains(u"children"_s));
    QCOMPARE(device.value(u"bytes_sha256"_s).toString(), hex(wiretest::deviceInfo().data()));
}

void TestInspectCommand::compareNamesTheChangedField()
{
    // B is the capture with the device model (field 8.2) changed.
    lv::LivenessCapture capture;
    QVERIFY(capture.ParseFromArray(m_captureData.constData(), int(m_captureData.size())));
    capture.mutable_device()->set_model("X2");
    const QString b =
        write(u"capture-b.protobuf"_s, QByteArray::fromStdString(capture.SerializeAsString()));
    const QJsonObject diff = json({m_capture, u"--compare"_s, b}, 0);
    const QJsonArray differences = diff.value(u"differences"_s).toArray();
    QCOMPARE(differences.size(), 1);
    const QJsonObject only = differences.at(0).toObject();
    QCOMPARE(only.value(u"path"_s).toString(), u"8.2"_s);
    QCOMPARE(only.value(u"state"_s).toString(), u"changed"_s);
    QVERIFY(only.value(u"a"_s).toString().contains(u"X1"_s));
    QVERIFY(only.value(u"b"_s).toString().contains(u"X2"_s));
    QCOMPARE(diff.value(u"b"_s).toObject().value(u"size"_s).toInteger(), QFileInfo(b).size());

    const QJsonObject same = json({m_capture, u"--compare"_s, m_capture}, 0);
    QVERIFY(same.value(u"differences"_s).toArray().isEmpty());
    const Run text = run({m_capture, u"--compare"_s, m_vendor});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("only_in_a") || text.out.contains("changed"), text.out.constData());
    const Run missing = run({m_capture, u"--compare"_s, m_dir.filePath(u"nowhere"_s)});
    QCOMPARE(missing.exitCode, 3);
}

void TestInspectCommand::exportBytes()
{
    const QString out = m_dir.filePath(u"model.txt"_s);
    const Run result = run({u"--export-bytes"_s, u"2.2"_s, u"-o"_s, out, m_vendor});
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("M2102J20SG"));

    const QString frame = m_dir.filePath(u"frame.jpg"_s);
    QCOMPARE(run({u"--export-bytes"_s, u"6[2].1"_s, u"-o"_s, frame, m_capture}).exitCode, 0);
    QFile image(frame);
    QVERIFY(image.open(QIODevice::ReadOnly));
    QCOMPARE(image.readAll(), jpeg(240));
}

void TestInspectCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << u"FILE"_s;
    QTest::newRow("missing file") << QStringList{m_dir.filePath(u"absent"_s)} << u"absent"_s;
    QTest::newRow("no such field")
        << QStringList{u"--export-bytes"_s, u"9"_s, u"-o"_s, m_dir.filePath(u"x"_s), m_vendor}
        << u"vendor.protobuf"_s;
    QTest::newRow("export without -o")
        << QStringList{u"--export-bytes"_s, u"1"_s, m_vendor} << u"-o"_s;
    QTest::newRow("bad depth") << QStringList{u"--max-depth"_s, u"deep"_s, m_vendor} << u"deep"_s;
}

void TestInspectCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
