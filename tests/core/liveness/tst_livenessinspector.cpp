// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/capturebuilder.h"
#include "liveness/livenessinspector.h"
#include "livenesscapture.pb.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Problem = LivenessReport::Problem;
namespace lv = verifydesk::liveness;

namespace {

QByteArray serialize(const google::protobuf::MessageLite &message)
{
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QByteArray jpegFrame(int shade)
{
    QImage image(48, 48, QImage::Format_RGB32);
    image.fill(QColor(shade, shade, shade));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    return out;
}

lv::LivenessCapture openCapture()
{
    lv::LivenessCapture capture;
    capture.set_magic("verifydesk.liveness");
    capture.set_format_version(1);
    capture.set_output_type(lv::MULTI_IMG);
    capture.add_motions(lv::BLINK);
    capture.add_motions(lv::NOD);
    capture.set_difficulty(lv::HARD);
    const qint64 times[] = {0, 200, 450};
    for (qint64 t : times) {
        lv::Frame *frame = capture.add_frames();
        const QByteArray jpeg = jpegFrame(int(t % 256));
        frame->set_jpeg(jpeg.constData(), size_t(jpeg.size()));
        frame->set_timestamp_ms(t);
        frame->set_motion(t < 200 ? lv::BLINK : lv::NOD);
    }
    lv::DeviceInfo *device = capture.mutable_device();
    device->set_manufacturer("Acme");
    device->set_model("X1");
    device->set_os("Android");
    device->set_os_version("14");
    capture.set_captured_at_ms(1764000000000);
    capture.set_capture_id("cap-1");
    return capture;
}

} // namespace

class TestLivenessInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFormat();
    void builtCapture();
    void invalidOpenCapture_data();
    void invalidOpenCapture();
    void genericProtobuf_data();
    void genericProtobuf();
    void notWellFormed_data();
    void notWellFormed();
    void truncatedCapture();
    void emptyFile();
    void missingFile();
    void overTheCap();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestLivenessInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestLivenessInspector::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestLivenessInspector::openFormat()
{
    const QByteArray data = serialize(openCapture());
    const QString path = write(u"capture.protobuf"_s, data);
    const LivenessReport report = LivenessInspector::inspect(path);
    QCOMPARE(report.path, path);
    QCOMPARE(report.bytes, qint64(data.size()));
    QVERIFY(report.wellFormed);
    QCOMPARE(report.problem, Problem::None);
    QVERIFY(report.problemMessage.isEmpty());
    // magic, version, type, motions (packed: one field), difficulty, frames ×3, device, time, id
    QCOMPARE(report.topLevelFields, 11);
    QVERIFY(report.openFormat);
    QCOMPARE(report.formatVersion, 1u);
    QCOMPARE(report.outputType, u"multiImg"_s);
    QCOMPARE(report.motions, QStringList({u"BLINK"_s, u"NOD"_s}));
    QCOMPARE(report.difficulty, u"hard"_s);
    QCOMPARE(report.frameCount, 3);
    QCOMPARE(report.durationMs, 450);
    QVERIFY(!report.hasVideo);
    QCOMPARE(report.device, u"Acme X1, Android 14"_s);
    QCOMPARE(report.capturedAtMs, 1764000000000);
    QCOMPARE(report.captureId, u"cap-1"_s);
    QVERIFY(report.summary().contains(u"multiImg"_s));
    QVERIFY(report.summary().contains(u"BLINK, NOD"_s));
}

void TestLivenessInspector::builtCapture()
{
    // What the format's builder writes (a recording client, make-liveness) reads back here.
    vd::format::CaptureBuildOptions options;
    options.motions = {lv::BLINK, lv::MOUTH, lv::YAW};
    options.difficulty = lv::EASY;
    options.fps = 5;
    options.captureId = "round-trip";
    vd::format::CaptureBuilder builder(options);
    for (int i = 0; i < 4; ++i)
        builder.addFrame(jpegFrame(40 * i).toStdString(), -1, lv::BLINK);
    const auto built = builder.build();
    QVERIFY2(built.error.empty(), built.error.c_str());
    const LivenessReport report = LivenessInspector::inspectData(
        QByteArray::fromStdString(built.capture->SerializeAsString()));
    QVERIFY(report.openFormat);
    QVERIFY(report.openFormatError.isEmpty());
    QCOMPARE(report.outputType, u"multiImg"_s);
    QCOMPARE(report.motions, QStringList({u"BLINK"_s, u"MOUTH"_s, u"YAW"_s}));
    QCOMPARE(report.difficulty, u"easy"_s);
    QCOMPARE(report.frameCount, 4);
    QCOMPARE(report.durationMs, 600); // frames at 0, 200, 400, 600 ms at 5 fps
    QCOMPARE(report.captureId, u"round-trip"_s);
}

void TestLivenessInspector::invalidOpenCapture_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");

    lv::LivenessCapture version = openCapture();
    version.set_format_version(2);
    QTest::newRow("format version 2") << serialize(version) << u"unsupported format_version 2"_s;
    lv::LivenessCapture notImage = openCapture();
    notImage.mutable_frames(1)->set_jpeg("plain text");
    QTest::newRow("frame not an image")
        << serialize(notImage) << u"frame 2 is not a JPEG or PNG image"_s;
}

void TestLivenessInspector::invalidOpenCapture()
{
    // The magic is the open format's, but the reader the server uses refuses the capture: the
    // report says so before it is sent.
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const LivenessReport report = LivenessInspector::inspectData(data);
    QVERIFY(report.wellFormed);
    QVERIFY(report.openFormat);
    QVERIFY2(report.openFormatError.contains(reason), qPrintable(report.openFormatError));
    QCOMPARE(report.frameCount, 0);
    QVERIFY(report.summary().contains(report.openFormatError));
}

void TestLivenessInspector::genericProtobuf_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("fields");

    lv::LivenessCapture wrongMagic = openCapture();
    wrongMagic.set_magic("com.vendor.liveness");
    QTest::newRow("capture with another magic") << serialize(wrongMagic) << 11;

    lv::DeviceInfo device;
    device.set_manufacturer("Acme");
    device.set_width(640);
    device.set_height(480);
    QTest::newRow("another message") << serialize(device) << 3;

    // What a vendor file looks like from outside: an id and an encrypted blob.
    QByteArray blob(3000, '\0');
    QRandomGenerator generator(42);
    for (char &byte : blob)
        byte = char(generator.bounded(256));
    QByteArray vendor;
    vendor += char(0x08); // field 1, varint
    vendor += char(0x02);
    vendor += char(0x12); // field 2, length-delimited, length 3000 = 0xB8 0x17
    vendor += char(0xB8);
    vendor += char(0x17);
    vendor += blob;
    QTest::newRow("vendor-like blob") << vendor << 2;
}

void TestLivenessInspector::genericProtobuf()
{
    QFETCH(QByteArray, data);
    QFETCH(int, fields);

    const LivenessReport report = LivenessInspector::inspect(write(u"generic.bin"_s, data));
    QVERIFY(report.wellFormed);
    QVERIFY(!report.openFormat);
    QCOMPARE(report.topLevelFields, fields);
    QCOMPARE(report.frameCount, 0);
    QVERIFY(report.summary().contains(QString::number(fields)));
}

void TestLivenessInspector::notWellFormed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("problem");
    QTest::addColumn<qint64>("offset");

    QByteArray random(1024, '\0');
    QRandomGenerator generator(20261124);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    random[0] = char(0x0F); // field 1, wire type 7: random data, certain to fail at once

    QTest::newRow("random bytes") << random << int(Problem::BadWireType) << qint64(0);
    QTest::newRow("text") << QByteArray("Hello, this is a text file.\n") << -1 << qint64(-1);
    QTest::newRow("wire type 6") << QByteArray("\x08\x01\x0E", 3) << int(Problem::BadWireType)
                                 << qint64(2);
    QTest::newRow("field number 0")
        << QByteArray("\x08\x01\x00\x01", 4) << int(Problem::InvalidTag) << qint64(2);
    QTest::newRow("end group at top level")
        << QByteArray("\x0C", 1) << int(Problem::BadGroup) << qint64(0);
    QTest::newRow("group never closed")
        << QByteArray("\x0B\x08\x01", 3) << int(Problem::BadGroup) << qint64(0);
    QTest::newRow("varint cut") << QByteArray("\x08\xFF", 2) << int(Problem::Truncated)
                                << qint64(0);
    QTest::newRow("fixed64 cut") << QByteArray("\x08\x01\x09\x01\x02", 5) << int(Problem::Truncated)
                                 << qint64(2);
    QTest::newRow("fixed32 cut") << QByteArray("\x0D\x01", 2) << int(Problem::Truncated)
                                 << qint64(0);
    QTest::newRow("length beyond end")
        << QByteArray("\x0A\x10\x41\x42", 4) << int(Problem::Truncated) << qint64(0);
    QTest::newRow("tag cut") << QByteArray("\x08\x01\x80", 3) << int(Problem::Truncated)
                             << qint64(2);
}

void TestLivenessInspector::notWellFormed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, problem);
    QFETCH(qint64, offset);

    const LivenessReport report = LivenessInspector::inspectData(data);
    QVERIFY(!report.wellFormed);
    QVERIFY(!report.openFormat);
    QVERIFY(report.problem != Problem::None);
    if (problem >= 0) {
        QCOMPARE(int(report.problem), problem);
        QCOMPARE(report.problemOffset, offset);
    }
    QVERIFY(!report.problemMessage.isEmpty());
    QVERIFY(report.summary().contains(report.problemMessage));
}

void TestLivenessInspector::truncatedCapture()
{
    const QByteArray full = serialize(openCapture());
    for (int cut : {1, 3, 100, int(full.size() / 2)}) {
        const QByteArray data = full.left(full.size() - cut);
        const LivenessReport report = LivenessInspector::inspect(write(u"cut.protobuf"_s, data));
        QVERIFY2(!report.wellFormed, qPrintable(QString::number(cut)));
        QCOMPARE(report.problem, Problem::Truncated);
        QVERIFY(report.problemOffset >= 0 && report.problemOffset < data.size());
        QVERIFY2(report.problemMessage.contains(u"truncated"_s), qPrintable(report.problemMessage));
        QCOMPARE(report.bytes, qint64(data.size()));
    }
}

void TestLivenessInspector::emptyFile()
{
    const LivenessReport report = LivenessInspector::inspect(write(u"empty.protobuf"_s, {}));
    QCOMPARE(report.bytes, 0);
    QVERIFY(!report.wellFormed);
    QCOMPARE(report.problem, Problem::Empty);
    QVERIFY(!report.summary().isEmpty());
}

void TestLivenessInspector::missingFile()
{
    const LivenessReport report = LivenessInspector::inspect(m_dir.filePath(u"nope.protobuf"_s));
    QCOMPARE(report.problem, Problem::CannotOpen);
    QVERIFY(report.problemMessage.contains(u"nope.protobuf"_s));
}

void TestLivenessInspector::overTheCap()
{
    // A sparse file: the size is what matters, and it is never read.
    const QString path = m_dir.filePath(u"huge.protobuf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(LivenessInspector::MaxInspectBytes + 1));
    file.close();
    const LivenessReport report = LivenessInspector::inspect(path);
    QCOMPARE(report.bytes, LivenessInspector::MaxInspectBytes + 1);
    QCOMPARE(report.problem, Problem::TooLargeToInspect);
    QVERIFY(!report.wellFormed);
    QVERIFY(!report.problemMessage.isEmpty());

    QFile exact(path);
    QVERIFY(exact.open(QIODevice::ReadWrite));
    QVERIFY(exact.resize(LivenessInspector::MaxInspectBytes));
    exact.close();
    // At the cap it is parsed: 64 MiB of zero bytes is field number 0 at byte 0.
    const LivenessReport atCap = LivenessInspector::inspect(path);
    QCOMPARE(atCap.problem, Problem::InvalidTag);
}

QTEST_GUILESS_MAIN(TestLivenessInspector)
#include "tst_livenessinspector.moc"
