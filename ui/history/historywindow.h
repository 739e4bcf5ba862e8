// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/historystore.h"

#include <QPointer>
#include <QWidget>

class HistoryTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThread;
class ResultPanel;

// The history window (Ctrl+H): every recorded verification, filtered, newest first, with the
// chosen record's answer as it was decided, its inputs, the hash chain's state and the export.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    // store must outlive the window.
    explicit HistoryWindow(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ResultPanel *resultPanel() const { return m_resultPanel; }
    // The file the next export writes to instead of asking (tests); empty: ask.
    static void setNextSavePath(const QString &path);

public slots:
    void applyFilter();
    // Walks the hash chain in a worker thread with its own connection; the bar says the result.
    void checkChain();
    void exportCsv();
    void exportJson();
    // The chosen record's receipt: a print preview, the print dialog (Ctrl+P), or the PDF saved
    // (Ctrl+Shift+S).
    void previewReceipt();
    void printReceipt();
    void saveReceipt();

signals:
    // The chain check finished; broken says whether the warning bar shows.
    void chainChecked(bool broken);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRecord(int row);
    void showChain(const HistoryResult<ChainBreak> &result);
    void exportAs(bool json);
    QString inputText(const QString &name, const HistoryInput &input) const;
    // The record chosen in the table, null when none is.
    const HistoryEntry *currentEntry() const;
    // Asks where to save (or takes the path set by setNextSavePath); empty: cancelled.
    QString savePath(const QString &title, const QString &name, const QString &filter);

    HistoryStore *m_store;
    HistoryTableModel *m_model;
    QTableView *m_table;
    QCheckBox *m_sinceBox;
    QDateEdit *m_sinceEdit;
    QCheckBox *m_untilBox;
    QDateEdit *m_untilEdit;
    QComboBox *m_verdictBox;
    QLineEdit *m_statusEdit;
    QLineEdit *m_operatorEdit;
    QLineEdit *m_textEdit;
    QLabel *m_verdictLabel;
    QLabel *m_statusLabel;
    QLabel *m_operatorLabel;
    QLabel *m_textLabel;
    QLabel *m_chainBar;
    QLabel *m_countLabel;
    QLabel *m_pastLabel;
    QLabel *m_inputsLabel;
    ResultPanel *m_resultPanel;
    QPushButton *m_csvButton;
    QPushButton *m_jsonButton;
    QPushButton *m_receiptButton;
    QPushButton *m_saveReceiptButton;
    QPointer<QThread> m_chainThread;
    std::optional<HistoryResult<ChainBreak>> m_chain; // nullopt while checking
};
