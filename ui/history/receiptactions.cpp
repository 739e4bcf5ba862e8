// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptactions.h"

#include "messagebox.h"
#include "report/pdfdocument.h"
#include "report/receiptwriter.h"
#include "savefiledialog.h"

#include <QAction>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// The saved PDF's A4 page and resolution, so that paper and preview show its layout.
void setUpPrinter(QPrinter &printer, const HistoryEntry &entry)
{
    printer.setPageLayout(PdfDocument::pageLayout());
    printer.setResolution(PdfDocument::Resolution);
    printer.setDocName(ReceiptWriter::title(entry));
}

} // namespace

ReceiptActions::ReceiptActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_preview(new QAction(window))
    , m_print(new QAction(window))
    , m_save(new QAction(window))
{
    m_preview->setObjectName(u"receiptPreviewAction"_s);
    m_print->setObjectName(u"receiptPrintAction"_s);
    m_save->setObjectName(u"receiptSaveAction"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_preview, &QAction::triggered, this, &ReceiptActions::preview);
    connect(m_print, &QAction::triggered, this, &ReceiptActions::print);
    connect(m_save, &QAction::triggered, this, &ReceiptActions::save);
    retranslate();
    setUnavailable(tr("Choose a recorded verification first."));
}

void ReceiptActions::retranslate()
{
    m_preview->setText(tr("&Receipt…"));
    m_print->setText(tr("&Print receipt…"));
    m_save->setText(tr("Save receipt as P&DF…"));
    updateState();
}

void ReceiptActions::setEntry(const HistoryEntry &entry)
{
    m_entry = entry;
    m_reason.clear();
    updateState();
}

void ReceiptActions::setUnavailable(const QString &reason)
{
    m_entry.reset();
    m_reason = reason;
    updateState();
}

void ReceiptActions::updateState()
{
    for (QAction *action : actions()) {
        action->setEnabled(m_entry.has_value());
        // A disabled action's tooltip is the one place that can say why.
        action->setToolTip(m_entry ? action->text().remove(u'&') : m_reason);
    }
}

void ReceiptActions::preview()
{
    if (!m_entry)
        return;
    const HistoryEntry entry = *m_entry;
    QPrinter printer;
    setUpPrinter(printer, entry);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(u"receiptPreview"_s);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [entry](QPrinter *target) { ReceiptWriter::print(entry, target); });
    dialog.exec();
}

void ReceiptActions::print()
{
    if (!m_entry)
        return;
    // The record chosen when the dialog opened, whatever happens meanwhile.
    const HistoryEntry entry = *m_entry;
    QPrinter printer;
    setUpPrinter(printer, entry);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(u"receiptPrintDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReceiptWriter::print(entry, &printer);
}

void ReceiptActions::save()
{
    if (!m_entry)
        return;
    const QString path =
        SaveFileDialog::ask(m_window, tr("Save the receipt"),
                            ReceiptWriter::defaultFileName(*m_entry), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const HistoryError error = ReceiptWriter::write(*m_entry, path);
    if (!error.ok()) {
        MessageBox::warning(m_window, tr("Receipt"), error.message);
        return;
    }
    emit saved(path);
}
