// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "batch/batchprogress.h"
#include "batch/batchrunner.h"
#include "batch/batchstore.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>
#include <memory>

class BatchReportView;
class BatchTableModel;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QThread;
class QTimer;
class ResultPanel;
class VerificationClient;

// The workbench's Batch tab: a folder or manifest validated into its batch database (each
// line's problem listed before anything is sent), run with the app's endpoint and credentials
// (pause, resume, cancel, or continued later from the database), its pairs in a live table with
// the chosen pair's answer beside it, and the report of the batch at any moment.
class BatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchPage(QWidget *parent = nullptr);
    ~BatchPage() override;

    static QString tabTitle();

    // A folder or CSV manifest (validated into its batch database, continuing the one that
    // exists), or a *.batch.sqlite to continue. sourceOpened() follows.
    void openSource(const QString &path);

    const BatchStore &store() const { return m_store; }
    BatchRunner *runner() const { return m_runner; }
    BatchTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *problems() const { return m_problems; }
    ResultPanel *resultPanel() const { return m_resultPanel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *messageLabel() const { return m_message; }
    QSpinBox *concurrency() const { return m_concurrency; }
    // The report window, once Report has been asked for.
    BatchReportView *reportView() const { return m_reportView; }

public slots:
    void chooseFolder();
    void chooseManifest();
    void chooseDatabase();
    void start();
    void pause();
    void resume();
    void cancel();
    void showReport();
    void exportCsv();

signals:
    // ok: the batch database is open and the table shows it.
    void sourceOpened(bool ok);
    // The batch ended: every pair answered, cancelled, or stopped.
    void runFinished();
    // The pair's liveness file, to be shown in the Inspect tab.
    void inspectRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Imported; // what the validation thread hands back

    void retranslate();
    void finishImport(const Imported &imported);
    void listRefused();
    void startRunner(const QString &secret);
    void onProgress(const BatchProgress &progress);
    void showIdleProgress();
    void onRunnerState(BatchRunner::State state);
    void onRunnerFinished();
    void updateButtons();
    void showPair(const QModelIndex &current);
    void activatePair(const QModelIndex &index);
    void applyFilter();
    void showMessage(const QString &text, bool error);
    void closeBatch();
    Thresholds thresholds() const;

    BatchStore m_store;
    QString m_source;  // the folder or manifest of the open batch
    QString m_baseDir; // its relative sources' folder
    VerificationClient *m_client;
    BatchRunner *m_runner = nullptr;
    QThread *m_importThread = nullptr;
    QDateTime m_startedUtc;
    bool m_readingSecret = false;

    QLabel *m_sourceLabel;
    QLineEdit *m_sourceEdit;
    QPushButton *m_folderButton;
    QPushButton *m_manifestButton;
    QPushButton *m_databaseButton;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrency;
    QPushButton *m_startButton;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_cancelButton;
    QPushButton *m_reportButton;
    QPushButton *m_csvButton;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    BatchTableModel *m_model;
    QTableView *m_table;
    QStackedWidget *m_answerStack; // the chosen pair's answer, or why there is none
    QLabel *m_noAnswer;
    ResultPanel *m_resultPanel;
    QLabel *m_message;
    QTimer *m_refreshTimer;
    QDialog *m_reportDialog = nullptr;
    BatchReportView *m_reportView = nullptr;
};
