#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Picks the UI language (Simplified Chinese first, English second) and installs the app's and
// Qt's own translators for it. Used by the GUI and by the command-line mode.
class LanguageLoader
{
public:
    // The languages VerifyDesk ships, first language first.
    static const QStringList &languages();
    // "zh_CN" or "en": the configured language when it is one of ours, otherwise the
    // system's (Chinese for any zh locale, English for everything else).
    static QString resolve(const QString &configured);
    // Installs the translators of the language on the application; returns false (and leaves
    // the source language, English) when the embedded translation cannot be loaded.
    static bool install(QCoreApplication *app, const QString &language);
    // The language's own name, for the settings picker ("简体中文", "English").
    static QString nativeName(const QString &language);
};
