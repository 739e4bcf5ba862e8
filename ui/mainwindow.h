// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/answerbinding.h"
#include "api/verdict.h"
#include "api/verificationclient.h"
#include "store/historystore.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <optional>

class AppSettings;
class CredentialReadJob;
class CredentialStore;
class HistoryRetention;
class HistoryWindow;
class LivenessPanel;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class ResultPanel;
class SelfiePanel;
class QSplitter;
class ReceiptActions;

// The operator's window: selfie and liveness inputs, Verify with progress and Cancel, and the
// answer, which is marked not current as soon as an input changes; the status bar shows the
// endpoint and where the secret is kept.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings and credentials must outlive the window; history may be null (nothing recorded).
    MainWindow(AppSettings *settings, CredentialStore *credentials, HistoryStore *history,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    SelfiePanel *selfiePanel() const { return m_selfiePanel; }
    LivenessPanel *livenessPanel() const { return m_livenessPanel; }
    ResultPanel *resultPanel() const { return m_resultPanel; }
    // The job in flight, null when idle.
    VerificationJob *currentJob() const { return m_job; }
    // The receipt of the answer on screen (History menu): only for a recorded, current answer.
    ReceiptActions *receiptActions() const { return m_receipt; }
    // The history window once opened, else null.
    HistoryWindow *historyWindow() const;
    // The hourly retention check of the history; null when no history is kept.
    HistoryRetention *historyRetention() const { return m_retention; }

    // Reads the secret of the configured endpoint and api_id from the keyring.
    void loadSecret();
    // Uses this secret for this run, without storing it.
    void setSecret(const QString &secret);
    // Uses this secret and stores it in the keyring (or this session's memory) for the
    // configured endpoint and api_id, as the setup and the settings do with a secret typed in.
    void storeSecret(const QString &secret);
    // A secret given through VERIFYDESK_API_SECRET: used for this session, never stored.
    void setEnvironmentSecret(const QString &secret);
    // Files given on the command line: an image becomes the selfie, anything else the liveness.
    void openFiles(const QStringList &paths);
    // A record's inputs sent again (from the history): a fresh screen with these files and the
    // case reference; the operator presses Verify, and the answer is a new record.
    void loadForResend(const QString &selfiePath, const QString &livenessPath,
                       const QString &caseRef);

public slots:
    void verify();
    void cancel();
    void openSettings();
    void runSetup();
    // Clears both inputs and the answer, for the next customer.
    void newCustomer();
    // The history window (Ctrl+H), one for the session; nothing when no history is kept.
    void openHistory();

signals:
    // After every verification, with its outcome shown.
    void verificationFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void applySettings();
    // Opens the history as the window starts, and keeps its retention while it runs.
    void startHistory();
    // A damaged history database moved aside at start: said in a box, not a fading status line.
    void showMovedAsideNotice();
    void updateStatusBar();
    void updateActions();
    // The receipt actions follow the answer on screen: its record, and whether it is current.
    void updateReceipt();
    void onJobFinished();
    void onInputsChanged();
    void showWaitingState();
    Thresholds currentThresholds() const;
    void restoreLayout();
    void saveLayout();
    void record(const VerificationJob *job);
    // The optional case reference row above Verify; returns its layout.
    QLayout *buildCaseRefRow();
    void markNotRecorded(const QString &error);
    // Once keeping copies is on: their key from the keyring, or the reason there is none.
    void loadCopyKey();
    // In the status bar for a while, and in the log.
    void showProblem(const QString &message);

    AppSettings *m_settings;
    CredentialStore *m_credentials;
    HistoryStore *m_history;
    HistoryRetention *m_retention = nullptr;
    bool m_copyKeyRequested = false;
    VerificationClient *m_client;
    QPointer<VerificationJob> m_job;
    QPointer<CredentialReadJob> m_secretRead; // the latest read; earlier answers are stale
    QString m_secret;
    enum class SecretState
    {
        Unknown,
        Missing,
        Keyring,
        SessionOnly,
        Environment
    } m_secretState = SecretState::Unknown;

    SelfiePanel *m_selfiePanel;
    LivenessPanel *m_livenessPanel;
    ResultPanel *m_resultPanel;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_noticeLabel;
    QLabel *m_endpointStatus;
    QLabel *m_secretStatus;
    QLabel *m_caseRefLabel = nullptr;
    QLineEdit *m_caseRefEdit = nullptr;
    QString m_jobCaseRef; // the case reference as it was when Verify was pressed
    QPointer<HistoryWindow> m_historyWindow;
    ReceiptActions *m_receipt = nullptr;
    // The record of the answer on screen, as the store read it back; nullopt when not recorded.
    std::optional<HistoryEntry> m_recorded;
    bool m_folderWarned = false; // the history folder's warning is shown once per run
    QAction *m_verifyAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QBoxLayout *m_inputsLayout = nullptr; // side by side when wide enough, else stacked
    // The inputs of the answer on screen; nullopt when none is shown.
    std::optional<AnswerBinding> m_answered;
    // The wait for the answer, worded again every second.
    enum class Phase
    {
        Uploading,
        Waiting,
        Retrying
    } m_phase = Phase::Uploading;
    QElapsedTimer m_sinceVerify;
    QElapsedTimer m_phaseClock;
    int m_retryDelayMs = 0;
    QString m_retryCause;
    int m_retryAttempt = 0;
    QTimer m_waitTicker;
    QList<QPair<QAction *, const char *>> m_actionTexts; // menus and actions, untranslated
};
