// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywindow.h"

#include "actionbutton.h"
#include "api/verificationresult.h"
#include "historytablemodel.h"
#include "liveness/livenessinspector.h"
#include "messagebox.h"
#include "receiptactions.h"
#include "resultpanel.h"
#include "savefiledialog.h"
#include "services/verificationrecord.h"
#include "statepalette.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The kept selfie in the detail pane: large enough to recognise a face, small enough for
// 1024×768.
constexpr int SelfieSide = 200;

} // namespace

HistoryWindow::HistoryWindow(HistoryStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_model(new HistoryTableModel(store, this))
    , m_table(new QTableView(this))
    , m_sinceBox(new QCheckBox(this))
    , m_sinceEdit(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_untilBox(new QCheckBox(this))
    , m_untilEdit(new QDateEdit(QDate::currentDate(), this))
    , m_verdictBox(new QComboBox(this))
    , m_statusEdit(new QLineEdit(this))
    , m_operatorEdit(new QLineEdit(this))
    , m_textEdit(new QLineEdit(this))
    , m_verdictLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_chainBar(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_pastLabel(new QLabel(this))
    , m_inputsLabel(new QLabel(this))
    , m_selfieImage(new QLabel(this))
    , m_resultPanel(new ResultPanel(this))
    , m_detailArea(new QScrollArea(this))
    , m_csvButton(new QPushButton(this))
    , m_jsonButton(new QPushButton(this))
    , m_receiptButton(new ActionButton(this))
    , m_saveReceiptButton(new ActionButton(this))
    , m_resendButton(new QPushButton(this))
    , m_receipt(new ReceiptActions(this))
{
    setObjectName(u"historyWindow"_s);
    m_table->setObjectName(u"historyTable"_s);
    m_verdictBox->setObjectName(u"verdictFilter"_s);
    m_statusEdit->setObjectName(u"statusFilter"_s);
    m_operatorEdit->setObjectName(u"operatorFilter"_s);
    m_textEdit->setObjectName(u"textFilter"_s);
    m_sinceBox->setObjectName(u"sinceFilter"_s);
    m_untilBox->setObjectName(u"untilFilter"_s);
    m_chainBar->setObjectName(u"chainBar"_s);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_pastLabel->setObjectName(u"pastAnswerLabel"_s);
    m_inputsLabel->setObjectName(u"inputsLabel"_s);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_jsonButton->setObjectName(u"exportJsonButton"_s);
    m_receiptButton->setObjectName(u"receiptButton"_s);
    m_saveReceiptButton->setObjectName(u"saveReceiptButton"_s);
    m_resendButton->setObjectName(u"resendButton"_s);
    m_selfieImage->setObjectName(u"keptSelfieImage"_s);
    m_selfieImage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_selfieImage->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows it has not shown.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_sinceEdit->setCalendarPopup(true);
    m_untilEdit->setCalendarPopup(true);
    m_sinceEdit->setEnabled(false);
    m_untilEdit->setEnabled(false);
    for (QLabel *label : {m_chainBar, m_pastLabel, m_inputsLabel})
        label->setWordWrap(true);
    m_inputsLabel->setTextFormat(Qt::RichText);
    m_inputsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictLabel->setBuddy(m_verdictBox);
    m_statusLabel->setBuddy(m_statusEdit);
    m_operatorLabel->setBuddy(m_operatorEdit);
    m_textLabel->setBuddy(m_textEdit);
    m_statusEdit->setClearButtonEnabled(true);
    m_operatorEdit->setClearButtonEnabled(true);
    m_textEdit->setClearButtonEnabled(true);
    m_resultPanel->setPastAnswer(true);
    m_table->setWordWrap(false);

    // Two rows, so that the window fits a 1024×768 screen.
    auto *filters = new QGridLayout;
    filters->addWidget(m_sinceBox, 0, 0);
    filters->addWidget(m_sinceEdit, 0, 1);
    filters->addWidget(m_untilBox, 0, 2);
    filters->addWidget(m_untilEdit, 0, 3);
    filters->addWidget(m_verdictLabel, 0, 4);
    filters->addWidget(m_verdictBox, 0, 5);
    filters->addWidget(m_statusLabel, 1, 0);
    filters->addWidget(m_statusEdit, 1, 1);
    filters->addWidget(m_operatorLabel, 1, 2);
    filters->addWidget(m_operatorEdit, 1, 3);
    filters->addWidget(m_textLabel, 1, 4);
    filters->addWidget(m_textEdit, 1, 5);
    filters->setColumnStretch(5, 1);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_pastLabel);
    detailLayout->addWidget(m_resultPanel, 1);
    detailLayout->addWidget(m_inputsLabel);
    detailLayout->addWidget(m_selfieImage);
    m_detailArea->setObjectName(u"historyDetailArea"_s);
    m_detailArea->setWidget(detail);
    m_detailArea->setWidgetResizable(true);
    m_detailArea->setFrameShape(QFrame::NoFrame);
    m_detailArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailArea);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(m_resendButton);
    buttons->addWidget(m_receiptButton);
    buttons->addWidget(m_saveReceiptButton);
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_jsonButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_chainBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    const auto refilter = [this] {
        applyFilter();
    };
    connect(m_sinceBox, &QCheckBox::toggled, m_sinceEdit, &QWidget::setEnabled);
    connect(m_untilBox, &QCheckBox::toggled, m_untilEdit, &QWidget::setEnabled);
    connect(m_sinceBox, &QCheckBox::toggled, this, refilter);
    connect(m_untilBox, &QCheckBox::toggled, this, refilter);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, refilter);
    connect(m_untilEdit, &QDateEdit::dateChanged, this, refilter);
    connect(m_verdictBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_statusEdit, &QLineEdit::textChanged, this, refilter);
    connect(m_operatorEdit, &QLineEdit::textChanged, this, refilter);
    connect(m_textEdit, &QLineEdit::textChanged, this, refilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRecord(current.row()); });
    connect(m_csvButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(m_jsonButton, &QPushButton::clicked, this, &HistoryWindow::exportJson);
    connect(m_resendButton, &QPushButton::clicked, this, &HistoryWindow::resend);
    // The window's own shortcuts (Ctrl+P, Ctrl+Shift+S), as the main window has them in its
    // History menu.
    addActions(m_receipt->actions());
    m_receiptButton->setAction(m_receipt->previewAction());
    m_saveReceiptButton->setAction(m_receipt->saveAction());
    connect(m_receipt, &ReceiptActions::saved, this, [this](const QString &path) {
        m_countLabel->setText(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)));
    });

    retranslate();
    resize(1400, 820);
    applyFilter();
    checkChain();
}

HistoryWindow::~HistoryWindow()
{
    // The walk reads its own connection only; waiting keeps it from outliving the app.
    if (m_chainThread)
        m_chainThread->wait();
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("VerifyDesk: history"));
    m_sinceBox->setText(tr("&From"));
    m_untilBox->setText(tr("&To"));
    m_verdictLabel->setText(tr("&Verdict:"));
    m_statusLabel->setText(tr("&Status:"));
    m_operatorLabel->setText(tr("&Operator:"));
    m_textLabel->setText(tr("S&earch:"));
    m_textEdit->setPlaceholderText(tr("request_id or case reference"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_jsonButton->setText(tr("Export &JSON…"));
    m_receipt->retranslate();
    m_receiptButton->setText(m_receipt->previewAction()->text());
    m_saveReceiptButton->setText(m_receipt->saveAction()->text());
    m_resendButton->setText(tr("Send a&gain…"));
    const QString verdict = m_verdictBox->currentData().toString();
    const QSignalBlocker blocker(m_verdictBox);
    m_verdictBox->clear();
    m_verdictBox->addItem(tr("Any"), QString());
    for (const QString &stored :
         {u"same_person"_s, u"not_same_person"_s, u"possible_attack"_s, u"error"_s})
        m_verdictBox->addItem(HistoryTableModel::verdictText(stored), stored);
    m_verdictBox->setCurrentIndex(qMax(0, m_verdictBox->findData(verdict)));
    m_countLabel->setText(tr("Records: %1").arg(m_model->totalCount()));
    if (m_chain)
        showChain(*m_chain);
    else
        m_chainBar->setText(tr("Checking the history's hash chain…"));
    showRecord(m_table->currentIndex().row());
}

void HistoryWindow::applyFilter()
{
    HistoryFilter filter;
    // The dates are the operator's local days: from the start of the first to the end of the
    // last.
    if (m_sinceBox->isChecked())
        filter.sinceUtc = m_sinceEdit->date().startOfDay().toUTC();
    if (m_untilBox->isChecked())
        filter.untilUtc = m_untilEdit->date().addDays(1).startOfDay().toUTC();
    filter.verdict = m_verdictBox->currentData().toString();
    filter.status = m_statusEdit->text().trimmed();
    filter.operatorName = m_operatorEdit->text().trimmed();
    filter.text = m_textEdit->text().trimmed();
    const HistoryError error = m_model->setFilter(filter);
    // Measured on the first page only: the view never reads the rows it has not loaded.
    m_table->resizeColumnsToContents();
    m_countLabel->setText(error.ok() ? tr("Records: %1").arg(m_model->totalCount())
                                     : tr("The history cannot be read: %1").arg(error.message));
    showRecord(-1);
}

void HistoryWindow::showRecord(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_resultPanel->clear();
        m_pastLabel->setText(tr("Choose a record to see its answer."));
        m_inputsLabel->clear();
        m_selfieImage->clear();
        m_selfieImage->hide();
        m_selfie.reset();
        m_liveness.reset();
        m_receipt->setUnavailable(tr("Choose a recorded verification first."));
        m_resendButton->setEnabled(false);
        m_resendButton->setToolTip(tr("Choose a recorded verification first."));
        fitDetailPane();
        return;
    }
    const HistoryEntry &entry = m_model->entry(row);
    const QLocale locale;
    const QDateTime decided = entry.timeUtc.toLocalTime();
    const Thresholds recorded{entry.verifyThreshold, entry.hackThreshold};
    // Decided again at the thresholds recorded with it, never at today's settings.
    m_resultPanel->setThresholds(recorded);
    if (entry.verifyScore && entry.hackScore) {
        VerificationResult result;
        result.requestId = entry.requestId;
        result.verifyScore = *entry.verifyScore;
        result.hackScore = *entry.hackScore;
        result.imageId = entry.imageId;
        result.livenessDataId = entry.livenessDataId;
        result.httpStatus = entry.httpStatus;
        m_resultPanel->showResult(result, recorded, decided, 0);
        m_pastLabel->setText(
            tr("Past answer, decided on %1 %2 at verify_score ≥ %3 and hack_score > %4 (status "
               "%5). It is not decided again at today's settings.")
                .arg(locale.toString(decided, u"yyyy-MM-dd HH:mm:ss"_s),
                     decided.timeZoneAbbreviation(), locale.toString(entry.verifyThreshold),
                     locale.toString(entry.hackThreshold), entry.status));
    } else {
        ApiError error = VerificationRecord::errorOf(entry);
        // An explanation that quotes the detail says so rather than quote nothing.
        error.detail = tr("(not recorded)");
        m_resultPanel->showRecordedError(error, entry.timeUtc);
        m_pastLabel->setText(
            tr("Past answer, recorded on %1 %2: no verdict (status %3). The history keeps the "
               "status, the HTTP status and the request_id, not the server's words or the "
               "details.")
                .arg(locale.toString(decided, u"yyyy-MM-dd HH:mm:ss"_s),
                     decided.timeZoneAbbreviation(), entry.status));
    }
    m_pastLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning));
    m_receipt->setEntry(entry);
    showInputs(entry);
    fitDetailPane();
}

void HistoryWindow::fitDetailPane()
{
    // Never narrower than what it shows, which would be cut off on the right: the table beside
    // it scrolls instead.
    m_detailArea->setMinimumWidth(m_detailArea->widget()->minimumSizeHint().width() +
                                  m_detailArea->verticalScrollBar()->sizeHint().width());
}

void HistoryWindow::showInputs(const HistoryEntry &entry)
{
    m_selfie = RecordedInput::resolve(entry.selfie, *m_store);
    m_liveness = RecordedInput::resolve(entry.liveness, *m_store);
    QStringList lines{inputText(tr("Selfie"), *m_selfie),
                      inputText(tr("Liveness data"), *m_liveness)};
    // The kept copies are decrypted in memory only: the image and the summary come from bytes.
    QImage selfie;
    if (!m_selfie->keptBytes.isEmpty() && !selfie.loadFromData(m_selfie->keptBytes))
        lines << tr("The kept selfie is not an image that can be shown.").toHtmlEscaped();
    if (!m_liveness->keptBytes.isEmpty())
        lines << tr("Kept liveness data: %1")
                     .arg(LivenessInspector::inspectData(m_liveness->keptBytes).summary())
                     .toHtmlEscaped();
    m_inputsLabel->setText(lines.join(u"<br/>"_s));
    m_selfieImage->setVisible(!selfie.isNull());
    if (selfie.isNull())
        m_selfieImage->clear();
    else
        m_selfieImage->setPixmap(QPixmap::fromImage(
            selfie.scaled(SelfieSide, SelfieSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_selfieImage->setToolTip(tr("The kept copy of the selfie, as it was sent"));

    QStringList missing;
    if (!m_selfie->available())
        missing << tr("the selfie: %1").arg(m_selfie->unavailableReason());
    if (!m_liveness->available())
        missing << tr("the liveness data: %1").arg(m_liveness->unavailableReason());
    m_resendButton->setEnabled(missing.isEmpty());
    m_resendButton->setToolTip(
        missing.isEmpty()
            ? tr("Loads the same inputs and the case reference into the main window; press "
                 "Verify there for a new, separately recorded answer.")
            : tr("It cannot be sent again with the same inputs: %1.").arg(missing.join(u"; "_s)));
}

void HistoryWindow::resend()
{
    const HistoryEntry *entry = currentEntry();
    if (!entry || !m_selfie || !m_liveness)
        return;
    QString error;
    const QString selfie = m_selfie->fileForSending(&error);
    const QString liveness = selfie.isEmpty() ? QString() : m_liveness->fileForSending(&error);
    if (selfie.isEmpty() || liveness.isEmpty()) {
        MessageBox::warning(this, tr("Send again"),
                            tr("The inputs cannot be loaded again: %1.").arg(error));
        return;
    }
    emit resendRequested(selfie, liveness, entry->caseRef);
}

QString HistoryWindow::inputText(const QString &name, const RecordedInput &recorded) const
{
    const HistoryInput &input = recorded.input;
    switch (input.kind) {
    case HistoryInput::Kind::None:
        return tr("%1: none").arg(name).toHtmlEscaped();
    case HistoryInput::Kind::Url:
        return tr("%1: URL %2").arg(name, input.value).toHtmlEscaped();
    case HistoryInput::Kind::Id:
        return tr("%1: server id %2").arg(name, input.value).toHtmlEscaped();
    case HistoryInput::Kind::File:
        break;
    }
    QString state;
    if (recorded.fileState == RecordedInput::FileState::Gone)
        state = tr("no longer there");
    else if (recorded.fileState == RecordedInput::FileState::Changed)
        state = tr("changed since");
    else
        state = tr("still there, unchanged");
    const QString kept = recorded.keptBytes.isEmpty()
                             ? tr("copy: %1").arg(recorded.keptProblem)
                             : tr("copy: kept, %1 bytes").arg(recorded.keptBytes.size());
    // The hash, which cannot wrap, in a compact monospaced font: it fits the detail pane of a
    // 1024×768 screen on one line.
    const QString hash =
        input.sha256.isEmpty()
            ? tr("not recorded").toHtmlEscaped()
            : u"<span style=\"font-family:'DejaVu Sans Mono',monospace; font-size:%1pt\">%2</span>"_s
                  .arg(qMax(6.0, m_inputsLabel->font().pointSizeF() - 1))
                  .arg(input.sha256.toHtmlEscaped());
    return tr("%1: %2 (%3)\nSHA-256 %4\n%5")
        .toHtmlEscaped()
        .arg(name.toHtmlEscaped(), QFileInfo(input.value).fileName().toHtmlEscaped(),
             state.toHtmlEscaped(), hash, kept.toHtmlEscaped())
        .replace(u'\n', u"<br/>"_s);
}

void HistoryWindow::checkChain()
{
    if (m_chainThread)
        return;
    m_chain.reset();
    m_chainBar->setStyleSheet(QString());
    m_chainBar->setText(tr("Checking the history's hash chain…"));
    m_chainBar->show();
    const QString path = m_store->databasePath();
    QPointer<HistoryWindow> window(this);
    m_chainThread = QThread::create([path, window] {
        HistoryStore own(path);
        const HistoryResult<ChainBreak> result = own.verifyChain();
        QMetaObject::invokeMethod(
            qApp,
            [window, result] {
                if (window)
                    window->showChain(result);
            },
            Qt::QueuedConnection);
    });
    connect(m_chainThread, &QThread::finished, m_chainThread, &QObject::deleteLater);
    m_chainThread->start();
}

void HistoryWindow::showChain(const HistoryResult<ChainBreak> &result)
{
    m_chain = result;
    const bool broken = !result.ok() || result.value.broken();
    if (!result.ok())
        m_chainBar->setText(
            tr("The hash chain could not be checked: %1").arg(result.error.message));
    else if (result.value.broken())
        m_chainBar->setText(tr("Warning: the history was changed outside VerifyDesk. The hash "
                               "chain breaks at record %1: %2")
                                .arg(result.value.id)
                                .arg(result.value.reason));
    m_chainBar->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Error));
    m_chainBar->setVisible(broken);
    emit chainChecked(broken);
}

void HistoryWindow::exportCsv()
{
    exportAs(false);
}

void HistoryWindow::exportJson()
{
    exportAs(true);
}

const HistoryEntry *HistoryWindow::currentEntry() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->entry(row) : nullptr;
}

void HistoryWindow::exportAs(bool json)
{
    const QString path = SaveFileDialog::ask(
        this, json ? tr("Export the history as JSON") : tr("Export the history as CSV"),
        json ? u"history.json"_s : u"history.csv"_s,
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const HistoryResult<QList<HistoryEntry>> found = m_store->entries(m_model->filter(), -1, 0);
    if (!found.ok()) {
        MessageBox::warning(this, tr("Export"), found.error.message);
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes =
        json ? HistoryStore::json(found.value) : HistoryStore::csv(found.value);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(this, tr("Export"),
                            tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    m_countLabel->setText(tr("Records exported: %1, to %2")
                              .arg(found.value.size())
                              .arg(QDir::toNativeSeparators(path)));
}
