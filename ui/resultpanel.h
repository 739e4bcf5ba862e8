// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verdict.h"
#include "api/verificationresult.h"

#include <QGroupBox>
#include <QHash>
#include <optional>
#include <utility>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class ThresholdTableWidget;

// The answer at a glance: the verdict, verify_score on the vendor's threshold table, the
// liveness verdict, request_id and returned ids; or, on failure, what happened and what to do.
class ResultPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void showResult(const VerificationResult &result, const Thresholds &thresholds);
    void showError(const ApiError &error);
    void clear();
    // The decision threshold shown on the table before any answer.
    void setThresholds(const Thresholds &thresholds);

    ThresholdTableWidget *thresholdTable() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildResultPage();
    QWidget *buildErrorPage();
    static QLabel *selectableLabel(QWidget *parent, const QString &objectName);

    QStackedWidget *m_stack;
    QLabel *m_emptyPage;
    QWidget *m_resultPage;
    QWidget *m_errorPage;

    QLabel *m_verdictLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    ThresholdTableWidget *m_table = nullptr;
    QLabel *m_livenessLabel = nullptr;
    QLabel *m_livenessNote = nullptr;
    QLabel *m_requestIdLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_imageIdLabel = nullptr;
    QLabel *m_livenessIdLabel = nullptr;

    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorExplanation = nullptr;
    QLabel *m_errorAction = nullptr;
    QGridLayout *m_errorDetails = nullptr;
    QHash<QWidget *, QLabel *> m_errorRowTitles; // field -> its title
    QLabel *m_errorInput = nullptr;
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorHttp = nullptr;
    QLabel *m_errorRequestId = nullptr;
    QPushButton *m_errorCopyButton = nullptr;
    QLabel *m_actionTitle = nullptr;
    // What is on screen, to word it again when the language changes.
    std::optional<std::pair<VerificationResult, Thresholds>> m_lastResult;
    std::optional<ApiError> m_lastError;
};
