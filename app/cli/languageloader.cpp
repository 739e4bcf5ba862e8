#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

const QStringList &LanguageLoader::languages()
{
    static const QStringList list = {u"zh_CN"_s, u"en"_s};
    return list;
}

QString LanguageLoader::resolve(const QString &configured)
{
    if (languages().contains(configured))
        return configured;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool LanguageLoader::install(QCoreApplication *app, const QString &language)
{
    // The translators live as long as the application; they are its children.
    auto *own = new QTranslator(app);
    if (!own->load(u":/i18n/verifydesk_"_s + language + u".qm"_s)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    QLocale::setDefault(QLocale(language));

    // Qt's own strings (standard buttons, file dialogs) where Qt ships that language.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QString LanguageLoader::nativeName(const QString &language)
{
    if (language == u"zh_CN"_s)
        return u"简体中文"_s;
    return u"English"_s;
}
