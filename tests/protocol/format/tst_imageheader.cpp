// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/imageheader.h"
#include "imagebytes.h"

#include <QTest>

using vd::format::ImageHeader;

// Tests ImageHeader: the format and size of JPEG and PNG frames from their first bytes.
class TestImageHeader : public QObject
{
    Q_OBJECT

private slots:
    void readsFormatAndSize_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("jpeg") << QByteArray("jpeg") << 160 << 120;
        QTest::newRow("jpeg portrait") << QByteArray("jpeg") << 9 << 4001;
        QTest::newRow("png") << QByteArray("png") << 4001 << 2;
    }

    void readsFormatAndSize()
    {
        QFETCH(QByteArray, format);
        QFETCH(int, width);
        QFETCH(int, height);
        const ImageHeader header = ImageHeader::read(imageBytes(width, height, format.constData()));
        QCOMPARE(QByteArray::fromStdString(header.format), format);
        QVERIFY(header.isFrameFormat());
        QCOMPARE(header.width, width);
        QCOMPARE(header.height, height);
    }

    void namesOtherFormats()
    {
        const ImageHeader bmp = ImageHeader::read(imageBytes(8, 8, "bmp"));
        QCOMPARE(bmp.format, std::string("bmp"));
        QVERIFY(!bmp.isFrameFormat());
        QCOMPARE(ImageHeader::read("GIF89a not really").format, std::string("gif"));
        QVERIFY(ImageHeader::read("plain text").format.empty());
        QVERIFY(ImageHeader::read({}).format.empty());
    }

    void damagedHeadersHaveNoSize()
    {
        const std::string jpeg = imageBytes(32, 24);
        // Cut before the start-of-frame segment: still a JPEG, but without a size.
        const ImageHeader cut = ImageHeader::read(jpeg.substr(0, 40));
        QCOMPARE(cut.format, std::string("jpeg"));
        QVERIFY(!cut.hasSize());
        std::string zeroWidth = imageBytes(32, 24, "png");
        zeroWidth.replace(16, 4, std::string(4, '\0'));
        QVERIFY(!ImageHeader::read(zeroWidth).hasSize());
        QVERIFY(!ImageHeader::read(std::string("\xff\xd8\xff\xe0\x00", 5)).hasSize());
    }

    void pngChunksFit()
    {
        const std::string png = imageBytes(32, 24, "png");
        QVERIFY(vd::format::pngChunksFit(png.data(), png.size()));
        QVERIFY(vd::format::pngChunksFit("plain text", 10));
        QVERIFY(vd::format::pngChunksFit(nullptr, 0));
        // A text chunk declaring 0x7b00_0025 bytes, before IEND.
        std::string huge = png;
        huge.insert(huge.size() - 12, std::string("\x7b\x00\x00\x25tEXtdate", 12));
        QVERIFY(!vd::format::pngChunksFit(huge.data(), huge.size()));
        QVERIFY(!vd::format::pngChunksFit(png.data(), 20)); // cut inside IHDR
    }
};

QTEST_GUILESS_MAIN(TestImageHeader)
#include "tst_imageheader.moc"
