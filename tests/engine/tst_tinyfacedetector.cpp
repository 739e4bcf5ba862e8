// SPDX-License-Identifier: GPL-3.0-or-later
// The tiny face detector against @vladmandic/face-api on identical 224x224 inputs, and its NMS.
#include "enginetestdata.h"
#include "tinyfacedetector.h"
#include "verifydeskconfig.h"
#include "weightsmanifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace vd::engine;

class TestTinyFaceDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesFaceApi_data();
    void matchesFaceApi();
    void suppressKeepsTheBestOfOverlaps();
    void unknownInputSizeFindsNothing();

private:
    std::unique_ptr<TinyFaceDetector> m_detector;
};

void TestTinyFaceDetector::initTestCase()
{
    std::string error;
    const auto weights = WeightsManifest::load(VD_MODEL_DIR, "tiny_face_detector_model", &error);
    QVERIFY2(weights, error.c_str());
    QVERIFY(!TinyFaceDetector::create(*weights, {100}, 1, &error));
    QVERIFY2(QString::fromStdString(error).contains(u"multiple of 32"_s), error.c_str());
    m_detector = TinyFaceDetector::create(*weights, {224}, 1, &error);
    QVERIFY2(m_detector, error.c_str());
}

void TestTinyFaceDetector::matchesFaceApi_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QJsonArray>("reference");
    QFile file(QStringLiteral(VD_TEST_DATA_DIR "/engine/reference-nets.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject all =
        QJsonDocument::fromJson(file.readAll()).object().value(u"detections"_s).toObject();
    QVERIFY(all.size() >= 2);
    for (auto it = all.begin(); it != all.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toArray();
}

void TestTinyFaceDetector::matchesFaceApi()
{
    QFETCH(QString, image);
    QFETCH(QJsonArray, reference);
    const cv::Mat bgr = enginetest::read(QStringLiteral(VD_TEST_DATA_DIR "/engine/nets/") + image);
    const auto boxes = TinyFaceDetector::suppress(m_detector->run(bgr, 224, 0.3F), 0.4F);
    QCOMPARE(static_cast<int>(boxes.size()), reference.size());
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const QJsonObject r = reference[i].toObject();
        const QJsonArray box = r.value(u"box"_s).toArray();
        const auto &b = boxes[std::size_t(i)];
        qInfo("%s face %lld: score %.6f vs %.6f", qPrintable(image), static_cast<long long>(i),
              double(b.score), r.value(u"score"_s).toDouble());
        QVERIFY(std::abs(b.score - r.value(u"score"_s).toDouble()) < 1e-4);
        QVERIFY(std::abs(b.rect.x - box[0].toDouble()) < 0.01);
        QVERIFY(std::abs(b.rect.y - box[1].toDouble()) < 0.01);
        QVERIFY(std::abs(b.rect.width - box[2].toDouble()) < 0.01);
        QVERIFY(std::abs(b.rect.height - box[3].toDouble()) < 0.01);
    }
}

void TestTinyFaceDetector::suppressKeepsTheBestOfOverlaps()
{
    const std::vector<TinyFaceDetector::Box> boxes = {
        {cv::Rect2f(0, 0, 100, 100), 0.6F},
        {cv::Rect2f(10, 10, 100, 100), 0.9F}, // IoU 0.68 with the first
        {cv::Rect2f(300, 0, 100, 100), 0.7F},
    };
    const auto kept = TinyFaceDetector::suppress(boxes, 0.4F);
    QCOMPARE(kept.size(), std::size_t(2));
    QCOMPARE(kept[0].score, 0.9F);
    QCOMPARE(kept[1].score, 0.7F);
}

void TestTinyFaceDetector::unknownInputSizeFindsNothing()
{
    const cv::Mat image(224, 224, CV_8UC3, cv::Scalar(0, 0, 0));
    QVERIFY(m_detector->run(image, 320, 0.1F).empty());
    QVERIFY(m_detector->run(cv::Mat(), 224, 0.1F).empty());
}

QTEST_GUILESS_MAIN(TestTinyFaceDetector)
#include "tst_tinyfacedetector.moc"
