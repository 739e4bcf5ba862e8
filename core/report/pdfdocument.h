// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

// Prints HTML to an A4 PDF the way every VerifyDesk report looks: the page, the resolution,
// the fonts (Latin and CJK, embedded), and images the HTML names by URL.
class PdfDocument
{
public:
    struct Image
    {
        QUrl name; // as the HTML's <img src> names it
        QImage image;
    };
    enum class Code
    {
        None,
        CannotWrite
    };
    struct Error
    {
        Code code = Code::None;
        QString message;
        bool ok() const { return code == Code::None; }
    };

    // Needs a QGuiApplication (fonts). The error's message is `failureMessage`.
    static Error write(const QString &html, const QString &title, const QString &pdfPath,
                       const QString &failureMessage, const QList<Image> &images = {});
    // Images are laid out at this resolution: a chart rendered at it prints sharp.
    static constexpr int Resolution = 300;
};
