// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecli.h"

#include "format/capturereader.h"
#include "verifydeskpaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
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

std::optional<verifydesk::liveness::LivenessCapture> readCaptureFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(path + u": "_s + file.errorString());
        return std::nullopt;
    }
    const format::CaptureLimits limits;
    if (static_cast<std::size_t>(file.size()) > limits.maxBytes) {
        printError(path + u": %1 bytes, over the %2 bytes a capture may have"_s.arg(file.size())
                              .arg(limits.maxBytes));
        return std::nullopt;
    }
    format::CaptureReadResult read = format::readCapture(file.readAll().toStdString(), limits);
    if (!read.capture) {
        printError(path + u": "_s + QString::fromStdString(read.error));
        return std::nullopt;
    }
    return std::move(read.capture);
}

bool writeCaptureFile(const QString &path, const verifydesk::liveness::LivenessCapture &capture)
{
    const std::string bytes = capture.SerializeAsString();
    const format::CaptureReadResult check = format::readCapture(bytes);
    if (!check.capture) {
        printError(u"the capture would not be accepted: "_s + QString::fromStdString(check.error));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !out.commit()) {
        printError(path + u": "_s + out.errorString());
        return false;
    }
    return true;
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
