// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "enginecli.h"
#include "scorecalibration.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Compares the largest face of two images: descriptor distance and verify_score "
        "(>= 0.7: the same person). Exit code 3 when an image has no face."_s);
    parser.addPositionalArgument(u"IMAGE1"_s, u"First image."_s);
    parser.addPositionalArgument(u"IMAGE2"_s, u"Second image."_s);
    parser.addOption({u"json"_s, u"Print JSON: {\"distance\": d, \"verify_score\": s}."_s});
    addModelsOption(parser);
    if (const int exit = parseOrExit(parser, args, 2, 2); exit >= 0)
        return exit;

    const QStringList paths = parser.positionalArguments();
    DecodedImage images[2];
    for (int i = 0; i < 2; ++i) {
        images[i] = readImage(paths[i]);
        if (images[i].bgr.empty()) {
            printError(QString::fromStdString(images[i].error));
            return ExitInput;
        }
    }
    const auto engine = loadEngine(parser);
    if (!engine)
        return ExitInput;
    std::optional<FaceAnalysis> faces[2];
    for (int i = 0; i < 2; ++i) {
        faces[i] = engine->analyzeLargest(images[i].bgr, true);
        if (!faces[i]) {
            printError(paths[i] + u": no face found (also tried the image turned by 90, 180 and "
                                  "270 degrees)"_s);
            return ExitNoFace;
        }
    }
    const Comparison result = FaceEngine::compare(faces[0]->descriptor, faces[1]->descriptor);
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(
                   QJsonObject{{u"distance"_s, std::round(result.distance * 1e4) / 1e4},
                               {u"verify_score"_s, std::round(result.verifyScore * 1e4) / 1e4}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        out << u"distance %1, verify_score %2: %3"_s.arg(result.distance, 0, 'f', 4)
                   .arg(result.verifyScore, 0, 'f', 4)
                   .arg(result.verifyScore >= 0.7 ? u"the same person"_s : u"different people"_s)
            << Qt::endl;
    }
    return ExitOk;
}

} // namespace vd::engine::cli
