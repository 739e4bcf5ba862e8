// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include "services/languageloader.h"
#include "store/appsettings.h"
#include "verifydeskconfig.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

void AppIdentity::apply(QCoreApplication *app, const QString &language)
{
    QCoreApplication::setOrganizationName(u"VerifyDesk"_s);
    QCoreApplication::setApplicationName(u"verifydesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    if (qobject_cast<QGuiApplication *>(app)) {
        QGuiApplication::setApplicationDisplayName(u"VerifyDesk"_s);
        QGuiApplication::setDesktopFileName(u"io.verifydesk.VerifyDesk"_s);
    }
    const bool given = LanguageLoader::languages().contains(language);
    LanguageLoader::install(app,
                            given ? language : LanguageLoader::resolve(AppSettings().language()));
}
