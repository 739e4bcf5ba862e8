// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
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
    // "zh_CN" or "en": the configured language when it is one of ours (the operator's choice),
    // otherwise the system's (Simplified Chinese for any zh locale, English for any other).
    static QString resolve(const QString &configured, const QLocale &system = QLocale::system());
    // Installs the translators of the language on the application, replacing those of the
    // language before (widgets then receive QEvent::LanguageChange). Returns false, and keeps
    // the language before, when verifydesk_<language>.qm cannot be loaded from directory (the
    // translations embedded in the verifydesk executable by default).
    static bool install(QCoreApplication *app, const QString &language,
                        const QString &directory = QStringLiteral(":/i18n"));
    // The language's own name, for the settings picker ("简体中文", "English").
    static QString nativeName(const QString &language);
};
