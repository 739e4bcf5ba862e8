// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QUrl>

class QPagedPaintDevice;

// Prints HTML to an A4 PDF the way every VerifyDesk report looks: the page, the resolution,
// the fonts (Latin and CJK, embedded), and images the HTML names by URL. A printer given the
// same page and resolution prints the same layout.
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
    // Lays the HTML out in the reports' fonts on the device's page and paints it there; a
    // printer or preview shows what the PDF holds when it has pageLayout() and Resolution.
    static void print(const QString &html, QPagedPaintDevice *device,
                      const QList<Image> &images = {});
    // The reports' page: A4 portrait with their margins.
    static QPageLayout pageLayout();
    // Images are laid out at this resolution: a chart rendered at it prints sharp.
    static constexpr int Resolution = 300;
};
