// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/historystore.h"
#include "store/recordedinput.h"

#include <QPointer>
#include <QWidget>

class ActionButton;
class HistoryTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QThread;
class ReceiptActions;
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
    ReceiptActions *receiptActions() const { return m_receipt; }

public slots:
    void applyFilter();
    // Walks the hash chain in a worker thread with its own connection; the bar says the result.
    void checkChain();
    void exportCsv();
    void exportJson();
    // Hands the chosen record's inputs to the main window for a new verification.
    void resend();

signals:
    // The chain check finished; broken says whether the warning bar shows.
    void chainChecked(bool broken);
    // A new verification of these files (unchanged originals or decrypted kept copies) is
    // asked for, with the record's case reference.
    void resendRequested(const QString &selfiePath, const QString &livenessPath,
                         const QString &caseRef);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRecord(int row);
    void showChain(const HistoryResult<ChainBreak> &result);
    void exportAs(bool json);
    QString inputText(const QString &name, const RecordedInput &input) const;
    void showInputs(const HistoryEntry &entry);
    void fitDetailPane();
    // The record chosen in the table, null when none is.
    const HistoryEntry *currentEntry() const;

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
    QLabel *m_selfieImage;
    ResultPanel *m_resultPanel;
    QScrollArea *m_detailArea;
    QPushButton *m_csvButton;
    QPushButton *m_jsonButton;
    ActionButton *m_receiptButton;
    ActionButton *m_saveReceiptButton;
    QPushButton *m_resendButton;
    ReceiptActions *m_receipt;
    // The inputs of the record shown; nullopt when none is.
    std::optional<RecordedInput> m_selfie;
    std::optional<RecordedInput> m_liveness;
    QPointer<QThread> m_chainThread;
    std::optional<HistoryResult<ChainBreak>> m_chain; // nullopt while checking
};
