// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cli/batchcommand.h"
#include "cli/exitcode.h"
#include "cli/historycommand.h"
#include "cli/inspectcommand.h"
#include "cli/receiptcommand.h"
#include "cli/verifycommand.h"
#include "media/privatetempfolder.h"
#include "services/appidentity.h"
#include "services/languageloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString LangOption = u"--lang"_s;

} // namespace

bool CommandLine::handles(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"-h"_s || arg == u"--help"_s || arg == u"--help-all"_s || arg == u"-v"_s ||
            arg == u"--version"_s)
            return true;
    }
    // Without a display the window cannot open; the command-line mode then explains the usage.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    // --lang is an option of the command line only; it may come before the command word.
    int first = 1;
    while (first < argc) {
        const QString arg = QString::fromLocal8Bit(argv[first]);
        if (arg == LangOption)
            first += 2;
        else if (arg.startsWith(LangOption + u'='))
            first += 1;
        else
            break;
    }
    if (first >= argc)
        return first > 1;
    const QString word = QString::fromLocal8Bit(argv[first]);
    return !word.startsWith(u'-') && !QFileInfo::exists(word);
}

QString CommandLine::languageArgument(int argc, char **argv)
{
    QString value;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == LangOption && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[++i]);
        else if (arg.startsWith(LangOption + u'='))
            value = arg.mid(LangOption.size() + 1);
    }
    return value;
}

int CommandLine::run(int argc, char **argv)
{
    // A receipt and a batch's PDF report lay out text with fonts: a QGuiApplication, on no
    // display if there is none. The command is the first argument that is not --lang's.
    int commandAt = 1;
    while (commandAt < argc && qstrncmp(argv[commandAt], "--lang", 6) == 0)
        commandAt += qstrcmp(argv[commandAt], "--lang") == 0 ? 2 : 1;
    const char *commandName = commandAt < argc ? argv[commandAt] : "";
    bool pdfReport = false;
    if (qstrcmp(commandName, "batch") == 0) {
        for (int i = commandAt + 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            const QByteArray value = arg == "--report" && i + 1 < argc ? QByteArray(argv[i + 1])
                                     : arg.startsWith("--report=")     ? arg.mid(9)
                                                                       : QByteArray();
            pdfReport = pdfReport || value.toLower().endsWith(".pdf");
        }
    }
    const bool needsFonts = pdfReport || qstrcmp(commandName, "receipt") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv)
                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    const QString language = languageArgument(argc, argv);
    AppIdentity::apply(&app, language);
    // Faces left in the temporary folders of runs that crashed go at every start.
    PrivateTempFolder::removeStale();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("VerifyDesk: compares a selfie with the liveness data of the vendor's SDK through "
           "the liveness_selfie_verification API.\n"
           "Without arguments it opens the desktop window.\n\n"
           "verify exits with 0 for the same person, 1 for not the same person or a possible "
           "attack, 2 for an API error and 3 for a usage or local error.\n"
           "inspect exits with 0 for a file that reads as protobuf to its end, 2 for a malformed "
           "one (printed as far as it reads) and 3 for a usage or local error.\n"
           "batch exits with 0 when every pair was answered, 2 when some could not be and 3 for "
           "a usage or local error.\n"
           "The api_secret is read from the environment variable VERIFYDESK_API_SECRET or "
           "from the system keyring (saved by the desktop app), never from an argument."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"lang"_s,
                      tr("Language of the messages: %1 (default: the one chosen in the desktop "
                         "app, else the system's).")
                          .arg(LanguageLoader::languages().join(u" | "_s)),
                      u"LANGUAGE"_s});
    parser.addPositionalArgument(u"command"_s,
                                 tr("verify: send one verification request; history: list, "
                                    "export or check the recorded verifications; receipt "
                                    "REQUEST_ID: write a verification's receipt as a PDF; inspect "
                                    "FILE: show the protobuf wire tree of any liveness file; "
                                    "batch DIR|MANIFEST: verify many pairs, resumably."),
                                 u"verify|history|receipt|inspect|batch"_s);
    VerifyCommand::addOptions(parser);
    HistoryCommand::addOptions(parser);
    InspectCommand::addOptions(parser);
    BatchCommand::addOptions(parser);
    // One option for the two commands that write a file: Qt refuses a name given twice.
    parser.addOption({{u"o"_s, u"output"_s},
                      tr("receipt: the PDF file to write (default: receipt-REQUEST_ID.pdf); "
                         "inspect: the file --export-bytes writes."),
                      u"FILE"_s});

    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n' << tr("Run verifydesk --help for the usage.") << '\n';
        return ExitUsageOrLocalError;
    }
    if (parser.isSet(u"lang"_s) && !LanguageLoader::languages().contains(language)) {
        err << tr("--lang \"%1\" is not a language of VerifyDesk; use zh_CN or en.").arg(language)
            << '\n';
        return ExitUsageOrLocalError;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        // Also the way here without a display: say why no window opened.
        err << tr("No command given, and no display to open the window on.") << '\n'
            << tr("Run verifydesk --help for the usage.") << '\n';
        return ExitUsageOrLocalError;
    }
    if (positional.first() == u"inspect"_s)
        return InspectCommand().run(parser, positional.mid(1));
    if (positional.first() == u"batch"_s) {
        BatchCommand command;
        QObject::connect(&command, &BatchCommand::done, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        command.start(parser, positional.mid(1));
        return app.exec();
    }
    if (positional.first() != u"verify"_s && positional.first() != u"history"_s &&
        positional.first() != u"receipt"_s) {
        err << tr("Unknown command \"%1\"; the commands are verify, history, receipt, inspect and "
                  "batch.")
                   .arg(positional.first())
            << '\n'
            << tr("Run verifydesk --help for the usage.") << '\n';
        return ExitUsageOrLocalError;
    }
    if (positional.first() == u"receipt"_s)
        return ReceiptCommand().run(parser, positional.mid(1));
    if (positional.size() > 1) {
        err << tr("Unexpected argument \"%1\".").arg(positional.at(1)) << '\n'
            << tr("Run verifydesk --help for the usage.") << '\n';
        return ExitUsageOrLocalError;
    }

    if (positional.first() == u"history"_s)
        return HistoryCommand().run(parser);

    VerifyCommand command;
    QObject::connect(&command, &VerifyCommand::done, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    command.start(parser);
    return app.exec();
}
