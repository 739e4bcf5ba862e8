// SPDX-License-Identifier: GPL-3.0-or-later
// decodeImage: formats judged by content, EXIF orientation applied, clear errors.
#include "imagedecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QtTest>

using namespace Qt::StringLiterals;
using vd::engine::decodeImage;

namespace {

QImage testPattern(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixelColor(x, y, QColor(x * 255 / width, y * 255 / height, 60));
    return image;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qFatal("cannot encode %s", format);
    return bytes;
}

// A JPEG with an EXIF APP1 segment whose only tag is Orientation.
QByteArray withOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);          // big-endian header, IFD at 8
    tiff += QByteArray("\x00\x01", 2);                         // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, count 1
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xff);
    tiff += QByteArray("\x00\x00", 2);         // padding of the value field
    tiff += QByteArray("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    const int length = payload.size() + 2;
    QByteArray segment("\xff\xe1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xff);
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace

class TestImageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void formatsByContent_data();
    void formatsByContent();
    void exifOrientation();
    void greyscaleBecomesBgr();
    void badData_data();
    void badData();
};

void TestImageDecoder::formatsByContent_data()
{
    QTest::addColumn<QByteArray>("writerFormat");
    QTest::addColumn<QString>("expected");
    QTest::newRow("jpeg") << QByteArray("jpeg") << u"jpeg"_s;
    QTest::newRow("png") << QByteArray("png") << u"png"_s;
    QTest::newRow("bmp") << QByteArray("bmp") << u"bmp"_s;
    if (QImageWriter::supportedImageFormats().contains("tiff"))
        QTest::newRow("tiff") << QByteArray("tiff") << u"tiff"_s;
}

void TestImageDecoder::formatsByContent()
{
    QFETCH(QByteArray, writerFormat);
    QFETCH(QString, expected);
    const auto decoded = decodeImage(encode(testPattern(64, 48), writerFormat.constData()));
    QVERIFY2(decoded.error.empty(), decoded.error.c_str());
    QCOMPARE(QString::fromStdString(decoded.format), expected);
    QCOMPARE(decoded.bgr.cols, 64);
    QCOMPARE(decoded.bgr.rows, 48);
    QCOMPARE(decoded.bgr.type(), CV_8UC3);
    // BGR order: the pattern's red grows to the right, its blue is constant.
    const cv::Vec3b right = decoded.bgr.at<cv::Vec3b>(24, 60);
    QVERIFY(right[2] > 200);
    QVERIFY(std::abs(int(right[0]) - 60) < 20);
}

void TestImageDecoder::exifOrientation()
{
    // Orientation 6: the camera was turned, the viewer turns the picture 90 degrees clockwise.
    const QByteArray jpeg = withOrientation(encode(testPattern(64, 48), "jpeg"), 6);
    const auto decoded = decodeImage(jpeg);
    QVERIFY2(decoded.error.empty(), decoded.error.c_str());
    QCOMPARE(decoded.bgr.cols, 48);
    QCOMPARE(decoded.bgr.rows, 64);
    // The stored top-left (dark red, dark green) is now at the top-right.
    const cv::Vec3b topRight = decoded.bgr.at<cv::Vec3b>(2, 45);
    QVERIFY(topRight[1] < 60 && topRight[2] < 60);
}

void TestImageDecoder::greyscaleBecomesBgr()
{
    const QImage grey = testPattern(32, 32).convertToFormat(QImage::Format_Grayscale8);
    const auto decoded = decodeImage(encode(grey, "png"));
    QVERIFY2(decoded.error.empty(), decoded.error.c_str());
    QCOMPARE(decoded.bgr.type(), CV_8UC3);
    const cv::Vec3b p = decoded.bgr.at<cv::Vec3b>(10, 10);
    QCOMPARE(p[0], p[2]);
}

void TestImageDecoder::badData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("text") << QByteArray("hello, this is not an image at all") << u"known format"_s;
    const QByteArray png = encode(testPattern(200, 200), "png");
    QTest::newRow("png cut after the header") << png.left(60) << u"damaged"_s;
    QByteArray garbled = png;
    for (int i = 100; i < garbled.size(); i += 7)
        garbled[i] = char(garbled[i] ^ 0x5a);
    QTest::newRow("png with garbled data") << garbled << u"damaged"_s;
    // Found by tests/fuzz/fuzz_selfiecheck: 277 bytes whose text chunk claims 2 GB.
    QFile huge(QStringLiteral(VD_TEST_DATA_DIR "/fuzz/png-2gb-text-chunk.png"));
    QVERIFY(huge.open(QIODevice::ReadOnly));
    QTest::newRow("png with a 2 GB chunk in 277 bytes") << huge.readAll() << u"chunk is longer"_s;
}

void TestImageDecoder::badData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const auto decoded = decodeImage(bytes);
    QVERIFY(decoded.bgr.empty());
    QVERIFY2(QString::fromStdString(decoded.error).contains(messagePart), decoded.error.c_str());
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
