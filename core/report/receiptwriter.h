// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/historystore.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

// Writes the one-page verification receipt (核验记录单) of a recorded verification as a PDF,
// in the UI language, with the fonts embedded; the operator signs it on paper.
class ReceiptWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptWriter)

public:
    // The receipt as HTML for QTextDocument (also what a print preview shows).
    static QString html(const HistoryEntry &entry);
    // receipt-<request_id>.pdf with only the characters that are safe in a file name
    // (receipt-record-<id>.pdf for an answer without a request_id).
    static QString defaultFileName(const HistoryEntry &entry);
    // "Verification receipt <request_id>": the PDF's title, the print job's name.
    static QString title(const HistoryEntry &entry);
    // Writes the PDF; needs a QGuiApplication (fonts). The error is CannotExport.
    static HistoryError write(const HistoryEntry &entry, const QString &pdfPath);
    // Prints the receipt on a printer or preview page laid out as the PDF is (its fonts; its
    // page and resolution when the device has PdfDocument's).
    static void print(const HistoryEntry &entry, QPagedPaintDevice *device);
};
