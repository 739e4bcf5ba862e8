// SPDX-License-Identifier: GPL-3.0-or-later
// verifydesk-engine: the face engine on the command line.
#include "aligncommand.h"
#include "comparecommand.h"
#include "detectcommand.h"
#include "enginecli.h"
#include "framescommand.h"
#include "livenesscommand.h"
#include "makelivenesscommand.h"
#include "postercommand.h"
#include "verifydeskconfig.h"
#include "verifydeskpaths.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &args); // args[0] is "verifydesk-engine <name>"
    const char *summary;
};

// One line per command: add new commands here.
const Command Commands[] = {
    {"detect", vd::engine::cli::runDetect, "IMAGE [--json] [--draw OUT.png]: find faces"},
    {"compare", vd::engine::cli::runCompare,
     "IMAGE IMAGE [--json]: distance and verify_score of the largest faces"},
    {"align", vd::engine::cli::runAlign, "IMAGE OUTDIR: write each face's 150x150 aligned crop"},
    {"make-liveness", vd::engine::cli::runMakeLiveness,
     "--frames DIR|--video FILE [--motions BLINK,YAW] [--output-type multiImg] [--fps 10] "
     "-o OUT.protobuf: build an open liveness capture"},
    {"liveness", vd::engine::cli::runLiveness,
     "FILE.protobuf [--json] [--progress]: liveness cues and hack_score of an open liveness "
     "capture"},
    {"frames", vd::engine::cli::runFrames,
     "FILE.protobuf -o OUT.protobuf: the capture's frames as the engine decodes them, as JPEG "
     "frames"},
    {"poster", vd::engine::cli::runPoster,
     "VIDEO -o OUT.jpg [--max-side 640]: the first frame of a clip as a JPEG"},
};

void printUsage(QTextStream &out)
{
    out << "Usage: verifydesk-engine COMMAND [options] (COMMAND --help for details)\n"
        << "       verifydesk-engine --help | --version\n\nCommands:\n";
    for (const Command &c : Commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' '
            << QString::fromLatin1(c.summary) << '\n';
    out << "\nCommon option: --models DIR (face-api weights; default "
        << vd::paths::modelFolderDescription() << ")\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"verifydesk-engine"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first.isEmpty() || first == u"--help"_s || first == u"-h"_s) {
        QTextStream out(first.isEmpty() ? stderr : stdout);
        printUsage(out);
        return first.isEmpty() ? vd::engine::cli::ExitUsage : vd::engine::cli::ExitOk;
    }
    if (first == u"--version"_s) {
        QTextStream(stdout) << "verifydesk-engine " << VD_VERSION << Qt::endl;
        return vd::engine::cli::ExitOk;
    }
    for (const Command &c : Commands) {
        if (first == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = u"verifydesk-engine "_s + first;
            return c.run(args);
        }
    }
    vd::engine::cli::printError(
        u"unknown command \"%1\"; see verifydesk-engine --help"_s.arg(first));
    return vd::engine::cli::ExitUsage;
}
