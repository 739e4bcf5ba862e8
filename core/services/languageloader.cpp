// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// The translators installed now; replaced when the language changes while the app runs.
QPointer<QTranslator> s_own;
QPointer<QTranslator> s_qt;

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

const QStringList &LanguageLoader::languages()
{
    static const QStringList list = {u"zh_CN"_s, u"en"_s};
    return list;
}

QString LanguageLoader::resolve(const QString &configured, const QLocale &system)
{
    if (languages().contains(configured))
        return configured;
    return system.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool LanguageLoader::install(QCoreApplication *app, const QString &language,
                             const QString &directory)
{
    // The translators live as long as the application; they are its children.
    auto *own = new QTranslator(app);
    if (!own->load(u"verifydesk_"_s + language, directory)) {
        delete own;
        return false;
    }
    uninstall(s_own);
    uninstall(s_qt);
    s_own = own;
    QLocale::setDefault(QLocale(language));

    // Qt's own strings (standard buttons, file dialogs) where Qt ships that language.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    // Installing sends QEvent::LanguageChange to every widget, after QLocale's default changed.
    QCoreApplication::installTranslator(own);
    return true;
}

QString LanguageLoader::nativeName(const QString &language)
{
    if (language == u"zh_CN"_s)
        return u"简体中文"_s;
    return u"English"_s;
}
