// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywindow.h"

#include "api/verificationresult.h"
#include "historytablemodel.h"
#include "messagebox.h"
#include "report/receiptwriter.h"
#include "resultpanel.h"
#include "statepalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString nextSavePath;

// The SHA-256 of the file as it is now, empty when it cannot be read.
QString currentSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

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
    , m_resultPanel(new ResultPanel(this))
    , m_csvButton(new QPushButton(this))
    , m_jsonButton(new QPushButton(this))
    , m_receiptButton(new QPushButton(this))
    , m_saveReceiptButton(new QPushButton(this))
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
    auto *detailArea = new QScrollArea(this);
    detailArea->setWidget(detail);
    detailArea->setWidgetResizable(true);
    detailArea->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailArea);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
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
    connect(m_receiptButton, &QPushButton::clicked, this, &HistoryWindow::previewReceipt);
    connect(m_saveReceiptButton, &QPushButton::clicked, this, &HistoryWindow::saveReceipt);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &HistoryWindow::printReceipt);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this),
            &QShortcut::activated, this, &HistoryWindow::saveReceipt);

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

void HistoryWindow::setNextSavePath(const QString &path)
{
    nextSavePath = path;
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
    m_receiptButton->setText(tr("&Receipt…"));
    m_saveReceiptButton->setText(tr("Save receipt &PDF…"));
    m_saveReceiptButton->setToolTip(tr("Ctrl+Shift+S; Ctrl+P prints the receipt"));
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
    } else {
        m_resultPanel->clear();
    }
    m_pastLabel->setText(
        tr("Past answer, decided on %1 %2 at verify_score ≥ %3 and hack_score > %4 (status %5). "
           "It is not decided again at today's settings.")
            .arg(locale.toString(decided, u"yyyy-MM-dd HH:mm:ss"_s), decided.timeZoneAbbreviation(),
                 locale.toString(entry.verifyThreshold), locale.toString(entry.hackThreshold),
                 entry.status));
    m_pastLabel->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning));
    m_inputsLabel->setText(inputText(tr("Selfie"), entry.selfie) + u'\n' +
                           inputText(tr("Liveness data"), entry.liveness));
}

QString HistoryWindow::inputText(const QString &name, const HistoryInput &input) const
{
    switch (input.kind) {
    case HistoryInput::Kind::None:
        return tr("%1: none").arg(name);
    case HistoryInput::Kind::Url:
        return tr("%1: URL %2").arg(name, input.value);
    case HistoryInput::Kind::Id:
        return tr("%1: server id %2").arg(name, input.value);
    case HistoryInput::Kind::File:
        break;
    }
    QString state;
    if (!QFileInfo::exists(input.value))
        state = tr("no longer there");
    else if (input.sha256.isEmpty() || currentSha256(input.value) != input.sha256)
        state = tr("changed since");
    else
        state = tr("still there, unchanged");
    return tr("%1: %2 (%3)\nSHA-256 %4")
        .arg(name, QFileInfo(input.value).fileName(), state,
             input.sha256.isEmpty() ? tr("not recorded") : input.sha256);
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

QString HistoryWindow::savePath(const QString &title, const QString &name, const QString &filter)
{
    QString path = nextSavePath;
    nextSavePath.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, title, name, filter);
    return path;
}

const HistoryEntry *HistoryWindow::currentEntry() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->entry(row) : nullptr;
}

void HistoryWindow::previewReceipt()
{
    const HistoryEntry *entry = currentEntry();
    if (!entry)
        return;
    QPrinter printer;
    QPrintPreviewDialog preview(&printer, this);
    const QString html = ReceiptWriter::html(*entry);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(html);
        document.print(target);
    });
    preview.exec();
}

void HistoryWindow::printReceipt()
{
    const HistoryEntry *entry = currentEntry();
    if (!entry)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(ReceiptWriter::html(*entry));
    document.print(&printer);
}

void HistoryWindow::saveReceipt()
{
    const HistoryEntry *entry = currentEntry();
    if (!entry)
        return;
    const QString path = savePath(tr("Save the receipt"), u"receipt-%1.pdf"_s.arg(entry->requestId),
                                  tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const HistoryError error = ReceiptWriter::write(*entry, path);
    if (!error.ok())
        MessageBox::warning(this, tr("Receipt"), error.message);
    else
        m_countLabel->setText(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)));
}

void HistoryWindow::exportAs(bool json)
{
    const QString path =
        savePath(json ? tr("Export the history as JSON") : tr("Export the history as CSV"),
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
