// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultpanel.h"

#include "actionbutton.h"
#include "api/errorcatalog.h"
#include "api/thresholdtable.h"
#include "statepalette.h"
#include "thresholdtablewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
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

QString seconds(qint64 ms)
{
    return QLocale().toString(ms / 1000.0, 'f', 1);
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

// A page whose long part scrolls while the panel keeps its size.
QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// The banner's look per verdict: besides the colour, an icon and a border shape of its own, so
// that the three differ in greyscale and for red-green colour-blind staff.
struct BannerLook
{
    QString icon;
    StatePalette::Role role;
    const char *border;
};

BannerLook lookOf(Verdict::Overall overall)
{
    switch (overall) {
    case Verdict::Overall::SamePerson:
        return {u"✓"_s, StatePalette::Role::Success, "4px solid"};
    case Verdict::Overall::NotSamePerson:
        return {u"✗"_s, StatePalette::Role::Error, "4px dashed"};
    case Verdict::Overall::PossibleAttack:
        break;
    }
    return {u"⚠"_s, StatePalette::Role::Error, "7px double"};
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QLabel(this))
    , m_newCustomerButton(new QPushButton(QIcon(u":/icons/open.svg"_s), QString(), this))
    , m_receiptButton(new ActionButton(this))
{
    setObjectName(u"resultPanel"_s);
    m_emptyPage->setWordWrap(true);
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(u"staleLabel"_s);
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning) +
                                u" font-weight: bold; border: 2px solid; padding: 4px;"_s);
    m_staleLabel->hide();
    m_notRecordedLabel = new QLabel(this);
    m_notRecordedLabel->setObjectName(u"notRecordedLabel"_s);
    m_notRecordedLabel->setWordWrap(true);
    m_notRecordedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notRecordedLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning) +
                                      u" font-weight: bold; border: 2px dashed; padding: 4px;"_s);
    m_notRecordedLabel->hide();
    m_resultPage = buildResultPage();
    m_errorPage = buildErrorPage();
    m_waitingPage = buildWaitingPage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_resultPage);
    m_stack->addWidget(m_errorPage);
    m_stack->addWidget(m_waitingPage);
    m_newCustomerButton->setObjectName(u"newCustomerButton"_s);
    m_newCustomerButton->hide();
    connect(m_newCustomerButton, &QPushButton::clicked, this, &ResultPanel::newCustomerRequested);
    m_receiptButton->setObjectName(u"answerReceiptButton"_s);
    m_receiptButton->hide();

    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_receiptButton);
    footer->addWidget(m_newCustomerButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staleLabel);
    layout->addWidget(m_notRecordedLabel);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);
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
    m_errorCopyButton->setText(tr("Copy"));
    m_errorCopyButton->setToolTip(tr("Copy the request_id to the clipboard"));
    m_newCustomerButton->setText(tr("Ne&w customer"));
    m_newCustomerButton->setToolTip(tr("Clear the inputs and the answer (Ctrl+N)"));
    // Every letter of "Receipt" is another control's in the main window.
    m_receiptButton->setText(tr("Receipt (&Q)…"));
    m_detailsButton->setText(tr("Details"));
    m_errorRowTitles.value(m_errorInput)->setText(tr("Failed input:"));
    m_errorRowTitles.value(m_errorCode)->setText(tr("Code:"));
    m_errorRowTitles.value(m_errorHttp)->setText(tr("HTTP status:"));
    m_errorRowTitles.value(m_errorSentId)->setText(tr("X-Request-ID sent:"));
    m_errorRowTitles.value(m_errorReason)->setText(tr("The server's words:"));
    m_actionTitle->setText(tr("What to do"));
    // The answer on screen is worded again in the new language, at the current thresholds.
    render();
}

void ResultPanel::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    // Readable from further away when the screen has room for it: up to 1.6 times as large.
    const qreal scale = qBound(1.0, event->size().width() / 520.0, 1.6);
    QFont text = m_verdictLabel->font();
    text.setPointSizeF(m_verdictBaseSize * scale);
    m_verdictLabel->setFont(text);
    QFont icon = m_verdictIcon->font();
    icon.setPointSizeF(m_verdictBaseSize * scale * 1.4);
    m_verdictIcon->setFont(icon);
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
    m_banner = new QFrame(page);
    m_banner->setObjectName(u"verdictBanner"_s);
    m_verdictIcon = new QLabel(m_banner);
    m_verdictIcon->setObjectName(u"verdictIcon"_s);
    m_verdictLabel = new QLabel(m_banner);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setWordWrap(true);
    QFont big = m_verdictLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_verdictLabel->setFont(big);
    m_verdictBaseSize = big.pointSizeF();
    QFont icon = big;
    icon.setPointSizeF(big.pointSizeF() * 1.4);
    m_verdictIcon->setFont(icon);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 8, 16, 8);
    bannerLayout->addWidget(m_verdictIcon);
    bannerLayout->addWidget(m_verdictLabel, 1);

    m_answerTimeLabel = new QLabel(page);
    m_answerTimeLabel->setObjectName(u"answerTimeLabel"_s);
    m_answerTimeLabel->setWordWrap(true);
    m_redecidedLabel = new QLabel(page);
    m_redecidedLabel->setObjectName(u"redecidedLabel"_s);
    m_redecidedLabel->setWordWrap(true);
    m_redecidedLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning));

    auto *content = new QWidget;
    m_identityLabel = new QLabel(content);
    m_identityLabel->setObjectName(u"identityLabel"_s);
    m_identityLabel->setWordWrap(true);

    m_table = new ThresholdTableWidget(content);

    m_livenessLabel = new QLabel(content);
    m_livenessLabel->setObjectName(u"livenessVerdictLabel"_s);
    m_livenessLabel->setWordWrap(true);
    QFont medium = m_livenessLabel->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    medium.setBold(true);
    m_livenessLabel->setFont(medium);

    m_requestIdLabel = selectableLabel(content, u"requestIdLabel"_s);
    m_copyButton = new QPushButton(QIcon(u":/icons/copy.svg"_s), QString(), content);
    m_copyButton->setObjectName(u"copyRequestIdButton"_s);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (isCurrent())
            QApplication::clipboard()->setText(m_requestIdLabel->text());
    });
    m_imageIdLabel = selectableLabel(content, u"imageIdLabel"_s);
    m_livenessIdLabel = selectableLabel(content, u"livenessIdLabel"_s);

    auto *ids = new QFormLayout;
    ids->addRow(u"request_id:"_s, withCopyButton(m_requestIdLabel, m_copyButton));
    ids->addRow(u"image_id:"_s, m_imageIdLabel);
    ids->addRow(u"liveness_data_id:"_s, m_livenessIdLabel);

    m_detailsButton = new QToolButton(content);
    m_detailsButton->setObjectName(u"detailsButton"_s);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_details = new QWidget(content);
    m_details->setObjectName(u"resultDetails"_s);
    m_livenessNote = new QLabel(m_details);
    m_livenessNote->setObjectName(u"livenessNote"_s);
    m_livenessNote->setWordWrap(true);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(16, 0, 0, 0);
    detailsLayout->addWidget(m_livenessNote);
    m_details->hide();
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_identityLabel);
    contentLayout->addWidget(m_table);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_livenessLabel);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(ids);
    contentLayout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_details);
    contentLayout->addStretch(1);

    // The banner and the time stay in view; the table and the ids scroll on a small screen.
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_answerTimeLabel);
    layout->addWidget(m_redecidedLabel);
    layout->addWidget(scrolling(content), 1);
    return page;
}

QWidget *ResultPanel::buildErrorPage()
{
    auto *content = new QWidget;
    m_errorTitle = new QLabel(content);
    m_errorTitle->setObjectName(u"errorTitle"_s);
    m_errorTitle->setWordWrap(true);
    QFont big = m_errorTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_errorTitle->setFont(big);
    m_errorTime = new QLabel(content);
    m_errorTime->setObjectName(u"errorTimeLabel"_s);
    m_errorTime->setWordWrap(true);
    m_errorExplanation = selectableLabel(content, u"errorExplanation"_s);
    m_errorAction = selectableLabel(content, u"errorAction"_s);
    m_errorNote = selectableLabel(content, u"errorNote"_s);
    m_errorInput = selectableLabel(content, u"errorInput"_s);
    m_errorCode = selectableLabel(content, u"errorCode"_s);
    m_errorHttp = selectableLabel(content, u"errorHttpStatus"_s);
    m_errorRequestId = selectableLabel(content, u"errorRequestId"_s);
    m_errorSentId = selectableLabel(content, u"errorSentRequestId"_s);
    m_errorReason = selectableLabel(content, u"errorReason"_s);
    m_errorCopyButton = new QPushButton(QIcon(u":/icons/copy.svg"_s), QString(), content);
    m_errorCopyButton->setObjectName(u"copyErrorRequestIdButton"_s);
    connect(m_errorCopyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_errorRequestId->text()); });

    // A grid, not a QFormLayout: Qt 6.4's QFormLayout::heightForWidth writes out of bounds
    // when rows with word-wrapped labels are hidden.
    m_errorDetails = new QGridLayout;
    m_errorDetails->setColumnStretch(1, 1);
    const auto addRow = [this, content](const QString &title, QWidget *field) {
        const int row = m_errorDetails->rowCount();
        auto *label = new QLabel(title, content); // translated in retranslate()
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_errorDetails->addWidget(label, row, 0);
        m_errorDetails->addWidget(field, row, 1);
        m_errorRowTitles.insert(field, label);
    };
    addRow(QString(), m_errorInput);
    addRow(QString(), m_errorCode);
    addRow(QString(), m_errorHttp);
    addRow(u"request_id:"_s, withCopyButton(m_errorRequestId, m_errorCopyButton));
    addRow(QString(), m_errorSentId);
    addRow(QString(), m_errorReason);

    m_actionTitle = new QLabel(content);
    QFont bold = m_actionTitle->font();
    bold.setBold(true);
    m_actionTitle->setFont(bold);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_errorTitle);
    layout->addWidget(m_errorTime);
    layout->addWidget(m_errorExplanation);
    layout->addWidget(m_errorNote);
    layout->addSpacing(8);
    layout->addWidget(m_actionTitle);
    layout->addWidget(m_errorAction);
    layout->addSpacing(8);
    layout->addLayout(m_errorDetails);
    layout->addStretch(1);
    return scrolling(content);
}

QWidget *ResultPanel::buildWaitingPage()
{
    auto *page = new QWidget(this);
    m_waitingLabel = new QLabel(page);
    m_waitingLabel->setObjectName(u"waitingLabel"_s);
    m_waitingLabel->setWordWrap(true);
    m_waitingLabel->setAlignment(Qt::AlignCenter);
    QFont medium = m_waitingLabel->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_waitingLabel->setFont(medium);
    m_waitingBar = new QProgressBar(page);
    m_waitingBar->setObjectName(u"waitingBusy"_s);
    m_waitingBar->setRange(0, 0); // busy: how long the server takes is not known
    m_waitingBar->setTextVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_waitingBar);
    layout->addStretch(1);
    return page;
}

bool ResultPanel::hasAnswer() const
{
    return m_result || m_error;
}

void ResultPanel::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    m_table->setDecisionThreshold(thresholds.verify);
    if (m_result)
        renderResult();
}

void ResultPanel::clear()
{
    m_notRecordedReason.clear();
    renderNotRecorded();
    m_result.reset();
    m_error.reset();
    m_staleReason.clear();
    m_table->setScore(std::nullopt);
    m_stack->setCurrentWidget(m_emptyPage);
    renderStale();
}

void ResultPanel::showWaiting(const QString &text)
{
    m_notRecordedReason.clear();
    renderNotRecorded();
    m_result.reset();
    m_error.reset();
    m_staleReason.clear();
    m_waitingLabel->setText(text);
    m_stack->setCurrentWidget(m_waitingPage);
    renderStale();
}

void ResultPanel::showResult(const VerificationResult &result, const Thresholds &decidedWith,
                             const QDateTime &arrived, qint64 elapsedMs)
{
    m_error.reset();
    m_staleReason.clear();
    m_notRecordedReason.clear();
    m_result = ShownResult{result, decidedWith, arrived, elapsedMs};
    render();
}

void ResultPanel::showError(const ApiError &error, const QString &sentRequestId, int timeoutMs)
{
    m_result.reset();
    m_staleReason.clear();
    m_notRecordedReason.clear();
    m_error = ShownError{error, sentRequestId, timeoutMs, QDateTime()};
    render();
}

void ResultPanel::showRecordedError(const ApiError &error, const QDateTime &recorded)
{
    m_result.reset();
    m_staleReason.clear();
    m_notRecordedReason.clear();
    m_error = ShownError{error, QString(), 0, recorded};
    render();
}

void ResultPanel::markNotCurrent(const QString &reason)
{
    if (!hasAnswer() || reason.isEmpty())
        return;
    m_staleReason = reason;
    render();
}

void ResultPanel::markNotRecorded(const QString &error)
{
    if (!hasAnswer() || error.isEmpty())
        return;
    m_notRecordedReason = error;
    renderNotRecorded();
}

void ResultPanel::renderNotRecorded()
{
    const bool shown = hasAnswer() && !isRecorded();
    m_notRecordedLabel->setText(
        shown ? tr("⚠ Not recorded in the history: %1").arg(m_notRecordedReason) : QString());
    m_notRecordedLabel->setVisible(shown);
}

void ResultPanel::render()
{
    if (m_result)
        renderResult();
    else if (m_error)
        renderError();
    renderStale();
    renderNotRecorded();
}

QString ResultPanel::verdictText(Verdict::Overall overall)
{
    switch (overall) {
    case Verdict::Overall::SamePerson:
        return tr("Same person");
    case Verdict::Overall::NotSamePerson:
        return tr("Not the same person");
    case Verdict::Overall::PossibleAttack:
        break;
    }
    return tr("Possible attack");
}

QString ResultPanel::verdictSymbol(Verdict::Overall overall)
{
    return lookOf(overall).icon;
}

QColor ResultPanel::verdictColor(Verdict::Overall overall)
{
    return StatePalette::color(lookOf(overall).role);
}

void ResultPanel::renderResult()
{
    const VerificationResult &result = m_result->result;
    // Always decided at the thresholds of the settings, so that every line agrees with the table.
    const Thresholds &thresholds = m_thresholds;
    const Verdict verdict = Verdict::decide(result, thresholds);
    const BannerLook look = lookOf(verdict.overall);
    m_verdictLabel->setText(verdictText(verdict.overall));
    m_verdictIcon->setText(look.icon);
    m_banner->setProperty("overall", static_cast<int>(verdict.overall));

    const QDateTime arrived = m_result->arrived.toLocalTime();
    m_answerTimeLabel->setText(m_pastAnswer
                                   ? tr("Answer received on %1 %2.")
                                         .arg(QLocale().toString(arrived, u"yyyy-MM-dd HH:mm:ss"_s),
                                              arrived.timeZoneAbbreviation())
                                   : tr("Answer received at %1, %2 s after Verify.")
                                         .arg(QLocale().toString(arrived.time(), u"HH:mm:ss"_s),
                                              seconds(m_result->elapsedMs)));
    const bool redecided = thresholds != m_result->decidedWith;
    m_redecidedLabel->setText(
        redecided ? tr("Re-decided at verify_score %1 and hack_score %2; the server's answer is "
                       "unchanged (decided at %3 and %4 when it arrived).")
                        .arg(threshold(thresholds.verify), threshold(thresholds.hack),
                             threshold(m_result->decidedWith.verify),
                             threshold(m_result->decidedWith.hack))
                  : QString());
    m_redecidedLabel->setVisible(redecided);

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
    if (verdict.liveness == Verdict::Liveness::CannotTell)
        m_livenessLabel->setText(tr("Liveness: cannot tell (hack_score %1: the server could not "
                                    "judge the capture; not taken as live)")
                                     .arg(score(result.hackScore)));
    else
        m_livenessLabel->setText(
            live ? tr("Liveness: live (hack_score %1 ≤ %2)")
                       .arg(score(result.hackScore), threshold(thresholds.hack))
                 : tr("Liveness: possible attack (hack_score %1 > %2)")
                       .arg(score(result.hackScore), threshold(thresholds.hack)));
    const QString provenance = tr("The hack_score threshold is not from the API page: %1 is the "
                                  "value the vendor's web demo uses. Change it in the settings.")
                                   .arg(threshold(thresholds.hack));
    m_livenessLabel->setToolTip(provenance);
    m_livenessNote->setText(provenance);

    m_requestIdLabel->setText(result.requestId);
    const QString none = tr("(none returned)");
    m_imageIdLabel->setText(result.imageId.isEmpty() ? none : result.imageId);
    m_livenessIdLabel->setText(result.livenessDataId.isEmpty() ? none : result.livenessDataId);

    const bool current = isCurrent();
    const StatePalette::Role identityRole = verdict.identity == Verdict::Identity::SamePerson
                                                ? StatePalette::Role::Success
                                                : StatePalette::Role::Error;
    const QString colour = current
                               ? StatePalette::color(look.role).name()
                               : palette().color(QPalette::Disabled, QPalette::WindowText).name();
    m_banner->setStyleSheet(u"QFrame#verdictBanner { border: %1 %2; border-radius: %3px; }"_s
                                .arg(QString::fromLatin1(look.border), colour)
                                .arg(verdict.overall == Verdict::Overall::SamePerson ? 18 : 0) +
                            u" QLabel { color: %1; }"_s.arg(colour));
    QFont struck = m_verdictLabel->font();
    struck.setStrikeOut(!current);
    m_verdictLabel->setFont(struck);
    m_identityLabel->setStyleSheet(current ? StatePalette::textStyle(identityRole) : QString());
    m_livenessLabel->setStyleSheet(current
                                       ? StatePalette::textStyle(live ? StatePalette::Role::Success
                                                                      : StatePalette::Role::Error)
                                       : QString());
    for (QWidget *part : {static_cast<QWidget *>(m_identityLabel), static_cast<QWidget *>(m_table),
                          static_cast<QWidget *>(m_livenessLabel)})
        part->setEnabled(current);
    m_copyButton->setEnabled(current && !result.requestId.isEmpty());
    m_copyButton->setToolTip(current ? tr("Copy the request_id to the clipboard")
                                     : tr("Not copied: this answer is not for the inputs on "
                                          "screen"));
    m_stack->setCurrentWidget(m_resultPage);
}

void ResultPanel::renderError()
{
    const ApiError &error = m_error->error;
    const bool cancelled = error.kind == ApiError::Kind::Cancelled;
    // The server's reason is its own words, shown as such under the details, not inside the
    // translated sentence.
    ApiError withoutReason = error;
    withoutReason.reason.clear();
    const ErrorExplanation text = ErrorCatalog::explain(withoutReason);
    // Cancelling is the operator's own choice, not a failure: said in neutral words and colour.
    m_errorTitle->setText(cancelled ? tr("Cancelled, nothing was decided") : text.title);
    m_errorTitle->setStyleSheet(
        cancelled || !isCurrent() ? QString() : StatePalette::textStyle(StatePalette::Role::Error));
    const QDateTime recorded = m_error->recorded.toLocalTime();
    m_errorTime->setText(recorded.isValid()
                             ? tr("Recorded on %1 %2.")
                                   .arg(QLocale().toString(recorded, u"yyyy-MM-dd HH:mm:ss"_s),
                                        recorded.timeZoneAbbreviation())
                             : QString());
    m_errorTime->setVisible(recorded.isValid());
    // A recorded cancel is not sent again from where it is shown.
    const QString stopped = recorded.isValid()
                                ? tr("The request was stopped before an answer arrived.")
                                : tr("The request was stopped before an answer arrived. Press "
                                     "Verify to send it again.");
    m_errorExplanation->setText(cancelled ? stopped : text.explanation);
    m_errorAction->setText(text.action);
    m_errorAction->setVisible(!cancelled);
    m_actionTitle->setVisible(!cancelled);
    // Only with the limit that applied: the history does not keep it.
    const bool timedOut = error.kind == ApiError::Kind::Timeout && m_error->timeoutMs > 0;
    m_errorNote->setText(
        timedOut ? tr("The limit is %1 s without an answer. The server may still have "
                      "processed the request: give the provider the X-Request-ID below.")
                       .arg(m_error->timeoutMs / 1000)
                 : QString());
    m_errorNote->setVisible(timedOut);

    const auto setRow = [this](QLabel *label, const QString &value) {
        label->setText(value);
        QWidget *field = m_errorRowTitles.contains(label) ? label : label->parentWidget();
        field->setVisible(!value.isEmpty());
        m_errorRowTitles.value(field)->setVisible(!value.isEmpty());
    };
    setRow(m_errorInput, error.image.isEmpty()
                             ? QString()
                             : u"%1 (%2)"_s.arg(ErrorCatalog::inputName(error.image), error.image));
    setRow(m_errorCode, error.code);
    setRow(m_errorHttp, error.httpStatus ? QString::number(error.httpStatus) : QString());
    setRow(m_errorRequestId, error.requestId);
    setRow(m_errorSentId, m_error->sentRequestId);
    setRow(m_errorReason, error.reason);
    m_stack->setCurrentWidget(m_errorPage);
}

void ResultPanel::renderStale()
{
    const bool stale = hasAnswer() && !isCurrent();
    m_staleLabel->setText(stale ? tr("⚠ Not for the inputs on screen: %1 Press Verify for an "
                                     "answer about them.")
                                      .arg(m_staleReason)
                                : QString());
    m_staleLabel->setVisible(stale);
    m_newCustomerButton->setVisible(hasAnswer() && !m_pastAnswer);
}

void ResultPanel::setReceiptAction(QAction *preview)
{
    m_receiptButton->setAction(preview);
    m_receiptButton->setVisible(preview != nullptr);
}

void ResultPanel::setPastAnswer(bool past)
{
    m_pastAnswer = past;
    render();
}
