// SPDX-License-Identifier: GPL-3.0-or-later
// The whole engine: detection counts on the sample photos (checked by eye on --draw output),
// selfies, bad input, auto-rotate and concurrent use.
#include "enginetestdata.h"

#include <QtConcurrent>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;
using vd::engine::FaceEngine;

class TestFaceEngine : public QObject
{
    Q_OBJECT

private slots:
    void detectsEveryClearFace_data();
    void detectsEveryClearFace();
    void detectsTightSelfies_data();
    void detectsTightSelfies();
    void badInput_data();
    void badInput();
    void loadReportsMissingModels();
    void autoRotate_data();
    void autoRotate();
    void alignedCropIsLevel();
    void concurrentCallsGiveIdenticalResults();
};

void TestFaceEngine::detectsEveryClearFace_data()
{
    QTest::addColumn<QString>("photo");
    QTest::addColumn<int>("faces");
    // Counted by eye on `verifydesk-engine detect --draw`: sample2's third woman is in full
    // profile behind her hand, the only face not counted.
    QTest::newRow("sample1") << u"sample1.jpg"_s << 3;
    QTest::newRow("sample2") << u"sample2.jpg"_s << 2;
    QTest::newRow("sample3") << u"sample3.jpg"_s << 3;
    QTest::newRow("sample4") << u"sample4.jpg"_s << 4;
    QTest::newRow("sample5") << u"sample5.jpg"_s << 5;
    QTest::newRow("sample6") << u"sample6.jpg"_s << 4;
}

void TestFaceEngine::detectsEveryClearFace()
{
    QFETCH(QString, photo);
    QFETCH(int, faces);
    const cv::Mat image = enginetest::read(enginetest::demo(photo));
    const auto found = enginetest::engine()->detect(image);
    QCOMPARE(static_cast<int>(found.size()), faces);
    for (std::size_t i = 0; i < found.size(); ++i) {
        const auto &face = found[i];
        QVERIFY(face.score >= 0.5F && face.score <= 1.0F);
        QCOMPARE(face.landmarks.size(), std::size_t(68));
        // Landmarks lie around their box, and the list is sorted largest first.
        const cv::Rect2f grown(face.box.x - face.box.width * 0.3F,
                               face.box.y - face.box.height * 0.3F, face.box.width * 1.6F,
                               face.box.height * 1.6F);
        for (const cv::Point2f &p : face.landmarks)
            QVERIFY(grown.contains(p));
        if (i > 0)
            QVERIFY(found[i - 1].box.area() >= face.box.area());
    }
}

void TestFaceEngine::detectsTightSelfies_data()
{
    QTest::addColumn<QString>("image");
    // Faces that fill the frame, which face-api's defaults (416, 0.5) miss.
    for (const QString &name :
         {u"obama4_crop.jpg"_s, u"chuck_crop.jpg"_s, u"bill-murray-snl_crop.jpg"_s,
          u"fragrance-George-Clooney-main_crop.jpg"_s, u"queen20_crop.jpg"_s, u"franck_02045.jpg"_s,
          u"audrey.jpg"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void TestFaceEngine::detectsTightSelfies()
{
    QFETCH(QString, image);
    const cv::Mat bgr = enginetest::read(enginetest::media(image));
    const auto faces = enginetest::engine()->detect(bgr);
    QCOMPARE(faces.size(), std::size_t(1));
    QVERIFY(std::max(faces[0].box.width, faces[0].box.height) >
            0.4F * static_cast<float>(std::max(bgr.cols, bgr.rows)));
    const auto analysis = enginetest::engine()->analyzeLargest(bgr, true);
    QVERIFY(analysis);
    QCOMPARE(analysis->rotationDegrees, 0);
}

void TestFaceEngine::badInput_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << 0;
    QTest::newRow("9x9") << 1;
    QTest::newRow("no face: flat grey") << 2;
    QTest::newRow("no face: noise") << 3;
    QTest::newRow("4000x4000 without a face") << 4;
    QTest::newRow("greyscale single channel") << 5;
    QTest::newRow("4000x4000 with a face") << 6;
    QTest::newRow("16-bit") << 7;
    QTest::newRow("50000x300 strip") << 8;
    QTest::newRow("6000x4500 with a face") << 9;
}

void TestFaceEngine::badInput()
{
    QFETCH(int, kind);
    const auto engine = enginetest::engine();
    cv::Mat image;
    int expectedFaces = 0;
    switch (kind) {
    case 1:
        image = cv::Mat(9, 9, CV_8UC3, cv::Scalar(120, 130, 140));
        break;
    case 2:
        image = cv::Mat(480, 640, CV_8UC3, cv::Scalar(128, 128, 128));
        break;
    case 3:
        image = cv::Mat(480, 640, CV_8UC3);
        cv::randu(image, 0, 255);
        break;
    case 4:
        image = cv::Mat(4000, 4000, CV_8UC3, cv::Scalar(40, 90, 160));
        break;
    case 5:
        cv::cvtColor(enginetest::read(enginetest::media(u"obama4_crop.jpg"_s)), image,
                     cv::COLOR_BGR2GRAY);
        expectedFaces = 1;
        break;
    case 6: {
        image = cv::Mat(4000, 4000, CV_8UC3, cv::Scalar(200, 200, 200));
        const cv::Mat face = enginetest::read(enginetest::media(u"franck_02045.jpg"_s));
        cv::Mat big;
        cv::resize(face, big, cv::Size(), 3.0, 3.0);
        big.copyTo(image(cv::Rect(500, 700, big.cols, big.rows)));
        expectedFaces = 1;
        break;
    }
    case 7:
        enginetest::read(enginetest::media(u"obama4_crop.jpg"_s)).convertTo(image, CV_16U, 257);
        expectedFaces = 1;
        break;
    case 8:
        image = cv::Mat(300, 50000, CV_8UC3, cv::Scalar(90, 120, 200));
        break;
    case 9: {
        image = cv::Mat(4500, 6000, CV_8UC3, cv::Scalar(180, 170, 160));
        const cv::Mat face = enginetest::read(enginetest::media(u"obama4_crop.jpg"_s));
        cv::Mat big;
        cv::resize(face, big, cv::Size(), 5.0, 5.0);
        big.copyTo(image(cv::Rect(2500, 1500, big.cols, big.rows)));
        expectedFaces = 1;
        break;
    }
    default:
        break;
    }
    const auto faces = engine->detect(image);
    QCOMPARE(static_cast<int>(faces.size()), expectedFaces);
    const auto analysis = engine->analyzeLargest(image, true);
    QCOMPARE(analysis.has_value(), expectedFaces > 0);
    if (analysis) {
        // Boxes are in the pixels of the image given, whatever size it was searched at.
        const cv::Rect2f frame(0, 0, float(image.cols), float(image.rows));
        QCOMPARE((faces[0].box & frame).area(), faces[0].box.area());
        QCOMPARE(analysis->aligned.size(), cv::Size(150, 150));
        QCOMPARE(analysis->aligned.type(), CV_8UC3);
    }
    QVERIFY(engine->landmarks(image, cv::Rect2f(-50, -50, 20, 20)).empty());
    if (!image.empty()) {
        // The public stages take any box and crop: a box over the whole image, the image
        // itself as a crop (no crash, no giant allocation for the strip).
        const cv::Rect2f all(0, 0, float(image.cols), float(image.rows));
        QCOMPARE(engine->landmarks(image, all).size(), std::size_t(image.cols >= 2 ? 68 : 0));
        const vd::engine::Descriptor d = engine->describe(image);
        QVERIFY(std::all_of(d.begin(), d.end(), [](float v) { return std::isfinite(v); }));
    }
    QVERIFY(engine->align(image, {}).empty());
}

void TestFaceEngine::loadReportsMissingModels()
{
    std::string error;
    QVERIFY(!FaceEngine::load("/nonexistent/models", &error));
    QVERIFY2(error.find("/nonexistent/models") != std::string::npos, error.c_str());
    QVERIFY2(error.find("tiny_face_detector_model") != std::string::npos, error.c_str());
}

void TestFaceEngine::autoRotate_data()
{
    QTest::addColumn<int>("turn");     // how the photo is turned before the engine sees it
    QTest::addColumn<int>("expected"); // how the engine turns it back
    QTest::newRow("upright") << -1 << 0;
    QTest::newRow("turned 90 clockwise") << int(cv::ROTATE_90_CLOCKWISE) << 270;
    QTest::newRow("upside down") << int(cv::ROTATE_180) << 180;
    QTest::newRow("turned 90 counter-clockwise") << int(cv::ROTATE_90_COUNTERCLOCKWISE) << 90;
}

void TestFaceEngine::autoRotate()
{
    QFETCH(int, turn);
    QFETCH(int, expected);
    const auto engine = enginetest::engine();
    const cv::Mat upright = enginetest::read(enginetest::media(u"franck_02159.jpg"_s));
    cv::Mat image; // a new buffer: rotating into upright's own pixels would scramble them
    if (turn >= 0)
        cv::rotate(upright, image, turn);
    else
        image = upright;
    const auto reference = engine->analyzeLargest(upright, false);
    QVERIFY(reference);
    const auto analysis = engine->analyzeLargest(image, true);
    QVERIFY(analysis);
    QCOMPARE(analysis->rotationDegrees, expected);
    // Found again, it is the same face.
    const auto result = FaceEngine::compare(reference->descriptor, analysis->descriptor);
    QVERIFY2(result.distance < 0.1, qPrintable(QString::number(result.distance)));
    // Without auto-rotate a turned photo yields no face or a useless descriptor: the detector
    // finds upside-down faces, so the turn matters.
    if (turn >= 0) {
        const auto unturned = engine->analyzeLargest(image, false);
        QVERIFY(!unturned ||
                FaceEngine::compare(reference->descriptor, unturned->descriptor).distance > 0.5);
    }
}

void TestFaceEngine::alignedCropIsLevel()
{
    // A head tilted by 12 degrees comes out level: eyes on one row in the aligned crop.
    const auto engine = enginetest::engine();
    const cv::Mat upright = enginetest::read(enginetest::media(u"franck_02159.jpg"_s));
    const cv::Mat m =
        cv::getRotationMatrix2D(cv::Point2f(upright.cols / 2.0F, upright.rows / 2.0F), 12.0, 1.0);
    cv::Mat tilted;
    cv::warpAffine(upright, tilted, m, upright.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    const auto analysis = engine->analyzeLargest(tilted, false);
    QVERIFY(analysis);
    const auto faces = engine->detect(analysis->aligned);
    QVERIFY(!faces.empty());
    const auto &p = faces[0].landmarks;
    const cv::Point2f left = (p[36] + p[39]) * 0.5F;
    const cv::Point2f right = (p[42] + p[45]) * 0.5F;
    const double angle = std::atan2(right.y - left.y, right.x - left.x) * 180.0 / CV_PI;
    QVERIFY2(std::abs(angle) < 4.0, qPrintable(QString::number(angle)));
    const auto reference = engine->analyzeLargest(upright, false);
    QVERIFY(FaceEngine::compare(reference->descriptor, analysis->descriptor).distance < 0.25);
}

void TestFaceEngine::concurrentCallsGiveIdenticalResults()
{
    const auto engine = enginetest::engine();
    const QStringList names = {u"obama4_crop.jpg"_s,  u"franck_02045.jpg"_s, u"kim1_crop.jpg"_s,
                               u"queen20_crop.jpg"_s, u"cage2_crop.jpg"_s,   u"walter2_crop.jpg"_s};
    std::vector<cv::Mat> images;
    std::vector<vd::engine::Descriptor> sequential;
    for (const QString &name : names) {
        images.push_back(enginetest::read(enginetest::media(name)));
        const auto a = engine->analyzeLargest(images.back(), false);
        QVERIFY(a);
        sequential.push_back(a->descriptor);
    }
    // 6 images x 4 rounds on a pool of threads, all at once.
    QList<int> jobs;
    for (int round = 0; round < 4; ++round)
        for (int i = 0; i < static_cast<int>(images.size()); ++i)
            jobs.append(i);
    QThreadPool pool;
    pool.setMaxThreadCount(6);
    const QList<bool> same = QtConcurrent::blockingMapped(&pool, jobs, [&](int i) {
        const auto a = engine->analyzeLargest(images[static_cast<std::size_t>(i)], false);
        return a && a->descriptor == sequential[static_cast<std::size_t>(i)];
    });
    QCOMPARE(same.count(true), jobs.size());
}

QTEST_GUILESS_MAIN(TestFaceEngine)
#include "tst_faceengine.moc"
