// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectcommand.h"

#include "enginecli.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

void draw(cv::Mat &image, const std::vector<DetectedFace> &faces)
{
    const int thickness = std::max(2, std::max(image.cols, image.rows) / 400);
    for (const DetectedFace &face : faces) {
        cv::rectangle(image, face.box, cv::Scalar(0, 200, 0), thickness);
        for (const cv::Point2f &p : face.landmarks)
            cv::circle(image, p, thickness, cv::Scalar(0, 0, 255), cv::FILLED);
        cv::putText(image, cv::format("%.2f", static_cast<double>(face.score)),
                    cv::Point(static_cast<int>(face.box.x), static_cast<int>(face.box.y) - 4),
                    cv::FONT_HERSHEY_SIMPLEX, thickness * 0.4, cv::Scalar(255, 0, 0), thickness);
    }
}

} // namespace

int runDetect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Finds every face in IMAGE: box, score, 68 landmarks."_s);
    parser.addPositionalArgument(u"IMAGE"_s, u"JPEG, PNG, BMP, GIF or TIFF file."_s);
    parser.addOption(
        {u"json"_s, u"Print JSON: {\"faces\": [{\"box\", \"score\", \"landmarks\"}]}."_s});
    parser.addOption(
        {u"draw"_s, u"Write a copy of the image with the faces drawn to OUT."_s, u"OUT.png"_s});
    addModelsOption(parser);
    if (const int exit = parseOrExit(parser, args, 1, 1); exit >= 0)
        return exit;

    const QString path = parser.positionalArguments().constFirst();
    const DecodedImage image = readImage(path);
    if (image.bgr.empty()) {
        printError(QString::fromStdString(image.error));
        return ExitInput;
    }
    const auto engine = loadEngine(parser);
    if (!engine)
        return ExitInput;
    const std::vector<DetectedFace> faces = engine->detect(image.bgr);

    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const DetectedFace &face : faces) {
            QJsonArray points;
            for (const cv::Point2f &p : face.landmarks)
                points.append(QJsonArray{rounded(p.x), rounded(p.y)});
            list.append(QJsonObject{
                {u"box"_s, QJsonArray{rounded(face.box.x), rounded(face.box.y),
                                      rounded(face.box.width), rounded(face.box.height)}},
                {u"score"_s, std::round(face.score * 10000.0) / 10000.0},
                {u"landmarks"_s, points}});
        }
        out << QJsonDocument(QJsonObject{{u"faces"_s, list}}).toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        out << path << ": " << faces.size() << (faces.size() == 1 ? " face" : " faces") << Qt::endl;
        for (const DetectedFace &face : faces)
            out << u"  box %1,%2 %3x%4  score %5"_s.arg(qRound(face.box.x))
                       .arg(qRound(face.box.y))
                       .arg(qRound(face.box.width))
                       .arg(qRound(face.box.height))
                       .arg(static_cast<double>(face.score), 0, 'f', 3)
                << Qt::endl;
    }
    if (parser.isSet(u"draw"_s)) {
        cv::Mat canvas = image.bgr.clone();
        draw(canvas, faces);
        const QString target = parser.value(u"draw"_s);
        bool written = false;
        try {
            written = cv::imwrite(target.toStdString(), canvas);
        } catch (const cv::Exception &e) {
            printError(target + u": "_s + QString::fromStdString(e.msg));
        }
        if (!written) {
            printError(target + u": cannot write the image (unknown extension or folder?)"_s);
            return ExitInput;
        }
    }
    return ExitOk;
}

} // namespace vd::engine::cli
