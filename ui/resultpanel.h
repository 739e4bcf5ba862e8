// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verdict.h"
#include "api/verificationresult.h"

#include <QColor>
#include <QDateTime>
#include <QGroupBox>
#include <QHash>
#include <optional>

class ActionButton;
class QAction;
class QFrame;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;
class ThresholdTableWidget;

// The answer at a glance: a verdict banner (icon, shape and text, never colour alone), when it
// arrived, verify_score on the vendor's threshold table, the liveness verdict, request_id and
// returned ids; or, on failure, what happened and what to do; or the wait for the server.
class ResultPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget *parent = nullptr);

    // decidedWith: the thresholds of the decision the history recorded; elapsedMs: from Verify
    // to the answer.
    void showResult(const VerificationResult &result, const Thresholds &decidedWith,
                    const QDateTime &arrived, qint64 elapsedMs);
    // sentRequestId: the X-Request-ID the client sent; timeoutMs: the limit that applied.
    void showError(const ApiError &error, const QString &sentRequestId = {}, int timeoutMs = 0);
    // A failure the history recorded, with the time it was recorded; the limit and the sent
    // X-Request-ID, which the history does not keep, are not shown.
    void showRecordedError(const ApiError &error, const QDateTime &recorded);
    // The request is in flight; text says what it is waiting for.
    void showWaiting(const QString &text);
    void clear();
    // The thresholds of the settings: the answer on screen is decided again at them.
    void setThresholds(const Thresholds &thresholds);
    // The inputs on screen are no longer the ones of this answer; reason says which changed.
    void markNotCurrent(const QString &reason);
    bool isCurrent() const { return m_staleReason.isEmpty(); }
    // The answer on screen could not be written to the history; error says why. The answer
    // stays shown; the mark goes with the next answer.
    void markNotRecorded(const QString &error);
    bool isRecorded() const { return m_notRecordedReason.isEmpty(); }
    bool hasAnswer() const;
    // A recorded answer of the history: its date instead of the wait, and no New customer.
    void setPastAnswer(bool past);
    // The window's receipt of the answer on screen, shown as a Receipt… button that follows
    // it: the window knows whether the answer was recorded and still describes the inputs.
    void setReceiptAction(QAction *preview);
    ActionButton *receiptButton() const { return m_receiptButton; }

    ThresholdTableWidget *thresholdTable() const { return m_table; }

    // A verdict's wording, symbol and colour, the same wherever a verdict is shown.
    static QString verdictText(Verdict::Overall overall);
    static QString verdictSymbol(Verdict::Overall overall);
    static QColor verdictColor(Verdict::Overall overall);

signals:
    // The operator asked for a fresh screen for the next customer.
    void newCustomerRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void render();
    void renderResult();
    void renderError();
    void renderStale();
    void renderNotRecorded();
    QWidget *buildResultPage();
    QWidget *buildErrorPage();
    QWidget *buildWaitingPage();
    static QLabel *selectableLabel(QWidget *parent, const QString &objectName);

    QStackedWidget *m_stack;
    QLabel *m_emptyPage;
    QWidget *m_resultPage;
    QWidget *m_errorPage;
    QWidget *m_waitingPage;
    QPushButton *m_newCustomerButton;
    ActionButton *m_receiptButton;
    bool m_pastAnswer = false;

    QLabel *m_staleLabel = nullptr;
    QLabel *m_notRecordedLabel = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdictLabel = nullptr;
    qreal m_verdictBaseSize = 0; // the banner's point size at the narrowest panel
    QLabel *m_answerTimeLabel = nullptr;
    QLabel *m_redecidedLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    ThresholdTableWidget *m_table = nullptr;
    QLabel *m_livenessLabel = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_livenessNote = nullptr;
    QLabel *m_requestIdLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_imageIdLabel = nullptr;
    QLabel *m_livenessIdLabel = nullptr;

    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorTime = nullptr;
    QLabel *m_errorExplanation = nullptr;
    QLabel *m_errorAction = nullptr;
    QLabel *m_errorNote = nullptr;
    QGridLayout *m_errorDetails = nullptr;
    QHash<QWidget *, QLabel *> m_errorRowTitles; // field -> its title
    QLabel *m_errorInput = nullptr;
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorHttp = nullptr;
    QLabel *m_errorRequestId = nullptr;
    QLabel *m_errorSentId = nullptr;
    QLabel *m_errorReason = nullptr;
    QPushButton *m_errorCopyButton = nullptr;
    QLabel *m_actionTitle = nullptr;

    QLabel *m_waitingLabel = nullptr;
    QProgressBar *m_waitingBar = nullptr;

    // What is on screen, to decide and word it again when the thresholds or language change.
    struct ShownResult
    {
        VerificationResult result;
        Thresholds decidedWith;
        QDateTime arrived;
        qint64 elapsedMs = 0;
    };
    struct ShownError
    {
        ApiError error;
        QString sentRequestId;
        int timeoutMs = 0;
        QDateTime recorded; // a failure of the history: when it was recorded
    };
    std::optional<ShownResult> m_result;
    std::optional<ShownError> m_error;
    Thresholds m_thresholds;
    QString m_staleReason;
    QString m_notRecordedReason;
};
