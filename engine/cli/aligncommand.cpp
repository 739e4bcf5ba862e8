// SPDX-License-Identifier: GPL-3.0-or-later
#include "aligncommand.h"

#include "enginecli.h"
#include "facealigner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <opencv2/imgcodecs.hpp>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

int runAlign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the aligned 150x150 crop of every face in IMAGE to OUTDIR as "
        "<image>-face<N>.png, largest face first."_s);
    parser.addPositionalArgument(u"IMAGE"_s, u"Image file."_s);
    parser.addPositionalArgument(u"OUTDIR"_s, u"Folder for the PNG crops (created)."_s);
    parser.addOption({u"square"_s, u"Write face-api's own crop instead: the unrotated square "
                                   "around eyes and mouth, clipped, not resized."_s});
    addModelsOption(parser);
    if (const int exit = parseOrExit(parser, args, 2, 2); exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments();
    const DecodedImage image = readImage(positional[0]);
    if (image.bgr.empty()) {
        printError(QString::fromStdString(image.error));
        return ExitInput;
    }
    const QDir dir(positional[1]);
    if (!dir.mkpath(u"."_s)) {
        printError(positional[1] + u": cannot create the folder"_s);
        return ExitInput;
    }
    const auto engine = loadEngine(parser);
    if (!engine)
        return ExitInput;
    const auto faces = engine->detect(image.bgr);
    if (faces.empty()) {
        printError(positional[0] + u": no face found"_s);
        return ExitNoFace;
    }
    const QString stem = QFileInfo(positional[0]).completeBaseName();
    QTextStream out(stdout);
    for (std::size_t i = 0; i < faces.size(); ++i) {
        const cv::Mat crop = parser.isSet(u"square"_s)
                                 ? FaceAligner::squareCrop(image.bgr, faces[i].landmarks)
                                 : engine->align(image.bgr, faces[i].landmarks);
        const QString target = dir.filePath(stem + u"-face%1.png"_s.arg(i + 1));
        if (crop.empty() || !cv::imwrite(target.toStdString(), crop)) {
            printError(target + u": cannot write the crop"_s);
            return ExitInput;
        }
        out << target << Qt::endl;
    }
    return ExitOk;
}

} // namespace vd::engine::cli
