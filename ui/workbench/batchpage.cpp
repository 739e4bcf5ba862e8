// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/batchpage.h"

#include "api/verificationclient.h"
#include "batch/batchimporter.h"
#include "batch/batchreport.h"
#include "batch/batchresultscsv.h"
#include "contract/apicontract.h"
#include "resultpanel.h"
#include "services/appconnection.h"
#include "statepalette.h"
#include "store/appsettings.h"
#include "store/credentialreadjob.h"
#include "store/credentialstore.h"
#include "workbench/batchreportview.h"
#include "workbench/batchtablemodel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// New answers are taken into the table at most this often: a fast batch does not redraw it for
// every pair.
constexpr int RefreshMs = 250;

} // namespace

struct BatchPage::Imported
{
    QString databasePath;
    QString source;
    QString baseDir;
    bool existed = false;
    qint64 interrupted = 0;
    QStringList problems;
    qint64 rejected = 0;
    std::optional<BatchError> error;
};

BatchPage::BatchPage(QWidget *parent)
    : QWidget(parent)
    , m_client(new VerificationClient(this))
    , m_sourceLabel(new QLabel(this))
    , m_sourceEdit(new QLineEdit(this))
    , m_folderButton(new QPushButton(this))
    , m_manifestButton(new QPushButton(this))
    , m_databaseButton(new QPushButton(this))
    , m_concurrencyLabel(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_startButton(new QPushButton(this))
    , m_pauseButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_reportButton(new QPushButton(this))
    , m_csvButton(new QPushButton(this))
    , m_problemsLabel(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_showLabel(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_model(new BatchTableModel(this))
    , m_table(new QTableView(this))
    , m_answerStack(new QStackedWidget(this))
    , m_noAnswer(new QLabel(m_answerStack))
    , m_resultPanel(new ResultPanel(m_answerStack))
    , m_message(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"batchPage"_s);
    setAcceptDrops(true);
    m_sourceEdit->setObjectName(u"batchSource"_s);
    m_sourceEdit->setReadOnly(true);
    m_sourceLabel->setBuddy(m_sourceEdit);
    m_concurrency->setObjectName(u"batchConcurrency"_s);
    m_concurrency->setRange(1, BatchRunner::MaxConcurrency);
    m_concurrency->setValue(4);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_startButton->setObjectName(u"batchStart"_s);
    m_pauseButton->setObjectName(u"batchPause"_s);
    m_resumeButton->setObjectName(u"batchResume"_s);
    m_cancelButton->setObjectName(u"batchCancel"_s);
    m_problems->setObjectName(u"batchProblems"_s);
    m_problems->setMaximumHeight(fontMetrics().height() * 6);
    m_problemsLabel->setBuddy(m_problems);
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel->setObjectName(u"batchProgressText"_s);
    m_show->setObjectName(u"batchShow"_s);
    m_showLabel->setBuddy(m_show);
    m_search->setObjectName(u"batchSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_message->setObjectName(u"batchMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultPanel->setPastAnswer(true);
    m_noAnswer->setObjectName(u"batchNoAnswer"_s);
    m_noAnswer->setAlignment(Qt::AlignCenter);
    m_noAnswer->setWordWrap(true);
    m_answerStack->addWidget(m_noAnswer);
    m_answerStack->addWidget(m_resultPanel);

    m_table->setObjectName(u"batchTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchTableModel::PairColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel);
    sourceRow->addWidget(m_sourceEdit, 1);
    sourceRow->addWidget(m_folderButton);
    sourceRow->addWidget(m_manifestButton);
    sourceRow->addWidget(m_databaseButton);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_concurrencyLabel);
    runRow->addWidget(m_concurrency);
    runRow->addSpacing(12);
    runRow->addWidget(m_startButton);
    runRow->addWidget(m_pauseButton);
    runRow->addWidget(m_resumeButton);
    runRow->addWidget(m_cancelButton);
    runRow->addStretch();
    runRow->addWidget(m_reportButton);
    runRow->addWidget(m_csvButton);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_showLabel);
    filterRow->addWidget(m_show);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_search, 1);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_answerStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(runRow);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &BatchTableModel::refresh);
    connect(m_folderButton, &QPushButton::clicked, this, &BatchPage::chooseFolder);
    connect(m_manifestButton, &QPushButton::clicked, this, &BatchPage::chooseManifest);
    connect(m_databaseButton, &QPushButton::clicked, this, &BatchPage::chooseDatabase);
    connect(m_startButton, &QPushButton::clicked, this, &BatchPage::start);
    connect(m_pauseButton, &QPushButton::clicked, this, &BatchPage::pause);
    connect(m_resumeButton, &QPushButton::clicked, this, &BatchPage::resume);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchPage::cancel);
    connect(m_reportButton, &QPushButton::clicked, this, &BatchPage::showReport);
    connect(m_csvButton, &QPushButton::clicked, this, &BatchPage::exportCsv);
    connect(m_show, &QComboBox::currentIndexChanged, this, &BatchPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &BatchPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPair(current); });
    connect(m_table, &QTableView::activated, this, &BatchPage::activatePair);
    // A model reset or layout change moves the current row: show the answer of the row now
    // current, which may be another pair.
    connect(m_model, &QAbstractItemModel::layoutChanged, this,
            [this] { showPair(m_table->currentIndex()); });

    retranslate();
    updateButtons();
}

BatchPage::~BatchPage()
{
    if (m_importThread)
        m_importThread->wait();
    delete m_runner;
}

QString BatchPage::tabTitle()
{
    return tr("B&atch");
}

Thresholds BatchPage::thresholds() const
{
    const AppSettings settings;
    return {settings.verifyThreshold(), settings.hackThreshold()};
}

void BatchPage::retranslate()
{
    m_sourceLabel->setText(tr("Batch:"));
    m_sourceEdit->setPlaceholderText(
        tr("a folder of pairs or a CSV manifest (selfie,liveness,expected), chosen or dropped"));
    m_folderButton->setText(tr("Choose fol&der…"));
    m_manifestButton->setText(tr("Choose &manifest…"));
    m_databaseButton->setText(tr("&Open batch database…"));
    m_databaseButton->setToolTip(tr("Continue a batch from its .batch.sqlite file"));
    m_concurrencyLabel->setText(tr("Co&ncurrency:"));
    m_concurrency->setToolTip(tr(
        "Requests in flight at most; fewer while the server answers RATE_LIMIT_EXCEEDED or 503"));
    m_startButton->setText(tr("&Start"));
    m_pauseButton->setText(tr("&Pause"));
    m_resumeButton->setText(tr("Res&ume"));
    m_cancelButton->setText(tr("Cance&l"));
    m_cancelButton->setToolTip(
        tr("Requests in flight are cancelled; their pairs stay to be sent by the next Start"));
    m_reportButton->setText(tr("Repor&t…"));
    m_csvButton->setText(tr("E&xport results CSV…"));
    m_problemsLabel->setText(tr("Problems found before sending (these pairs are not sent):"));
    m_showLabel->setText(tr("Sho&w:"));
    const int shown = m_show->currentIndex();
    m_show->blockSignals(true);
    m_show->clear();
    m_show->addItem(tr("All pairs"), int(BatchPairQuery::Show::All));
    m_show->addItem(tr("Not answered yet"), int(BatchPairQuery::Show::NotAnswered));
    m_show->addItem(tr("Answered"), int(BatchPairQuery::Show::Answered));
    m_show->addItem(tr("Answered with scores"), int(BatchPairQuery::Show::Ok));
    m_show->addItem(tr("Answered with an error"), int(BatchPairQuery::Show::Failed));
    m_show->addItem(tr("Not sent: a problem"), int(BatchPairQuery::Show::Refused));
    m_show->setCurrentIndex(qMax(0, shown));
    m_show->blockSignals(false);
    showPair(m_table->currentIndex());
    m_searchLabel->setText(tr("Searc&h:"));
    m_search->setPlaceholderText(tr("file, status, request_id, device or note"));
    if (m_runner)
        onProgress(m_runner->progress());
    else
        showIdleProgress();
}

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void BatchPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openSource(urls.first().toLocalFile());
}

void BatchPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder of pairs"));
    if (!folder.isEmpty())
        openSource(folder);
}

void BatchPage::chooseManifest()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a batch manifest"), {},
                                                      tr("CSV manifests (*.csv);;All files (*)"));
    if (!file.isEmpty())
        openSource(file);
}

void BatchPage::chooseDatabase()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a batch database"), {},
                                     tr("Batch databases (*.batch.sqlite);;All files (*)"));
    if (!file.isEmpty())
        openSource(file);
}

void BatchPage::closeBatch()
{
    delete m_runner;
    m_runner = nullptr;
    m_model->setStore(nullptr);
    m_store.close();
    showPair({});
    m_problems->clear();
}

void BatchPage::openSource(const QString &path)
{
    if (m_importThread || (m_runner && (m_runner->state() == BatchRunner::State::Running ||
                                        m_runner->state() == BatchRunner::State::Paused ||
                                        m_runner->state() == BatchRunner::State::Cancelling))) {
        showMessage(tr("Cancel the running batch before opening another."), true);
        emit sourceOpened(false);
        return;
    }
    closeBatch();
    m_sourceEdit->setText(QDir::toNativeSeparators(path));
    showMessage(tr("Checking every pair of %1 before anything is sent…")
                    .arg(QDir::toNativeSeparators(path)),
                false);
    m_progress->setRange(0, 0);
    updateButtons();

    const AppSettings settings;
    const QString endpoint = settings.endpoint().toString();
    const QString apiId = settings.apiId();
    auto imported = std::make_shared<Imported>();
    // The validation reads every file of the batch: in a thread of its own, with a connection of
    // its own to the batch database, so that the window stays responsive.
    m_importThread = QThread::create([path, endpoint, apiId, imported] {
        BatchStore store;
        const bool database = BatchStore::isDatabasePath(path);
        imported->databasePath = database ? path : BatchStore::writablePathFor(path);
        imported->existed = QFileInfo::exists(imported->databasePath);
        if (database && !imported->existed) {
            imported->error =
                BatchError{u"STORE_OPEN_FAILED"_s, BatchPage::tr("%1 does not exist.").arg(path)};
            return;
        }
        if ((imported->error = store.open(imported->databasePath)))
            return;
        if (imported->existed)
            imported->interrupted = store.recoverInFlight();
        if (database) {
            imported->source = store.meta(u"source"_s);
            imported->baseDir = store.meta(u"base_dir"_s);
            return;
        }
        imported->source = QFileInfo(path).absoluteFilePath();
        store.setMeta(u"source"_s, imported->source);
        store.setMeta(u"endpoint"_s, endpoint);
        store.setMeta(u"api_id"_s, apiId);
        BatchImporter importer;
        imported->error = importer.import(
            path, &store, [&](qint64, const QString &where, const QString &problem) {
                imported->problems << BatchPage::tr("%1: %2").arg(where, problem);
            });
        imported->baseDir = importer.baseDir();
        imported->rejected = importer.rejected();
    });
    connect(m_importThread, &QThread::finished, this, [this, imported] {
        m_importThread->deleteLater();
        m_importThread = nullptr;
        finishImport(*imported);
    });
    m_importThread->start();
}

void BatchPage::finishImport(const Imported &imported)
{
    m_progress->setRange(0, 1);
    if (imported.error) {
        showMessage(imported.error->message, true);
        updateButtons();
        emit sourceOpened(false);
        return;
    }
    if (const auto error = m_store.open(imported.databasePath)) {
        showMessage(error->message, true);
        updateButtons();
        emit sourceOpened(false);
        return;
    }
    m_source = imported.source;
    m_baseDir = imported.baseDir;
    m_model->setThresholds(thresholds());
    m_resultPanel->setThresholds(thresholds());
    m_model->setStore(&m_store);
    if (BatchStore::isDatabasePath(imported.databasePath) && imported.problems.isEmpty())
        listRefused();
    else
        m_problems->addItems(imported.problems);
    m_problemsLabel->setVisible(m_problems->count() > 0);
    m_problems->setVisible(m_problems->count() > 0);
    QString text =
        imported.existed
            ? tr("Continuing the batch in %1: %2 of %3 pairs already answered; %4 were in flight "
                 "when it stopped and are sent again.")
                  .arg(QDir::toNativeSeparators(imported.databasePath))
                  .arg(m_store.answeredCount())
                  .arg(m_store.pairCount())
                  .arg(imported.interrupted)
            : tr("A new batch of %1 pairs, recorded in %2.")
                  .arg(m_store.pairCount())
                  .arg(QDir::toNativeSeparators(imported.databasePath));
    const qint64 refused = m_store.count(
        {BatchPairQuery::Order::Pair, false, BatchPairQuery::Show::Refused, QString()});
    if (refused > 0)
        text += u' ' + tr("%n pair(s) with a problem are not sent; the others are.", "", refused);
    showMessage(text, false);
    showIdleProgress();
    updateButtons();
    emit sourceOpened(true);
}

void BatchPage::listRefused()
{
    // A re-opened database: the problems its validation recorded, a page at a time.
    constexpr int Page = 500;
    const BatchPairQuery refused{BatchPairQuery::Order::Pair, false, BatchPairQuery::Show::Refused,
                                 QString()};
    for (qint64 offset = 0;; offset += Page) {
        const QList<BatchResult> pairs = m_store.page(refused, offset, Page);
        for (const BatchResult &pair : pairs)
            m_problems->addItem(
                tr("pair %1: %2").arg(pair.pairIndex).arg(m_store.rejection(pair.pairIndex)));
        if (pairs.size() < Page)
            break;
    }
}

void BatchPage::start()
{
    if (!m_store.isOpen() || m_readingSecret ||
        (m_runner && m_runner->state() != BatchRunner::State::Finished))
        return;
    const AppSettings settings;
    if (settings.endpoint().isEmpty() || settings.apiId().isEmpty()) {
        showMessage(tr("No endpoint or api_id: set them up in the main window (File ▸ Settings)."),
                    true);
        return;
    }
    const QByteArray environment = qgetenv(vd::contract::SecretVariable);
    if (!environment.isEmpty()) {
        startRunner(QString::fromUtf8(environment));
        return;
    }
    // The secret the main window uses: the keyring's, for this endpoint and api_id.
    m_readingSecret = true;
    updateButtons();
    auto *credentials = new CredentialStore(this);
    CredentialReadJob *job = credentials->read(settings.endpoint(), settings.apiId());
    connect(job, &CredentialReadJob::finished, this, [this, credentials](CredentialReadJob *done) {
        m_readingSecret = false;
        credentials->deleteLater();
        if (!done->error().ok())
            showMessage(tr("The keyring could not be read (%1).").arg(done->error().message), true);
        else if (done->notFound())
            showMessage(tr("No api_secret is saved for this endpoint and api_id: set it in the "
                           "main window (File ▸ Settings)."),
                        true);
        else
            startRunner(done->secret());
        updateButtons();
    });
}

void BatchPage::startRunner(const QString &secret)
{
    const AppSettings settings;
    AppConnection::configure(m_client, settings);
    VerificationRequest request;
    request.baseUrl = settings.endpoint();
    request.apiId = settings.apiId();
    request.apiSecret = secret;
    m_store.setMeta(u"endpoint"_s, request.baseUrl.toString());
    m_store.setMeta(u"api_id"_s, request.apiId);
    delete m_runner;
    m_runner = new BatchRunner(&m_store, m_client);
    m_runner->setRequestTemplate(request);
    m_runner->setBaseDir(m_baseDir);
    m_runner->setConcurrency(m_concurrency->value());
    connect(m_runner, &BatchRunner::progressChanged, this, &BatchPage::onProgress);
    connect(m_runner, &BatchRunner::stateChanged, this, &BatchPage::onRunnerState);
    connect(m_runner, &BatchRunner::pairFinished, this, [this] {
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    });
    connect(m_runner, &BatchRunner::storeFailed, this, [this](const QString &message) {
        showMessage(tr("The batch stopped: its database cannot be written (%1). Start continues "
                       "it once the disk is fixed.")
                        .arg(message),
                    true);
    });
    connect(m_runner, &BatchRunner::finished, this, &BatchPage::onRunnerFinished);
    m_resultPanel->setThresholds(thresholds());
    m_model->setThresholds(thresholds());
    m_startedUtc = QDateTime::currentDateTimeUtc();
    showMessage(tr("Sending %1 pairs to %2.")
                    .arg(m_store.pendingCount())
                    .arg(request.baseUrl.toDisplayString()),
                false);
    m_runner->start();
}

void BatchPage::pause()
{
    if (m_runner)
        m_runner->pause();
}

void BatchPage::resume()
{
    if (m_runner)
        m_runner->resume();
}

void BatchPage::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void BatchPage::onRunnerState(BatchRunner::State state)
{
    if (state == BatchRunner::State::Paused)
        showMessage(tr("Paused: no new request is sent; the ones in flight are recorded as they "
                       "arrive."),
                    false);
    else if (state == BatchRunner::State::Running && m_runner->progress().done > 0)
        showMessage(tr("Running."), false);
    else if (state == BatchRunner::State::Cancelling)
        showMessage(tr("Cancelling the requests in flight…"), false);
    updateButtons();
}

void BatchPage::onRunnerFinished()
{
    m_refreshTimer->stop();
    m_model->refresh();
    const qint64 pending = m_store.pendingCount();
    if (pending == 0)
        showMessage(tr("Every pair of the batch has its answer."), false);
    else
        showMessage(tr("Stopped: %n pair(s) not answered yet; Start sends them.", "", pending),
                    false);
    if (m_reportDialog && m_reportDialog->isVisible())
        showReport();
    updateButtons();
    emit runFinished();
}

void BatchPage::onProgress(const BatchProgress &progress)
{
    m_progress->setRange(0, int(qMax<qint64>(1, progress.total)));
    m_progress->setValue(int(progress.done));
    const QString left =
        progress.etaMs >= 0 ? BatchProgress::clock(progress.etaMs) : tr("not known yet");
    m_progressLabel->setText(
        tr("%1 of %2 pairs · %3 pairs/s · elapsed %4 · left %5 · concurrency %6 (%7 in flight)")
            .arg(progress.done)
            .arg(progress.total)
            .arg(QLocale().toString(progress.pairsPerSecond, 'f', 1),
                 BatchProgress::clock(progress.elapsedMs), left)
            .arg(progress.concurrency)
            .arg(progress.inFlight));
}

void BatchPage::showIdleProgress()
{
    if (!m_store.isOpen()) {
        m_progressLabel->setText(tr("No batch open."));
        return;
    }
    const qint64 answered = m_store.answeredCount();
    const qint64 total = answered + m_store.pendingCount();
    m_progress->setRange(0, int(qMax<qint64>(1, total)));
    m_progress->setValue(int(answered));
    m_progressLabel->setText(tr("%1 of %2 pairs answered").arg(answered).arg(total));
}

void BatchPage::updateButtons()
{
    const BatchRunner::State state = m_runner ? m_runner->state() : BatchRunner::State::Idle;
    const bool busy = m_importThread != nullptr;
    const bool active = state == BatchRunner::State::Running ||
                        state == BatchRunner::State::Paused ||
                        state == BatchRunner::State::Cancelling;
    const bool open = m_store.isOpen() && !busy;
    m_folderButton->setEnabled(!busy && !active);
    m_manifestButton->setEnabled(!busy && !active);
    m_databaseButton->setEnabled(!busy && !active);
    m_concurrency->setEnabled(!active);
    m_startButton->setEnabled(open && !active && !m_readingSecret && m_store.pendingCount() > 0);
    m_pauseButton->setEnabled(state == BatchRunner::State::Running);
    m_resumeButton->setEnabled(state == BatchRunner::State::Paused);
    m_cancelButton->setEnabled(state == BatchRunner::State::Running ||
                               state == BatchRunner::State::Paused);
    m_reportButton->setEnabled(open);
    m_csvButton->setEnabled(open);
}

void BatchPage::applyFilter()
{
    BatchPairQuery query = m_model->query();
    query.show = static_cast<BatchPairQuery::Show>(m_show->currentData().toInt());
    query.text = m_search->text().trimmed();
    m_model->setQuery(query);
}

void BatchPage::showPair(const QModelIndex &current)
{
    const std::optional<BatchResult> pair =
        current.isValid() ? m_model->pairAt(current.row()) : std::nullopt;
    if (!pair || !pair->answered()) {
        m_resultPanel->clear();
        m_noAnswer->setText(
            !pair ? tr("Choose a pair to see its answer here; Enter or a double-click opens its "
                       "liveness file in the Inspect tab.")
            : m_store.rejection(pair->pairIndex).isEmpty()
                ? tr("Pair %1 has no answer yet.").arg(pair->pairIndex)
                : tr("Pair %1 is not sent: %2")
                      .arg(pair->pairIndex)
                      .arg(m_store.rejection(pair->pairIndex)));
        m_answerStack->setCurrentWidget(m_noAnswer);
        return;
    }
    m_answerStack->setCurrentWidget(m_resultPanel);
    QDateTime arrived;
    const QList<BatchAttempt> attempts = m_store.attempts(pair->pairIndex);
    for (const BatchAttempt &attempt : attempts)
        if (attempt.state == BatchAttempt::State::Answered)
            arrived = attempt.ended;
    if (pair->status == QLatin1StringView(vd::contract::answer::Ok) && pair->verifyScore &&
        pair->hackScore) {
        VerificationResult result;
        result.requestId = pair->requestId;
        result.verifyScore = *pair->verifyScore;
        result.hackScore = *pair->hackScore;
        result.httpStatus = pair->httpStatus;
        m_resultPanel->showResult(result, thresholds(), arrived.toLocalTime(), pair->latencyMs);
        return;
    }
    ApiError error = ApiError::fromApi(pair->status, pair->httpStatus);
    error.requestId = pair->requestId;
    m_resultPanel->showError(error, pair->requestId);
}

void BatchPage::activatePair(const QModelIndex &index)
{
    const std::optional<BatchResult> pair = m_model->pairAt(index.row());
    if (!pair)
        return;
    showPair(index);
    const InputSource liveness = BatchRunner::resolveSource(pair->liveness, m_baseDir);
    if (liveness.kind != InputSource::Kind::File) {
        showMessage(tr("Pair %1's liveness data is %2, not a file on this computer: there is "
                       "nothing to inspect.")
                        .arg(pair->pairIndex)
                        .arg(pair->liveness),
                    true);
        return;
    }
    emit inspectRequested(liveness.value);
}

void BatchPage::showReport()
{
    if (!m_store.isOpen())
        return;
    if (!m_reportDialog) {
        m_reportDialog = new QDialog(this);
        m_reportDialog->setObjectName(u"batchReportDialog"_s);
        m_reportView = new BatchReportView(m_reportDialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_reportDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_reportDialog, &QDialog::close);
        auto *layout = new QVBoxLayout(m_reportDialog);
        layout->addWidget(m_reportView, 1);
        layout->addWidget(buttons);
        m_reportDialog->resize(1200, 800);
    }
    m_reportDialog->setWindowTitle(
        tr("Report of the batch %1").arg(QDir::toNativeSeparators(m_source)));
    const qint64 durationMs = m_runner ? m_runner->progress().elapsedMs : 0;
    const QDateTime started =
        m_startedUtc.isValid() ? m_startedUtc : QDateTime::currentDateTimeUtc();
    m_reportView->setReport(BatchReport::read(m_store, thresholds()),
                            {m_store.meta(u"endpoint"_s), started, durationMs});
    m_reportDialog->show();
    m_reportDialog->raise();
}

void BatchPage::exportCsv()
{
    if (!m_store.isOpen())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the results as CSV"),
                                     m_source + u".results.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = BatchResultsCsv::write(m_store, thresholds(), path);
    if (error.isEmpty())
        showMessage(tr("Results written to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(tr("The results cannot be written to %1: %2")
                        .arg(QDir::toNativeSeparators(path), error),
                    true);
}

void BatchPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? StatePalette::textStyle(StatePalette::Role::Error)
                                   : QString());
}
