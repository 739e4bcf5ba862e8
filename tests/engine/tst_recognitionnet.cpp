// SPDX-License-Identifier: GPL-3.0-or-later
// The recognition network against @vladmandic/face-api on identical 150x150 crops.
#include "enginetestdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

class TestRecognitionNet : public QObject
{
    Q_OBJECT

private slots:
    void matchesFaceApi_data();
    void matchesFaceApi();
};

void TestRecognitionNet::matchesFaceApi_data()
{
    QTest::addColumn<QString>("crop");
    QTest::addColumn<QJsonArray>("reference");
    QFile file(QStringLiteral(VD_TEST_DATA_DIR "/engine/reference-descriptors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject crops =
        QJsonDocument::fromJson(file.readAll()).object().value(u"crops"_s).toObject();
    QVERIFY(crops.size() >= 8);
    for (auto it = crops.begin(); it != crops.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toArray();
}

void TestRecognitionNet::matchesFaceApi()
{
    QFETCH(QString, crop);
    QFETCH(QJsonArray, reference);
    QCOMPARE(reference.size(), 128);
    const cv::Mat image =
        enginetest::read(QStringLiteral(VD_TEST_DATA_DIR "/engine/crops/") + crop);
    QCOMPARE(image.cols, 150);
    QCOMPARE(image.rows, 150);
    const vd::engine::Descriptor ours = enginetest::engine()->describe(image);
    double dot = 0, na = 0, nb = 0, maxDiff = 0;
    for (int i = 0; i < 128; ++i) {
        const double a = ours[static_cast<std::size_t>(i)];
        const double b = reference[i].toDouble();
        dot += a * b;
        na += a * a;
        nb += b * b;
        maxDiff = std::max(maxDiff, std::abs(a - b));
    }
    const double cosine = dot / std::sqrt(na * nb);
    qInfo("%s: cosine %.7f, largest difference %.2e", qPrintable(crop), cosine, maxDiff);
    QVERIFY2(cosine >= 0.999, qPrintable(u"cosine %1"_s.arg(cosine, 0, 'f', 6)));
    QVERIFY(maxDiff < 1e-3);
}

QTEST_GUILESS_MAIN(TestRecognitionNet)
#include "tst_recognitionnet.moc"
