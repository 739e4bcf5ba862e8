// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveness/wiretree.h"
#include "wirewriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/wire_format_lite.h>

using namespace Qt::StringLiterals;
using google::protobuf::internal::WireFormatLite;
using Kind = WireNode::Kind;
namespace pbio = google::protobuf::io;
using wiretest::deviceInfo;
using wiretest::randomBytes;
using wiretest::vendorLike;
using wiretest::Wire;

namespace {

QByteArray encoded(const char *format)
{
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return data;
}

// All wire types, a nested message inside a nested message, a group, packed varints.
QByteArray allTypes()
{
    const Wire inner = Wire().varint(1, 7).bytes(2, "inner text");
    return Wire()
        .varint(1, 150)
        .fixed64(2, 0x0102030405060708ULL)
        .bytes(3, "hello, 世界")
        .fixed32(4, 0x3fc00000) // 1.5f
        .group(5, Wire().varint(1, 42).bytes(2, "in group"))
        .message(6, Wire().bytes(1, "Acme").message(2, inner))
        .packed(7, {1, 2, 300, 1u << 20})
        .varint(1, 151)
        .data();
}

qint64 statusKiB(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

// The wire tree on hand-built files: structure, lazy expansion, errors and a 100 MB file.
class TestWireTree : public QObject
{
    Q_OBJECT

private slots:
    void allWireTypes();
    void nestedMessagesExpandLazily();
    void valuesAndPaths();
    void embeddedMedia_data();
    void embeddedMedia();
    void vendorLikeFile();
    void errors_data();
    void errors();
    void lengthPastTheEnd();
    void cutInsideANestedMessage();
    void truncatedAtEveryOffset();
    void fileIsMappedNotRead();
    void hundredMegabytes();
    void missingFile();

private:
    QTemporaryDir m_dir;
};

void TestWireTree::allWireTypes()
{
    WireTree tree;
    const QByteArray data = allTypes();
    QVERIFY(!tree.setData(data).isError());
    QCOMPARE(tree.size(), data.size());
    const QList<int> top = tree.topLevel();
    QCOMPARE(top.size(), 8);

    const QList<int> fields{1, 2, 3, 4, 5, 6, 7, 1};
    const QList<Kind> kinds{Kind::Varint, Kind::Fixed64, Kind::Text,  Kind::Fixed32,
                            Kind::Group,  Kind::Message, Kind::Bytes, Kind::Varint};
    const QList<int> wireTypes{0, 1, 2, 5, 3, 2, 2, 0};
    qint64 expectedOffset = 0;
    for (int i = 0; i < top.size(); ++i) {
        const WireNode &node = tree.node(top.at(i));
        QCOMPARE(node.field, fields.at(i));
        QCOMPARE(node.kind, kinds.at(i));
        QCOMPARE(node.wireType, wireTypes.at(i));
        QCOMPARE(node.offset, expectedOffset);
        expectedOffset = node.valueOffset + node.length + (node.kind == Kind::Group ? 1 : 0);
    }
    QCOMPARE(expectedOffset, data.size());
    QCOMPARE(tree.node(top.at(0)).scalar, 150u);
    QCOMPARE(tree.node(top.at(0)).valueOffset, 1);
    QCOMPARE(tree.node(top.at(7)).occurrence, 1);
    QCOMPARE(tree.node(top.at(1)).scalar, 0x0102030405060708ULL);
    QCOMPARE(tree.node(top.at(2)).text, u"hello, 世界"_s);
    QCOMPARE(tree.node(top.at(2)).length, QByteArray("hello, 世界").size());
    QVERIFY(tree.describe(top.at(3)).contains(u"1.5"_s));
    QCOMPARE(tree.node(top.at(6)).packed, QList<quint64>({1, 2, 300, 1u << 20}));

    const QList<int> group = tree.children(top.at(4));
    QCOMPARE(group.size(), 2);
    QCOMPARE(tree.node(group.at(0)).scalar, 42u);
    QCOMPARE(tree.node(group.at(1)).text, u"in group"_s);
    QCOMPARE(tree.node(group.at(0)).parent, top.at(4));
}

void TestWireTree::nestedMessagesExpandLazily()
{
    WireTree tree;
    QVERIFY(!tree.setData(allTypes()).isError());
    const int outer = tree.topLevel().at(5);
    QVERIFY(tree.canExpand(outer));
    QVERIFY(!tree.node(outer).childrenLoaded);
    QVERIFY(!tree.canExpand(tree.topLevel().at(2)));
    QVERIFY(tree.children(tree.topLevel().at(2)).isEmpty());

    const QList<int> level1 = tree.children(outer);
    QVERIFY(tree.node(outer).childrenLoaded);
    QCOMPARE(level1.size(), 2);
    QCOMPARE(tree.node(level1.at(0)).text, u"Acme"_s);
    const int inner = level1.at(1);
    QCOMPARE(tree.node(inner).kind, Kind::Message);
    QVERIFY(!tree.node(inner).childrenLoaded);
    const QList<int> level2 = tree.children(inner);
    QCOMPARE(level2.size(), 2);
    QCOMPARE(tree.node(level2.at(0)).scalar, 7u);
    QCOMPARE(tree.node(level2.at(1)).text, u"inner text"_s);
    // Offsets stay those of the file, however deep.
    const QByteArray data = allTypes();
    const WireNode &text = tree.node(level2.at(1));
    QCOMPARE(data.mid(text.valueOffset, text.length), QByteArray("inner text"));
}

void TestWireTree::valuesAndPaths()
{
    WireTree tree;
    QVERIFY(!tree.setData(allTypes()).isError());
    const int second = tree.find(u"1[1]"_s);
    QCOMPARE(second, tree.topLevel().at(7));
    QCOMPARE(tree.pathOf(second), u"1[1]"_s);
    const int deep = tree.find(u"6.2.2"_s);
    QVERIFY(deep >= 0);
    QCOMPARE(tree.pathOf(deep), u"6.2.2"_s);
    QCOMPARE(tree.value(deep, 1000), QByteArray("inner text"));
    QCOMPARE(tree.value(deep, 5), QByteArray("inner"));
    QCOMPARE(tree.valueSha256(deep),
             QCryptographicHash::hash("inner text", QCryptographicHash::Sha256));
    QCOMPARE(tree.find(u"9"_s), -1);
    QCOMPARE(tree.find(u"6.x"_s), -1);
    QCOMPARE(tree.find(u"1[2]"_s), -1);
    QCOMPARE(tree.fileSha256(), QCryptographicHash::hash(allTypes(), QCryptographicHash::Sha256));

    const QString out = m_dir.filePath(u"exported.bin"_s);
    QCOMPARE(tree.exportValue(deep, out), QString());
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), QByteArray("inner text"));
    QVERIFY(!tree.exportValue(deep, m_dir.filePath(u"no/such/dir/x"_s)).isEmpty());
}

void TestWireTree::embeddedMedia_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("media");
    QTest::newRow("jpeg") << encoded("JPEG") << u"JPEG"_s;
    QTest::newRow("png") << encoded("PNG") << u"PNG"_s;
    QTest::newRow("mp4") << QByteArray("\0\0\0\x20"
                                       "ftypisom\0\0\x02\0",
                                       16) +
                                randomBytes(64, 3)
                         << u"MP4"_s;
    QTest::newRow("webm") << QByteArray("\x1A\x45\xDF\xA3") + randomBytes(64, 4)
                          << u"WebM/Matroska"_s;
}

void TestWireTree::embeddedMedia()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, media);
    WireTree tree;
    QVERIFY(
        !tree.setData(Wire().message(4, Wire().bytes(2, value).varint(3, 100)).data()).isError());
    const int frame = tree.topLevel().at(0);
    QCOMPARE(tree.node(frame).kind, Kind::Message);
    const int image = tree.children(frame).at(0);
    QCOMPARE(tree.node(image).kind, Kind::Bytes);
    QCOMPARE(tree.node(image).media, media);
    QVERIFY(tree.describe(image).contains(media));
    QCOMPARE(tree.value(image, value.size()), value);
}

void TestWireTree::vendorLikeFile()
{
    const QByteArray data = vendorLike();
    const QString path = m_dir.filePath(u"vendor.protobuf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    WireTree tree;
    QVERIFY(!tree.openFile(path).isError());
    QCOMPARE(tree.topLevel().size(), 3);
    const WireNode &payload = tree.node(tree.topLevel().at(0));
    QCOMPARE(payload.kind, Kind::Bytes);
    QCOMPARE(payload.length, 256 * 1024);
    QVERIFY(payload.media.isEmpty());
    QCOMPARE(tree.valueSha256(tree.topLevel().at(0)),
             QCryptographicHash::hash(randomBytes(256 * 1024, 7), QCryptographicHash::Sha256));

    const int device = tree.topLevel().at(1);
    QCOMPARE(tree.node(device).kind, Kind::Message);
    const QList<int> info = tree.children(device);
    QCOMPARE(info.size(), 6);
    QCOMPARE(tree.node(info.at(0)).text, u"Xiaomi"_s);
    QCOMPARE(tree.node(info.at(1)).text, u"M2102J20SG"_s);
    QCOMPARE(tree.node(info.at(4)).scalar, 1080u);

    const WireNode &signature = tree.node(tree.topLevel().at(2));
    QCOMPARE(signature.field, 3);
    QCOMPARE(signature.kind, Kind::Bytes);
    QCOMPARE(signature.length, 256);
    QCOMPARE(signature.valueOffset + signature.length, data.size());
}

void TestWireTree::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("before");

    const QByteArray good = Wire().varint(1, 1).bytes(2, "ab").data(); // 6 bytes
    QTest::newRow("wire type 6") << good + "\x0E" << int(WireError::Code::BadWireType) << qint64(6)
                                 << 2;
    QTest::newRow("wire type 7") << good + "\x0F" << int(WireError::Code::BadWireType) << qint64(6)
                                 << 2;
    QTest::newRow("field 0") << good + QByteArray("\x00\x01", 2) << int(WireError::Code::FieldZero)
                             << qint64(6) << 2;
    QTest::newRow("field 0 with a wire type")
        << good + "\x02\x01\x41" << int(WireError::Code::FieldZero) << qint64(6) << 2;
    QTest::newRow("end group with none open")
        << good + "\x0C" << int(WireError::Code::UnmatchedEndGroup) << qint64(6) << 2;
    QTest::newRow("group never closed")
        << good + "\x0B\x08\x01" << int(WireError::Code::BadGroup) << qint64(6) << 2;
    QTest::newRow("group closed by another field")
        << good + "\x0B\x08\x01\x14" << int(WireError::Code::BadGroup) << qint64(6) << 2;
    QTest::newRow("varint of 11 bytes") << good + "\x08" + QByteArray(10, '\xFF') + "\x01"
                                        << int(WireError::Code::BadVarint) << qint64(6) << 2;
    QTest::newRow("varint cut") << good + "\x08\xFF" << int(WireError::Code::Truncated) << qint64(6)
                                << 2;
    QTest::newRow("fixed64 cut") << good + "\x09\x01\x02" << int(WireError::Code::Truncated)
                                 << qint64(6) << 2;
    QTest::newRow("fixed32 cut") << good + "\x0D\x01" << int(WireError::Code::Truncated)
                                 << qint64(6) << 2;
    QTest::newRow("tag cut") << good + "\x80" << int(WireError::Code::Truncated) << qint64(6) << 2;
    QTest::newRow("length cut") << good + "\x0A\xFF" << int(WireError::Code::Truncated) << qint64(6)
                                << 2;
}

void TestWireTree::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, code);
    QFETCH(qint64, offset);
    QFETCH(int, before);

    WireTree tree;
    const WireError error = tree.setData(data);
    QCOMPARE(int(error.code), code);
    QCOMPARE(error.offset, offset);
    QVERIFY(error.path.isEmpty());
    QVERIFY2(error.message.contains(QString::number(offset)), qPrintable(error.message));
    QCOMPARE(tree.topLevel().size(), before);
    QCOMPARE(tree.node(tree.topLevel().at(1)).text, u"ab"_s);
}

void TestWireTree::lengthPastTheEnd()
{
    const QByteArray data = Wire().varint(1, 5).data() + QByteArray("\x12\x64", 2) + "abcdef";
    WireTree tree;
    const WireError error = tree.setData(data);
    QCOMPARE(error.code, WireError::Code::Truncated);
    QCOMPARE(error.offset, 2);
    QCOMPARE(error.field, 2);
    QVERIFY2(error.message.contains(u"100"_s) && error.message.contains(u"6"_s),
             qPrintable(error.message));
    QCOMPARE(tree.topLevel().size(), 2);
    const WireNode &cut = tree.node(tree.topLevel().at(1));
    QCOMPARE(cut.kind, Kind::Truncated);
    QCOMPARE(cut.length, 6);
    QCOMPARE(tree.value(tree.topLevel().at(1), 100), QByteArray("abcdef"));
}

void TestWireTree::cutInsideANestedMessage()
{
    // Field 4 holds a frame whose field 2 (an image) is cut: the error names the image, under 4.
    const QByteArray full =
        Wire()
            .bytes(1, "verifydesk.liveness")
            .message(4, Wire().varint(1, 3).message(5, Wire().bytes(2, randomBytes(500, 9))))
            .data();
    const QByteArray data = full.left(full.size() - 100);
    WireTree tree;
    const WireError error = tree.setData(data);
    QCOMPARE(error.code, WireError::Code::Truncated);
    QCOMPARE(error.path, QList<int>({4, 5}));
    QCOMPARE(error.field, 2);
    QCOMPARE(tree.topLevel().size(), 2);
    const int frame = tree.topLevel().at(1);
    QCOMPARE(tree.node(frame).kind, Kind::Truncated);
    QVERIFY(tree.canExpand(frame));
    const QList<int> inside = tree.children(frame);
    QCOMPARE(inside.size(), 2);
    QCOMPARE(tree.node(inside.at(0)).scalar, 3u);
    const int image = tree.children(inside.at(1)).at(0);
    QCOMPARE(tree.node(image).kind, Kind::Truncated);
    QCOMPARE(tree.node(image).offset, error.offset);
    QCOMPARE(tree.node(image).valueOffset + tree.node(image).length, data.size());
}

void TestWireTree::truncatedAtEveryOffset()
{
    const QByteArray full = Wire()
                                .bytes(1, "verifydesk.liveness")
                                .message(2, deviceInfo())
                                .group(3, Wire().varint(1, 9).fixed32(2, 5))
                                .data() +
                            allTypes();
    WireTree whole;
    QVERIFY(!whole.setData(full).isError());
    QList<qint64> boundaries;
    for (int id : whole.topLevel())
        boundaries.append(whole.node(id).offset);

    for (qint64 cut = 1; cut < full.size(); ++cut) {
        WireTree tree;
        const WireError error = tree.setData(full.left(cut));
        const qsizetype complete =
            std::count_if(boundaries.begin(), boundaries.end(), [&](qint64 b) { return b < cut; });
        if (boundaries.contains(cut)) {
            QVERIFY2(!error.isError(), qPrintable(QString::number(cut)));
            QCOMPARE(tree.topLevel().size(), complete);
            continue;
        }
        QVERIFY2(error.isError(), qPrintable(QString::number(cut)));
        QVERIFY2(error.code == WireError::Code::Truncated ||
                     error.code == WireError::Code::BadGroup,
                 qPrintable(QString::number(cut)));
        // The field being cut starts before the cut; every field before it is still there.
        const qint64 cutField = boundaries.at(complete - 1);
        QVERIFY2(error.offset >= cutField && error.offset < cut,
                 qPrintable(u"cut %1 offset %2"_s.arg(cut).arg(error.offset)));
        QVERIFY(error.message.contains(QString::number(error.offset)));
        const QList<int> top = tree.topLevel();
        QVERIFY(top.size() == complete || top.size() == complete - 1);
        for (int i = 0; i < complete - 1; ++i)
            QCOMPARE(tree.node(top.at(i)).offset, boundaries.at(i));
    }
}

void TestWireTree::fileIsMappedNotRead()
{
    const QString path = m_dir.filePath(u"types.protobuf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(allTypes());
    file.close();
    WireTree tree;
    QVERIFY(!tree.openFile(path).isError());
    QCOMPARE(tree.path(), path);
    QCOMPARE(tree.topLevel().size(), 8);
    const int deep = tree.find(u"6.2.2"_s);
    QCOMPARE(tree.value(deep, 100), QByteArray("inner text"));
    QCOMPARE(tree.valueSha256(deep),
             QCryptographicHash::hash("inner text", QCryptographicHash::Sha256));
}

void TestWireTree::hundredMegabytes()
{
    // 100 frames of 1 MiB each, written in pieces so the test itself never holds the file.
    const QString path = m_dir.filePath(u"big.protobuf"_s);
    const QByteArray image = randomBytes(1024 * 1024, 11);
    const int frames = 100;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Wire().bytes(1, "verifydesk.liveness").data());
        for (int i = 0; i < frames; ++i) {
            const QByteArray frame = Wire().bytes(1, image).varint(2, quint64(i) * 100).data();
            file.write(Wire().message(4, Wire()).data().left(1)); // the tag of field 4
            std::string length;
            {
                pbio::StringOutputStream stream(&length);
                pbio::CodedOutputStream out(&stream);
                out.WriteVarint64(quint64(frame.size()));
            }
            file.write(QByteArray::fromStdString(length));
            file.write(frame);
        }
        file.write(Wire().bytes(15, randomBytes(256, 12)).data());
    }
    const qint64 fileSize = QFileInfo(path).size();
    QVERIFY(fileSize > 100 * 1000 * 1000);

    // Reset the peak to now (Linux: 5 to clear_refs), so the peak measured is this test's.
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    clear.close();
    const qint64 baseline = statusKiB("VmRSS:");
    QVERIFY(baseline > 0);

    WireTree tree;
    QVERIFY(!tree.openFile(path).isError());
    QCOMPARE(tree.topLevel().size(), frames + 2);
    for (int i = 1; i <= frames; ++i) {
        const int frame = tree.topLevel().at(i);
        QCOMPARE(tree.node(frame).kind, Kind::Message);
        const QList<int> fields = tree.children(frame);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(tree.node(fields.at(1)).scalar, quint64(i - 1) * 100);
    }
    QCOMPARE(tree.valueSha256(tree.find(u"4[99].1"_s)),
             QCryptographicHash::hash(image, QCryptographicHash::Sha256));
    QVERIFY(!tree.fileSha256().isEmpty());
    const qint64 peak = statusKiB("VmHWM:");
    const qint64 grew = peak - baseline;
    qInfo("100 MB file (%lld bytes): peak RSS %lld KiB above a baseline of %lld KiB", fileSize,
          grew, baseline);
    QVERIFY2(grew < 50 * 1024, qPrintable(u"peak grew by %1 KiB"_s.arg(grew)));
}

void TestWireTree::missingFile()
{
    WireTree tree;
    const WireError error = tree.openFile(m_dir.filePath(u"absent.protobuf"_s));
    QCOMPARE(error.code, WireError::Code::CannotOpen);
    QVERIFY(error.message.contains(u"absent.protobuf"_s));
    QVERIFY(tree.topLevel().isEmpty());
}

QTEST_GUILESS_MAIN(TestWireTree)
#include "tst_wiretree.moc"
