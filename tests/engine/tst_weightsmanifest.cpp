// SPDX-License-Identifier: GPL-3.0-or-later
// WeightsManifest: face-api's TF.js manifests, uint8 dequantisation, and clear errors.
#include "verifydeskconfig.h"
#include "weightsmanifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using vd::engine::WeightsManifest;

class TestWeightsManifest : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheThreeModels_data();
    void loadsTheThreeModels();
    void dequantisesUint8();
    void errors_data();
    void errors();
};

void TestWeightsManifest::loadsTheThreeModels_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("tensors");
    QTest::newRow("detector") << u"tiny_face_detector_model"_s << 19;
    QTest::newRow("landmarks") << u"face_landmark_68_model"_s << 49;
    QTest::newRow("recognition") << u"face_recognition_model"_s << 117;
}

void TestWeightsManifest::loadsTheThreeModels()
{
    QFETCH(QString, model);
    QFETCH(int, tensors);
    std::string error;
    const auto w = WeightsManifest::load(VD_MODEL_DIR, model.toStdString(), &error);
    QVERIFY2(w, error.c_str());
    QCOMPARE(static_cast<int>(w->size()), tensors);
}

void TestWeightsManifest::dequantisesUint8()
{
    QTemporaryDir dir;
    QFile manifest(dir.filePath(u"m-weights_manifest.json"_s));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"([{"paths": ["m.bin"], "weights": [
        {"name": "q", "shape": [2, 2], "dtype": "float32",
         "quantization": {"dtype": "uint8", "scale": 0.5, "min": -1.0}},
        {"name": "f", "shape": [1], "dtype": "float32"}]}])");
    manifest.close();
    QFile bin(dir.filePath(u"m.bin"_s));
    QVERIFY(bin.open(QIODevice::WriteOnly));
    const unsigned char q[] = {0, 1, 2, 255};
    bin.write(reinterpret_cast<const char *>(q), 4);
    const float f = 3.25F;
    bin.write(reinterpret_cast<const char *>(&f), 4);
    bin.close();
    std::string error;
    const auto w = WeightsManifest::load(dir.path().toStdString(), "m", &error);
    QVERIFY2(w, error.c_str());
    QCOMPARE(w->shape("q"), (std::vector<int>{2, 2}));
    const cv::Mat t = w->tensor("q");
    QCOMPARE(t.ptr<float>()[0], -1.0F);
    QCOMPARE(t.ptr<float>()[1], -0.5F);
    QCOMPARE(t.ptr<float>()[2], 0.0F);
    QCOMPARE(t.ptr<float>()[3], 126.5F);
    QCOMPARE(w->tensor("f").ptr<float>()[0], 3.25F);
    QVERIFY(w->tensor("missing").empty());
}

void TestWeightsManifest::errors_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<int>("binBytes");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good =
        R"([{"paths": ["m.bin"], "weights": [{"name": "w", "shape": [4], "dtype": "float32"}]}])";
    QTest::newRow("no manifest") << QByteArray() << 16 << u"m-weights_manifest.json"_s;
    QTest::newRow("not json") << QByteArray("{oops") << 16 << u"not a TF.js weights manifest"_s;
    QTest::newRow("truncated bin") << good << 10 << u"tensor w is truncated"_s;
    QTest::newRow("bin too long") << good << 20 << u"binary size does not match"_s;
    QTest::newRow("missing bin") << good << -1 << u"m.bin"_s;
    QTest::newRow("bad shape") << QByteArray(R"([{"paths": ["m.bin"], "weights": [
        {"name": "w", "shape": [0], "dtype": "float32"}]}])")
                               << 16 << u"bad shape for w"_s;
}

void TestWeightsManifest::errors()
{
    QFETCH(QByteArray, manifest);
    QFETCH(int, binBytes);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    if (!manifest.isEmpty()) {
        QFile file(dir.filePath(u"m-weights_manifest.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest);
    }
    if (binBytes >= 0) {
        QFile bin(dir.filePath(u"m.bin"_s));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write(QByteArray(binBytes, '\0'));
    }
    std::string error;
    QVERIFY(!WeightsManifest::load(dir.path().toStdString(), "m", &error));
    QVERIFY2(QString::fromStdString(error).contains(messagePart), error.c_str());
}

QTEST_GUILESS_MAIN(TestWeightsManifest)
#include "tst_weightsmanifest.moc"
