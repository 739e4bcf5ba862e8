// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultpanel.h"

#include "api/errorcatalog.h"
#include "api/thresholdtable.h"
#include "statepalette.h"
#include "thresholdtablewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString score(double value)
{
    return QLocale().toString(value, 'f', 4);
}

QString threshold(double value)
{
    return QLocale().toString(value, 'g', 3);
}

QWidget *withCopyButton(QLabel *label, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QLabel(this))
{
    setObjectName(u"resultPanel"_s);
    m_emptyPage->setWordWrap(true);
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_resultPage = buildResultPage();
    m_errorPage = buildErrorPage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_resultPage);
    m_stack->addWidget(m_errorPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    retranslate();
}

void ResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ResultPanel::retranslate()
{
    setTitle(tr("Answer"));
    m_emptyPage->setText(tr("No answer yet. Give a selfie and the liveness data, then press "
                            "Verify (Ctrl+Return)."));
    m_copyButton->setText(tr("Cop&y"));
    m_copyButton->setToolTip(tr("Copy the request_id to the clipboard"));
    m_errorCopyButton->setText(tr("Copy"));
    m_errorCopyButton->setToolTip(tr("Copy the request_id to the clipboard"));
    m_errorRowTitles.value(m_errorInput)->setText(tr("Failed input:"));
    m_errorRowTitles.value(m_errorCode)->setText(tr("Code:"));
    m_errorRowTitles.value(m_errorHttp)->setText(tr("HTTP status:"));
    m_actionTitle->setText(tr("What to do"));
    // The answer on screen is worded again in the new language.
    if (m_stack->currentWidget() == m_resultPage && m_lastResult)
        showResult(m_lastResult->first, m_lastResult->second);
    else if (m_stack->currentWidget() == m_errorPage && m_lastError)
        showError(*m_lastError);
}

QLabel *ResultPanel::selectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QWidget *ResultPanel::buildResultPage()
{
    auto *page = new QWidget(this);
    m_verdictLabel = new QLabel(page);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setAlignment(Qt::AlignCenter);
    m_verdictLabel->setWordWrap(true);
    QFont big = m_verdictLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_verdictLabel->setFont(big);

    m_identityLabel = new QLabel(page);
    m_identityLabel->setObjectName(u"identityLabel"_s);
    m_identityLabel->setWordWrap(true);

    m_table = new ThresholdTableWidget(page);

    m_livenessLabel = new QLabel(page);
    m_livenessLabel->setObjectName(u"livenessVerdictLabel"_s);
    m_livenessLabel->setWordWrap(true);
    QFont medium = m_livenessLabel->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    medium.setBold(true);
    m_livenessLabel->setFont(medium);
    m_livenessNote = new QLabel(page);
    m_livenessNote->setObjectName(u"livenessNote"_s);
    m_livenessNote->setWordWrap(true);

    m_requestIdLabel = selectableLabel(page, u"requestIdLabel"_s);
    m_copyButton = new QPushButton(QIcon(u":/icons/copy.svg"_s), QString(), page);
    m_copyButton->setObjectName(u"copyRequestIdButton"_s);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_requestIdLabel->text()); });
    m_imageIdLabel = selectableLabel(page, u"imageIdLabel"_s);
    m_livenessIdLabel = selectableLabel(page, u"livenessIdLabel"_s);

    auto *ids = new QFormLayout;
    ids->addRow(u"request_id:"_s, withCopyButton(m_requestIdLabel, m_copyButton));
    ids->addRow(u"image_id:"_s, m_imageIdLabel);
    ids->addRow(u"liveness_data_id:"_s, m_livenessIdLabel);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_identityLabel);
    layout->addWidget(m_table);
    layout->addSpacing(8);
    layout->addWidget(m_livenessLabel);
    layout->addWidget(m_livenessNote);
    layout->addSpacing(8);
    layout->addLayout(ids);
    layout->addStretch(1);
    return page;
}

QWidget *ResultPanel::buildErrorPage()
{
    auto *page = new QWidget(this);
    m_errorTitle = new QLabel(page);
    m_errorTitle->setObjectName(u"errorTitle"_s);
    m_errorTitle->setWordWrap(true);
    QFont big = m_errorTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_errorTitle->setFont(big);
    m_errorTitle->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Error));
    m_errorExplanation = selectableLabel(page, u"errorExplanation"_s);
    m_errorAction = selectableLabel(page, u"errorAction"_s);
    m_errorInput = selectableLabel(page, u"errorInput"_s);
    m_errorCode = selectableLabel(page, u"errorCode"_s);
    m_errorHttp = selectableLabel(page, u"errorHttpStatus"_s);
    m_errorRequestId = selectableLabel(page, u"errorRequestId"_s);
    m_errorCopyButton = new QPushButton(QIcon(u":/icons/copy.svg"_s), QString(), page);
    m_errorCopyButton->setObjectName(u"copyErrorRequestIdButton"_s);
    connect(m_errorCopyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_errorRequestId->text()); });

    // A grid, not a QFormLayout: Qt 6.4's QFormLayout::heightForWidth writes out of bounds
    // when rows with word-wrapped labels are hidden.
    m_errorDetails = new QGridLayout;
    m_errorDetails->setColumnStretch(1, 1);
    const auto addRow = [this, page](const QString &title, QWidget *field) {
        const int row = m_errorDetails->rowCount();
        auto *label = new QLabel(title, page); // translated in retranslate()
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_errorDetails->addWidget(label, row, 0);
        m_errorDetails->addWidget(field, row, 1);
        m_errorRowTitles.insert(field, label);
    };
    addRow(QString(), m_errorInput);
    addRow(QString(), m_errorCode);
    addRow(QString(), m_errorHttp);
    addRow(u"request_id:"_s, withCopyButton(m_errorRequestId, m_errorCopyButton));

    m_actionTitle = new QLabel(page);
    QFont bold = m_actionTitle->font();
    bold.setBold(true);
    m_actionTitle->setFont(bold);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_errorTitle);
    layout->addWidget(m_errorExplanation);
    layout->addSpacing(8);
    layout->addWidget(m_actionTitle);
    layout->addWidget(m_errorAction);
    layout->addSpacing(8);
    layout->addLayout(m_errorDetails);
    layout->addStretch(1);
    return page;
}

void ResultPanel::setThresholds(const Thresholds &thresholds)
{
    m_table->setDecisionThreshold(thresholds.verify);
}

void ResultPanel::clear()
{
    m_table->setScore(std::nullopt);
    m_stack->setCurrentWidget(m_emptyPage);
}

void ResultPanel::showResult(const VerificationResult &result, const Thresholds &thresholds)
{
    m_lastResult = std::make_pair(result, thresholds);
    const Verdict verdict = Verdict::decide(result, thresholds);
    QString verdictText;
    StatePalette::Role state = StatePalette::Role::Error;
    switch (verdict.overall) {
    case Verdict::Overall::SamePerson:
        verdictText = tr("Same person");
        state = StatePalette::Role::Success;
        break;
    case Verdict::Overall::NotSamePerson:
        verdictText = tr("Not the same person");
        state = StatePalette::Role::Error;
        break;
    case Verdict::Overall::PossibleAttack:
        verdictText = tr("Possible attack");
        state = StatePalette::Role::Error;
        break;
    }
    m_verdictLabel->setText(verdictText);
    m_verdictLabel->setStyleSheet(StatePalette::textStyle(state));

    QString rateText;
    if (verdict.decisionFalseAcceptRate) {
        const QString rate = ThresholdTableWidget::formatRate(*verdict.decisionFalseAcceptRate);
        rateText = verdict.decisionThresholdExact
                       ? tr(" (false-accept rate %1)").arg(rate)
                       : tr(" (between table rows; false-accept rate at most %1)").arg(rate);
    } else {
        rateText = tr(" (below the table: no documented false-accept rate)");
    }
    m_identityLabel->setText(
        tr("Identity: %1. verify_score %2; decision threshold %3%4.")
            .arg(verdict.identity == Verdict::Identity::SamePerson ? tr("same person")
                                                                   : tr("not the same person"),
                 score(result.verifyScore), threshold(thresholds.verify), rateText));

    m_table->setDecisionThreshold(thresholds.verify);
    m_table->setScore(result.verifyScore);

    const bool live = verdict.liveness == Verdict::Liveness::Live;
    m_livenessLabel->setText(live ? tr("Liveness: live (hack_score %1 ≤ %2)")
                                        .arg(score(result.hackScore), threshold(thresholds.hack))
                                  : tr("Liveness: possible attack (hack_score %1 > %2)")
                                        .arg(score(result.hackScore), threshold(thresholds.hack)));
    m_livenessLabel->setStyleSheet(
        StatePalette::textStyle(live ? StatePalette::Role::Success : StatePalette::Role::Error));
    m_livenessNote->setText(tr("The hack_score threshold is not from the API page: %1 is the "
                               "value the vendor's web demo uses. Change it in the settings.")
                                .arg(threshold(thresholds.hack)));

    m_requestIdLabel->setText(result.requestId);
    m_copyButton->setEnabled(!result.requestId.isEmpty());
    const QString none = tr("(none returned)");
    m_imageIdLabel->setText(result.imageId.isEmpty() ? none : result.imageId);
    m_livenessIdLabel->setText(result.livenessDataId.isEmpty() ? none : result.livenessDataId);
    m_stack->setCurrentWidget(m_resultPage);
}

void ResultPanel::showError(const ApiError &error)
{
    m_lastError = error;
    const ErrorExplanation text = ErrorCatalog::explain(error);
    m_errorTitle->setText(text.title);
    // The explanation names the failed input and quotes the server's reason already.
    m_errorExplanation->setText(text.explanation);
    m_errorAction->setText(text.action);

    const auto setRow = [this](QLabel *label, const QString &value) {
        label->setText(value);
        QWidget *field = label->parentWidget() == m_errorPage ? label : label->parentWidget();
        field->setVisible(!value.isEmpty());
        m_errorRowTitles.value(field)->setVisible(!value.isEmpty());
    };
    setRow(m_errorInput, error.image.isEmpty()
                             ? QString()
                             : u"%1 (%2)"_s.arg(ErrorCatalog::inputName(error.image), error.image));
    setRow(m_errorCode, error.code);
    setRow(m_errorHttp, error.httpStatus ? QString::number(error.httpStatus) : QString());
    setRow(m_errorRequestId, error.requestId);
    m_stack->setCurrentWidget(m_errorPage);
}
