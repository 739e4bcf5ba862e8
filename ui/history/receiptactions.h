// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/historystore.h"

#include <QObject>
#include <optional>

class QAction;
class QWidget;

// The receipt of one recorded verification, as three actions shared by the answer panel's
// window and the history: a print preview ("Receipt…"), the print dialog (Ctrl+P) and the PDF
// saved (Ctrl+Shift+S). Without a record they are disabled, their tooltip saying why.
class ReceiptActions : public QObject
{
    Q_OBJECT

public:
    // window: the dialogs' parent, whose shortcuts these are (add the actions to it or a menu).
    explicit ReceiptActions(QWidget *window);

    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *saveAction() const { return m_save; }
    QList<QAction *> actions() const { return {m_preview, m_print, m_save}; }

    // The record the receipt describes.
    void setEntry(const HistoryEntry &entry);
    // No receipt; reason (translated) says why.
    void setUnavailable(const QString &reason);
    bool isAvailable() const { return m_entry.has_value(); }
    // Words the actions again (the owner calls it on QEvent::LanguageChange).
    void retranslate();

public slots:
    void preview();
    void print();
    void save();

signals:
    // The PDF was written there.
    void saved(const QString &path);

private:
    void updateState();

    QWidget *m_window;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_save;
    std::optional<HistoryEntry> m_entry;
    QString m_reason;
};
