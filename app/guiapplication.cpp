// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "contract/apicontract.h"
#include "mainwindow.h"
#include "media/privatetempfolder.h"
#include "services/appidentity.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historystore.h"
#include "verifydeskconfig.h"
#include "workbench/modelinks.h"
#include "workbench/modeswitch.h"
#include "workbench/workbenchwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int GuiApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppIdentity::apply(&app);
    // Faces left in the temporary folders of runs that crashed go now, not at the next paste.
    PrivateTempFolder::removeStale();
    AppSettings settings;

    // Start options let a script (packaging/run.sh) open the app on a given server; what they
    // set is saved like any setting, so such scripts give the app a settings folder of their own.
    QCommandLineParser parser;
    parser.addOptions({
        {u"endpoint"_s,
         QCoreApplication::translate("GuiApplication", "Use this API base URL and save it."),
         u"URL"_s},
        {u"api-id"_s, QCoreApplication::translate("GuiApplication", "Use this api_id and save it."),
         u"ID"_s},
    });
    parser.addPositionalArgument(
        u"files"_s,
        QCoreApplication::translate("GuiApplication", "A selfie and/or a liveness data file."),
        u"[FILE…]"_s);
    parser.process(app);
    const QUrl endpoint(parser.value(u"endpoint"_s), QUrl::StrictMode);
    if (endpoint.isValid() && !endpoint.host().isEmpty())
        settings.setEndpoint(endpoint);
    if (parser.isSet(u"api-id"_s))
        settings.setApiId(parser.value(u"api-id"_s));
    // The secret can come from the environment (as for `verifydesk verify`), never from an
    // argument; it is then kept for this session only and not written to the keyring.
    const QString environmentSecret = qEnvironmentVariable(vd::contract::SecretVariable);
    if (!environmentSecret.isEmpty() && !settings.apiId().isEmpty())
        settings.setFirstRunDone(true);

    CredentialStore credentials;
    HistoryStore history;
    MainWindow window(&settings, &credentials, &history);
    QApplication::setWindowIcon(window.windowIcon());
    // The QA workbench, the second mode (Ctrl+2), takes the window's place when asked for.
    WorkbenchWindow workbench;
    ModeSwitch modes(&window, &workbench);
    linkModes(&window, &workbench, &modes);
    window.show();
    window.openFiles(parser.positionalArguments());
    if (!settings.firstRunDone() || settings.apiId().isEmpty())
        QTimer::singleShot(0, &window, &MainWindow::runSetup);
    else if (!environmentSecret.isEmpty())
        window.setEnvironmentSecret(environmentSecret);
    else
        window.loadSecret();
    return app.exec();
}
