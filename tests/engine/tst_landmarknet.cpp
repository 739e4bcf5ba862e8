// SPDX-License-Identifier: GPL-3.0-or-later
// The 68-point landmark network against @vladmandic/face-api on identical 112x112 inputs.
#include "enginetestdata.h"
#include "landmarknet.h"
#include "verifydeskconfig.h"
#include "weightsmanifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace vd::engine;

class TestLandmarkNet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesFaceApi_data();
    void matchesFaceApi();

private:
    std::unique_ptr<LandmarkNet> m_net;
};

void TestLandmarkNet::initTestCase()
{
    std::string error;
    const auto weights = WeightsManifest::load(VD_MODEL_DIR, "face_landmark_68_model", &error);
    QVERIFY2(weights, error.c_str());
    m_net = LandmarkNet::create(*weights, 1, &error);
    QVERIFY2(m_net, error.c_str());
}

void TestLandmarkNet::matchesFaceApi_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QJsonArray>("reference");
    QFile file(QStringLiteral(VD_TEST_DATA_DIR "/engine/reference-nets.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject all =
        QJsonDocument::fromJson(file.readAll()).object().value(u"landmarks"_s).toObject();
    QVERIFY(all.size() >= 3);
    for (auto it = all.begin(); it != all.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toArray();
}

void TestLandmarkNet::matchesFaceApi()
{
    QFETCH(QString, image);
    QFETCH(QJsonArray, reference);
    const cv::Mat bgr = enginetest::read(QStringLiteral(VD_TEST_DATA_DIR "/engine/nets/") + image);
    const auto points = m_net->run(bgr, cv::Rect2f(0, 0, 112, 112));
    QCOMPARE(points.size(), std::size_t(68));
    QCOMPARE(reference.size(), 68);
    double worst = 0;
    for (int i = 0; i < 68; ++i) {
        const QJsonArray p = reference[i].toArray();
        worst = std::max({worst, std::abs(points[std::size_t(i)].x - p[0].toDouble()),
                          std::abs(points[std::size_t(i)].y - p[1].toDouble())});
    }
    qInfo("%s: largest landmark difference %.5f px", qPrintable(image), worst);
    QVERIFY(worst < 0.001);
}

QTEST_GUILESS_MAIN(TestLandmarkNet)
#include "tst_landmarknet.moc"
