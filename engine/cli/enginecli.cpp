// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecli.h"

#include "verifydeskpaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace vd::engine::cli {

void addModelsOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        u"models"_s,
        u"Folder with the face-api weights (default: %1)."_s.arg(paths::modelFolderDescription()),
        u"DIR"_s));
}

QString modelDirectory(const QCommandLineParser &parser)
{
    if (parser.isSet(u"models"_s))
        return parser.value(u"models"_s);
    return paths::modelFolder();
}

std::shared_ptr<const FaceEngine> loadEngine(const QCommandLineParser &parser)
{
    std::string error;
    auto engine = FaceEngine::load(modelDirectory(parser).toStdString(), &error);
    if (!engine)
        printError(QString::fromStdString(error) +
                   u" (pass --models DIR, or set VERIFYDESK_MODEL_DIR)"_s);
    return engine;
}

DecodedImage readImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DecodedImage failed;
        failed.error = QString(path + u": "_s + file.errorString()).toStdString();
        return failed;
    }
    DecodedImage image = decodeImage(file.readAll());
    if (image.bgr.empty())
        image.error = QString(path + u": "_s + QString::fromStdString(image.error)).toStdString();
    return image;
}

void printError(const QString &message)
{
    QTextStream(stderr) << "verifydesk-engine: " << message << Qt::endl;
}

int parseOrExit(QCommandLineParser &parser, const QStringList &args, int minPositional,
                int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        printError(u"wrong number of arguments; see %1 --help"_s.arg(args.value(0)));
        return ExitUsage;
    }
    return -1;
}

} // namespace vd::engine::cli
