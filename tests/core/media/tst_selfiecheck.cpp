// SPDX-License-Identifier: GPL-3.0-or-later
#include "contract/selfierules.h"
#include "media/selfiecheck.h"
#include "testimages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Rule = SelfieIssue::Rule;
using vd::contract::SelfieRules;

class TestSelfieCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dimensions_data();
    void dimensions();
    void fileSize_data();
    void fileSize();
    void formatByContent_data();
    void formatByContent();
    void exifOrientation_data();
    void exifOrientation();
    void damaged_data();
    void damaged();
    void pngChunkLongerThanFile();
    void missingFile();
    void inspectData();
    void fitDownscalesAndBakesOrientation();
    void fitShrinksFileSize();
    void fitLowersQualityForNoisyImage();
    void fitRefusesWhatItCannotRepair_data();
    void fitRefusesWhatItCannotRepair();
    void fitNeverOverwrites();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QByteArray sha256(const QString &path);
    QTemporaryDir m_dir;
};

void TestSelfieCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestSelfieCheck::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray TestSelfieCheck::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestSelfieCheck::dimensions_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("tooSmall");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("8 px wide") << 8 << 100 << true << false;
    QTest::newRow("9 px wide") << 9 << 100 << false << false;
    QTest::newRow("8 px high") << 100 << 8 << true << false;
    QTest::newRow("9 px high") << 100 << 9 << false << false;
    QTest::newRow("9 x 9") << 9 << 9 << false << false;
    QTest::newRow("4000 px wide") << 4000 << 20 << false << false;
    QTest::newRow("4001 px wide") << 4001 << 20 << false << true;
    QTest::newRow("4000 px high") << 20 << 4000 << false << false;
    QTest::newRow("4001 px high") << 20 << 4001 << false << true;
    QTest::newRow("4000 x 4000") << 4000 << 4000 << false << false;
    QTest::newRow("1 x 4001") << 1 << 4001 << true << true;
}

void TestSelfieCheck::dimensions()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, tooSmall);
    QFETCH(bool, tooLarge);

    const QString path =
        write(u"dim.png"_s, testimages::encode(testimages::solid(width, height), "png"));
    QVERIFY(!path.isEmpty());
    const SelfieReport report = SelfieCheck::inspect(path);
    QCOMPARE(report.format, QByteArray("png"));
    QCOMPARE(report.size, QSize(width, height));
    QCOMPARE(report.breaks(Rule::TooSmall), tooSmall);
    QCOMPARE(report.breaks(Rule::TooLarge), tooLarge);
    QCOMPARE(report.passes(), !tooSmall && !tooLarge);
    QCOMPARE(report.issues.size(), int(tooSmall) + int(tooLarge));
    for (const SelfieIssue &issue : report.issues) {
        // The message names the actual value.
        QVERIFY2(issue.message.contains(QString::number(width)), qPrintable(issue.message));
        QVERIFY2(issue.message.contains(QString::number(height)), qPrintable(issue.message));
    }
    QCOMPARE(report.fittable(), tooLarge && !tooSmall);
}

void TestSelfieCheck::fileSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("tooBig");
    QTest::newRow("5 MiB - 1") << SelfieRules::MaxBytes - 1 << false;
    QTest::newRow("5 MiB") << SelfieRules::MaxBytes << false;
    QTest::newRow("5 MiB + 1") << SelfieRules::MaxBytes + 1 << true;
}

void TestSelfieCheck::fileSize()
{
    QFETCH(qint64, bytes);
    QFETCH(bool, tooBig);

    const QByteArray png = testimages::pngOfSize(bytes);
    QCOMPARE(qint64(png.size()), bytes);
    const QString path = write(u"padded.png"_s, png);
    const SelfieReport report = SelfieCheck::inspect(path);
    QCOMPARE(report.bytes, bytes);
    QCOMPARE(report.format, QByteArray("png"));
    QCOMPARE(report.size, QSize(64, 64));
    QVERIFY(!report.preview.isNull());
    QCOMPARE(report.breaks(Rule::FileTooBig), tooBig);
    QCOMPARE(report.passes(), !tooBig);
    QCOMPARE(report.fittable(), tooBig);
    if (tooBig)
        QVERIFY(report.issues.first().message.contains(QString::number(bytes)));
}

void TestSelfieCheck::formatByContent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("accepted");

    const QImage image = testimages::solid(40, 30);
    // Every file is given a misleading name: the format must come from the content.
    QTest::newRow("jpeg named .png")
        << testimages::encode(image, "jpeg") << u"a.png"_s << QByteArray("jpeg") << true;
    QTest::newRow("png named .gif")
        << testimages::encode(image, "png") << u"a.gif"_s << QByteArray("png") << true;
    QTest::newRow("bmp named .jpg")
        << testimages::encode(image, "bmp") << u"a.jpg"_s << QByteArray("bmp") << true;
    QTest::newRow("tiff named .bmp")
        << testimages::encode(image, "tiff") << u"a.bmp"_s << QByteArray("tiff") << true;
    QTest::newRow("gif named .tiff")
        << testimages::gif(40, 30) << u"a.tiff"_s << QByteArray("gif") << true;
    QTest::newRow("gif without name")
        << testimages::gif(12, 10) << u"noext"_s << QByteArray("gif") << true;
    QTest::newRow("webp named .jpg")
        << testimages::encode(image, "webp") << u"a.jpg"_s << QByteArray("webp") << false;
}

void TestSelfieCheck::formatByContent()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QByteArray, format);
    QFETCH(bool, accepted);

    QVERIFY2(!data.isEmpty(), "the Qt image plugin for this format is missing");
    const SelfieReport report = SelfieCheck::inspect(write(name, data));
    QCOMPARE(report.format, format);
    QVERIFY(!report.preview.isNull());
    QVERIFY(report.size.width() > 8);
    QCOMPARE(report.passes(), accepted);
    QCOMPARE(report.breaks(Rule::Format), !accepted);
    QVERIFY(!report.fittable());
    if (!accepted)
        QVERIFY2(report.issues.first().message.contains(u"WEBP"_s),
                 qPrintable(report.issues.first().message));
}

void TestSelfieCheck::exifOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QPoint>("redCorner"); // where the stored top-left corner ends up, 0/1
    // Stored image: 64 × 32 with a red block at the top left.
    QTest::newRow("1 normal") << 1 << QSize(64, 32) << QPoint(0, 0);
    QTest::newRow("2 mirrored") << 2 << QSize(64, 32) << QPoint(1, 0);
    QTest::newRow("3 rotated 180") << 3 << QSize(64, 32) << QPoint(1, 1);
    QTest::newRow("4 flipped") << 4 << QSize(64, 32) << QPoint(0, 1);
    QTest::newRow("5 transposed") << 5 << QSize(32, 64) << QPoint(0, 0);
    QTest::newRow("6 rotated 90 cw") << 6 << QSize(32, 64) << QPoint(1, 0);
    QTest::newRow("7 transversed") << 7 << QSize(32, 64) << QPoint(1, 1);
    QTest::newRow("8 rotated 90 ccw") << 8 << QSize(32, 64) << QPoint(0, 1);
}

void TestSelfieCheck::exifOrientation()
{
    QFETCH(int, orientation);
    QFETCH(QSize, size);
    QFETCH(QPoint, redCorner);

    const QByteArray jpeg =
        testimages::jpegWithOrientation(testimages::marked(64, 32, 16), orientation);
    const SelfieReport report = SelfieCheck::inspect(write(u"exif.jpg"_s, jpeg));
    QVERIFY2(report.passes(),
             report.issues.isEmpty() ? "" : qPrintable(report.issues.first().message));
    QCOMPARE(report.exifOrientation, orientation);
    QCOMPARE(report.size, size);
    QCOMPARE(report.preview.size(), size);

    // Sample the middle of each corner's 16 px block: only the expected one is red.
    for (int cx = 0; cx < 2; ++cx) {
        for (int cy = 0; cy < 2; ++cy) {
            const int x = cx ? size.width() - 8 : 8;
            const int y = cy ? size.height() - 8 : 8;
            const QColor c = report.preview.pixelColor(x, y);
            const bool red = c.red() > 200 && c.blue() < 60;
            QCOMPARE(red, QPoint(cx, cy) == redCorner);
        }
    }
}

void TestSelfieCheck::damaged_data()
{
    QTest::addColumn<QByteArray>("data");

    const QByteArray png = testimages::encode(testimages::marked(200, 150, 20), "png");
    const QByteArray jpeg = testimages::encode(testimages::marked(200, 150, 20), "jpeg");
    QByteArray random(4096, '\0');
    QRandomGenerator generator(20261124);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    random[0] = 'x'; // not by chance a format magic

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("random bytes") << random;
    QTest::newRow("text") << QByteArray("this is not an image\n");
    QTest::newRow("png truncated in half") << png.left(png.size() / 2);
    QTest::newRow("png header only") << png.left(40);
    QTest::newRow("jpeg truncated in half") << jpeg.left(jpeg.size() / 2);
    QTest::newRow("jpeg header only") << jpeg.left(300);
    QTest::newRow("png signature then garbage") << png.left(8) + random.left(200);
}

void TestSelfieCheck::damaged()
{
    QFETCH(QByteArray, data);

    const QString path = write(u"damaged.jpg"_s, data);
    const SelfieReport report = SelfieCheck::inspect(path);
    QVERIFY(!report.passes());
    QVERIFY(report.breaks(Rule::Unreadable));
    QVERIFY(!report.fittable());
    QCOMPARE(report.bytes, qint64(data.size()));
    for (const SelfieIssue &issue : report.issues)
        QVERIFY(!issue.message.isEmpty());
    const FitResult fit = SelfieCheck::fit(report, m_dir.filePath(u"out"_s));
    QCOMPARE(fit.error, FitResult::Error::NotFittable);
}

// Found by tests/fuzz/fuzz_selfiecheck: 277 bytes whose text chunk claims 2 GB made libpng
// allocate it (2 GB of memory, seconds of work) before the decode failed.
void TestSelfieCheck::pngChunkLongerThanFile()
{
    QFile file(QStringLiteral(VD_TEST_DATA_DIR "/fuzz/png-2gb-text-chunk.png"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SelfieReport report = SelfieCheck::inspectData(file.readAll());
    QCOMPARE(report.format, QByteArray("png"));
    QVERIFY(report.breaks(Rule::Unreadable));
    QVERIFY(report.issues.first().message.contains(u"longer than the file"_s));
    QVERIFY(report.preview.isNull());
}

void TestSelfieCheck::missingFile()
{
    const SelfieReport report = SelfieCheck::inspect(m_dir.filePath(u"does-not-exist.jpg"_s));
    QVERIFY(report.breaks(Rule::Unreadable));
    QVERIFY(report.issues.first().message.contains(u"does-not-exist.jpg"_s));
}

void TestSelfieCheck::inspectData()
{
    const SelfieReport ok =
        SelfieCheck::inspectData(testimages::encode(testimages::solid(320, 240), "png"));
    QVERIFY(ok.passes());
    QVERIFY(ok.path.isEmpty());
    QCOMPARE(ok.size, QSize(320, 240));

    const SelfieReport rotated = SelfieCheck::inspectData(
        testimages::jpegWithOrientation(testimages::marked(64, 32, 16), 6));
    QCOMPARE(rotated.size, QSize(32, 64));
    QCOMPARE(rotated.exifOrientation, 6);

    QVERIFY(SelfieCheck::inspectData(QByteArray("GIF89a")).breaks(Rule::Unreadable));
}

void TestSelfieCheck::fitDownscalesAndBakesOrientation()
{
    // Stored 4200 × 60, EXIF 6: the server sees 60 × 4200, over the 4000 px limit.
    const QString path =
        write(u"tall.jpg"_s, testimages::jpegWithOrientation(testimages::marked(4200, 60, 30), 6));
    const QByteArray before = sha256(path);
    const SelfieReport report = SelfieCheck::inspect(path);
    QCOMPARE(report.size, QSize(60, 4200));
    QCOMPARE(report.issues.size(), 1);
    QVERIFY(report.breaks(Rule::TooLarge));
    QVERIFY(report.fittable());

    const FitResult fit = SelfieCheck::fit(report, m_dir.filePath(u"fitted"_s));
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(fit.path != path);
    QCOMPARE(sha256(path), before);

    const SelfieReport fitted = SelfieCheck::inspect(fit.path);
    QVERIFY(fitted.passes());
    QCOMPARE(fitted.format, QByteArray("jpeg"));
    QCOMPARE(fitted.exifOrientation, 1);
    QCOMPARE(fitted.size.height(), 4000);
    QVERIFY(qAbs(fitted.size.width() - 57) <= 1);
    QCOMPARE(fitted.size, fit.size);
    QCOMPARE(fitted.bytes, fit.bytes);
    // The stored top-left corner is now the top-right one, in the pixels themselves.
    const QColor corner = fitted.preview.pixelColor(fitted.size.width() - 5, 10);
    QVERIFY(corner.red() > 200 && corner.blue() < 60);
    const QColor other = fitted.preview.pixelColor(5, fitted.size.height() - 10);
    QVERIFY(other.blue() > 200 && other.red() < 60);
}

void TestSelfieCheck::fitShrinksFileSize()
{
    const QString path = write(u"heavy.png"_s, testimages::pngOfSize(SelfieRules::MaxBytes + 1));
    const QByteArray before = sha256(path);
    const FitResult fit = SelfieCheck::fit(path, m_dir.filePath(u"fitted"_s));
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo(path).size(), SelfieRules::MaxBytes + 1);
    const SelfieReport fitted = SelfieCheck::inspect(fit.path);
    QVERIFY(fitted.passes());
    QCOMPARE(fitted.size, QSize(64, 64));
    QVERIFY(fit.path.endsWith(u"heavy-fitted.jpg"_s));
}

void TestSelfieCheck::fitLowersQualityForNoisyImage()
{
    // Noise defeats JPEG: at 2600 × 2600 the first quality is far over 5 MiB.
    QImage noise(2600, 2600, QImage::Format_RGB32);
    QRandomGenerator generator(7);
    for (int y = 0; y < noise.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x)
            line[x] = 0xFF000000u | (generator.generate() & 0xFFFFFFu);
    }
    const QString path = write(u"noise.bmp"_s, testimages::encode(noise, "bmp"));
    const SelfieReport report = SelfieCheck::inspect(path);
    QCOMPARE(report.format, QByteArray("bmp"));
    QVERIFY(report.breaks(Rule::FileTooBig));
    QVERIFY(report.fittable());

    const FitResult fit = SelfieCheck::fit(report, m_dir.filePath(u"fitted"_s));
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(fit.quality < 92);
    QVERIFY(fit.bytes <= SelfieRules::MaxBytes);
    QVERIFY(SelfieCheck::inspect(fit.path).passes());
}

void TestSelfieCheck::fitRefusesWhatItCannotRepair_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("already passes") << testimages::encode(testimages::solid(100, 100), "png");
    QTest::newRow("too small") << testimages::encode(testimages::solid(8, 100), "png");
    QTest::newRow("wrong format and too large")
        << testimages::encode(testimages::solid(4100, 20), "webp");
}

void TestSelfieCheck::fitRefusesWhatItCannotRepair()
{
    QFETCH(QByteArray, data);
    const QString out = m_dir.filePath(u"refused"_s);
    const FitResult fit = SelfieCheck::fit(SelfieCheck::inspectData(data), out);
    QCOMPARE(fit.error, FitResult::Error::NotFittable);
    QVERIFY(!fit.message.isEmpty());
    QVERIFY(fit.path.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestSelfieCheck::fitNeverOverwrites()
{
    const QString path =
        write(u"wide.png"_s, testimages::encode(testimages::solid(4001, 30), "png"));
    const QString out = m_dir.filePath(u"twice"_s);
    const FitResult first = SelfieCheck::fit(path, out);
    const FitResult second = SelfieCheck::fit(path, out);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.path != second.path);
    QVERIFY(QFileInfo::exists(first.path));
    QVERIFY(QFileInfo::exists(second.path));
    QCOMPARE(SelfieCheck::inspect(second.path).size.width(), 4000);

    // Existing outputs are never replaced: a third fit gets a third name.
    const QByteArray firstHash = sha256(first.path);
    const QByteArray secondHash = sha256(second.path);
    QVERIFY(QFile::remove(second.path) && QFile(second.path).open(QIODevice::WriteOnly));
    const FitResult third = SelfieCheck::fit(path, out);
    QVERIFY(third.ok());
    QVERIFY(third.path != first.path && third.path != second.path);
    QCOMPARE(sha256(first.path), firstHash);
    QCOMPARE(QFileInfo(second.path).size(), 0);
    QCOMPARE(sha256(third.path), secondHash);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
}

QTEST_GUILESS_MAIN(TestSelfieCheck)
#include "tst_selfiecheck.moc"
