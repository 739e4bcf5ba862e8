#include "guiapplication.h"

#include "cli/languageloader.h"
#include "mainwindow.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int GuiApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"VerifyDesk"_s);
    QApplication::setApplicationName(u"verifydesk"_s);
    QApplication::setApplicationDisplayName(u"VerifyDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    QApplication::setDesktopFileName(u"verifydesk"_s);

    AppSettings settings;
    LanguageLoader::install(&app, LanguageLoader::resolve(settings.language()));

    CredentialStore credentials;
    HistoryStore history;
    MainWindow window(&settings, &credentials, &history);
    QApplication::setWindowIcon(window.windowIcon());
    window.show();
    window.openFiles(QApplication::arguments().mid(1));
    if (!settings.firstRunDone() || settings.apiId().isEmpty())
        QTimer::singleShot(0, &window, &MainWindow::runSetup);
    else
        window.loadSecret();
    return app.exec();
}
