// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfdocument.h"

#include "verifydeskconfig.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

QPageLayout PdfDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

void PdfDocument::print(const QString &html, QPagedPaintDevice *device, const QList<Image> &images)
{
    QTextDocument document;
    // Latin text and digits in DejaVu Sans, Chinese in Noto Sans CJK SC (fonts-dejavu-core,
    // fonts-noto-cjk); both are embedded. The CJK font's own Latin glyphs come out of Qt's PDF
    // writer without a text mapping, so pdftotext and search would not find the request_id.
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    for (const Image &image : images)
        document.addResource(QTextDocument::ImageResource, image.name, QVariant(image.image));
    document.setHtml(html);
    document.print(device);
}

PdfDocument::Error PdfDocument::write(const QString &html, const QString &title,
                                      const QString &pdfPath, const QString &failureMessage,
                                      const QList<Image> &images)
{
    QPdfWriter writer(pdfPath);
    writer.setPageLayout(pageLayout());
    writer.setResolution(Resolution);
    writer.setTitle(title);
    writer.setCreator(u"VerifyDesk "_s + QStringLiteral(VD_VERSION));
    print(html, &writer, images);
    // QPdfWriter reports no error itself: check that a PDF arrived.
    QFile written(pdfPath);
    if (!written.open(QIODevice::ReadOnly) || !written.read(5).startsWith("%PDF-"))
        return {Code::CannotWrite, failureMessage};
    return {};
}
