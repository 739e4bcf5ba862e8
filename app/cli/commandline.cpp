// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cli/exitcode.h"
#include "cli/verifycommand.h"
#include "services/appidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

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
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return !first.startsWith(u'-') && !QFileInfo::exists(first);
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("VerifyDesk: compares a selfie with the liveness data of the vendor's SDK through "
           "the liveness_selfie_verification API.\n"
           "Without arguments it opens the desktop window.\n\n"
           "verify exits with 0 for the same person, 1 for not the same person or a possible "
           "attack, 2 for an API error and 3 for a usage or local error.\n"
           "The api_secret is read from the environment variable VERIFYDESK_API_SECRET or "
           "from the system keyring (saved by the desktop app), never from an argument."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("verify: send one verification request."),
                                 u"verify"_s);
    VerifyCommand::addOptions(parser);

    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n' << tr("Run verifydesk --help for the usage.") << '\n';
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
    if (positional.first() != u"verify"_s) {
        err << tr("Unknown command \"%1\"; the command is verify.").arg(positional.first()) << '\n'
            << tr("Run verifydesk --help for the usage.") << '\n';
        return ExitUsageOrLocalError;
    }
    if (positional.size() > 1) {
        err << tr("Unexpected argument \"%1\".").arg(positional.at(1)) << '\n'
            << tr("Run verifydesk --help for the usage.") << '\n';
        return ExitUsageOrLocalError;
    }

    VerifyCommand command;
    QObject::connect(&command, &VerifyCommand::done, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    command.start(parser);
    return app.exec();
}
