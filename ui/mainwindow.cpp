// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/errorcatalog.h"
#include "history/historywindow.h"
#include "history/receiptactions.h"
#include "livenesspanel.h"
#include "logging.h"
#include "media/selfiecheck.h"
#include "messagebox.h"
#include "resultpanel.h"
#include "selfiepanel.h"
#include "services/appconnection.h"
#include "services/languageloader.h"
#include "services/verificationrecord.h"
#include "settingsdialog.h"
#include "setupdialog.h"
#include "statepalette.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/historyretention.h"
#include "store/historystore.h"
#include "store/keptcopykey.h"
#include "verifydeskconfig.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A customer file or ticket number fits on one line of the history and the receipt.
constexpr int MaxCaseRefLength = 64;

} // namespace

MainWindow::MainWindow(AppSettings *settings, CredentialStore *credentials, HistoryStore *history,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_history(history)
    , m_client(new VerificationClient(this))
    , m_selfiePanel(new SelfiePanel(this))
    , m_livenessPanel(new LivenessPanel(this))
    , m_resultPanel(new ResultPanel(this))
    , m_verifyButton(new QPushButton(QIcon(u":/icons/verify.svg"_s), QString(), this))
    , m_cancelButton(new QPushButton(QIcon(u":/icons/cancel.svg"_s), QString(), this))
    , m_progress(new QProgressBar(this))
    , m_noticeLabel(new QLabel(this))
    , m_endpointStatus(new QLabel(this))
    , m_secretStatus(new QLabel(this))
{
    Q_INIT_RESOURCE(resources);
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/verifydesk.svg"_s));

    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setDefault(true);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_progress->setObjectName(u"uploadProgress"_s);
    m_progress->setVisible(false);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_endpointStatus->setObjectName(u"endpointStatus"_s);
    m_secretStatus->setObjectName(u"secretStatus"_s);

    // The inputs scroll on a small screen; the answer keeps its banner in view, and Verify,
    // Cancel and the status bar stay below both.
    auto *inputs = new QWidget;
    m_inputsLayout = new QBoxLayout(QBoxLayout::TopToBottom, inputs);
    m_inputsLayout->setContentsMargins(0, 0, 0, 0);
    m_inputsLayout->addWidget(m_selfiePanel);
    m_inputsLayout->addWidget(m_livenessPanel);
    auto *inputsArea = new QScrollArea(this);
    inputsArea->setObjectName(u"inputsArea"_s);
    inputsArea->setWidget(inputs);
    inputsArea->setWidgetResizable(true);
    inputsArea->setFrameShape(QFrame::NoFrame);
    inputsArea->setMinimumWidth(300);
    m_resultPanel->setMinimumWidth(380);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(inputsArea);
    m_splitter->addWidget(m_resultPanel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_verifyButton);
    actionRow->addWidget(m_cancelButton);
    actionRow->addWidget(m_progress, 1);
    actionRow->addWidget(m_noticeLabel, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buildCaseRefRow());
    layout->addLayout(actionRow);
    setCentralWidget(central);

    // Long endpoints are cut, never widen the window past a small screen.
    m_endpointStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_endpointStatus->setMinimumWidth(120);
    m_endpointStatus->setContentsMargins(8, 0, 8, 0);
    m_secretStatus->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_endpointStatus, 1);
    statusBar()->addPermanentWidget(m_secretStatus);

    buildMenus();
    connect(m_verifyButton, &QPushButton::clicked, this, &MainWindow::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_selfiePanel, &SelfiePanel::changed, this, &MainWindow::onInputsChanged);
    connect(m_livenessPanel, &LivenessPanel::changed, this, &MainWindow::onInputsChanged);
    connect(m_resultPanel, &ResultPanel::newCustomerRequested, this, &MainWindow::newCustomer);
    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, &MainWindow::showWaitingState);

    connect(m_credentials, &CredentialStore::sessionOnlyChanged, this, [this](bool sessionOnly) {
        if (sessionOnly && !m_secret.isEmpty())
            m_secretState = SecretState::SessionOnly;
        updateStatusBar();
    });

    // Nothing to read from the keyring before an api_id is set up.
    if (m_settings->apiId().isEmpty())
        m_secretState = SecretState::Missing;
    retranslate();
    applySettings();
    startHistory();
    updateActions();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    if (m_job)
        m_job->cancel();
}

void MainWindow::buildMenus()
{
    // Texts are set in retranslate(), also when the language changes while the window is open.
    const auto menu = [this](const char *title) {
        QMenu *added = menuBar()->addMenu(QString());
        m_actionTexts.append({added->menuAction(), title});
        return added;
    };
    const auto action = [this](QMenu *into, const QIcon &icon, const char *text) {
        QAction *added = into->addAction(icon, QString());
        m_actionTexts.append({added, text});
        return added;
    };

    QMenu *file = menu(QT_TR_NOOP("&File"));
    QAction *next = action(file, QIcon(), QT_TR_NOOP("&New customer"));
    next->setShortcut(QKeySequence::New);
    connect(next, &QAction::triggered, this, &MainWindow::newCustomer);
    QAction *openSelfie = action(file, QIcon(u":/icons/open.svg"_s), QT_TR_NOOP("Open &selfie…"));
    openSelfie->setShortcut(QKeySequence::Open);
    connect(openSelfie, &QAction::triggered, m_selfiePanel, &SelfiePanel::openFile);
    QAction *openLiveness = action(file, QIcon(), QT_TR_NOOP("Open &liveness data…"));
    openLiveness->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openLiveness, &QAction::triggered, m_livenessPanel, &LivenessPanel::openFile);
    file->addSeparator();
    QAction *settings = action(file, QIcon(u":/icons/settings.svg"_s), QT_TR_NOOP("S&ettings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = action(file, QIcon(), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menu(QT_TR_NOOP("&Edit"));
    QAction *paste = action(edit, QIcon(u":/icons/paste.svg"_s), QT_TR_NOOP("&Paste selfie"));
    // Text fields keep their own Ctrl+V: this shortcut only fires when no field has the focus.
    paste->setShortcut(QKeySequence::Paste);
    connect(paste, &QAction::triggered, m_selfiePanel, &SelfiePanel::paste);
    QAction *camera =
        action(edit, QIcon(u":/icons/camera.svg"_s), QT_TR_NOOP("Selfie from &camera…"));
    connect(camera, &QAction::triggered, m_selfiePanel, &SelfiePanel::takePhoto);

    QMenu *run = menu(QT_TR_NOOP("Verificatio&n"));
    m_verifyAction = action(run, QIcon(u":/icons/verify.svg"_s), QT_TR_NOOP("&Verify"));
    m_verifyAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::verify);
    m_cancelAction = action(run, QIcon(u":/icons/cancel.svg"_s), QT_TR_NOOP("&Cancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    // Every letter of "History" is taken: Help has Alt+H, the window's controls the others.
    QMenu *records = menu(QT_TR_NOOP("History lo&g"));
    QAction *history = action(records, QIcon(), QT_TR_NOOP("&History…"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setEnabled(m_history != nullptr);
    connect(history, &QAction::triggered, this, &MainWindow::openHistory);
    records->addSeparator();
    m_receipt = new ReceiptActions(this);
    records->addActions(m_receipt->actions());
    m_resultPanel->setReceiptAction(m_receipt->previewAction());
    // A disabled item's tooltip says why there is no receipt.
    records->setToolTipsVisible(true);

    QMenu *help = menu(QT_TR_NOOP("&Help"));
    QAction *about = action(help, QIcon(), QT_TR_NOOP("&About VerifyDesk"));
    connect(about, &QAction::triggered, this, [this] {
        MessageBox::information(
            this, tr("About VerifyDesk"),
            tr("VerifyDesk %1\nCompares a selfie with the liveness data of the vendor's SDK "
               "through the liveness_selfie_verification API.")
                .arg(QStringLiteral(VD_VERSION)));
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("VerifyDesk: liveness and selfie verification"));
    m_verifyButton->setText(tr("&Verify"));
    m_cancelButton->setText(tr("Cance&l"));
    m_caseRefLabel->setText(tr("Case reference (file or tic&ket no.):"));
    m_caseRefEdit->setPlaceholderText(tr("optional, recorded with the verification"));
    for (const auto &[action, text] : std::as_const(m_actionTexts))
        action->setText(tr(text));
    m_receipt->retranslate();
    updateReceipt();
    updateStatusBar();
    if (m_job)
        showWaitingState();
}

void MainWindow::applySettings()
{
    AppConnection::configure(m_client, *m_settings);
    if (m_history)
        m_history->setRetentionDays(m_settings->historyRetentionDays());
    // An answer on screen is decided again at the new thresholds, every line of it.
    m_resultPanel->setThresholds(currentThresholds());
    updateStatusBar();
    loadCopyKey();
}

void MainWindow::loadSecret()
{
    if (m_settings->apiId().isEmpty()) {
        m_secretState = SecretState::Missing;
        updateStatusBar();
        return;
    }
    m_secretRead = m_credentials->read(m_settings->endpoint(), m_settings->apiId());
    connect(m_secretRead, &CredentialReadJob::finished, this, [this](CredentialReadJob *done) {
        if (done != m_secretRead)
            return;
        if (!done->error().ok())
            showProblem(tr("Keyring: %1").arg(done->error().message));
        else
            setSecret(done->notFound() ? QString() : done->secret());
    });
}

void MainWindow::setSecret(const QString &secret)
{
    m_secretRead = nullptr;
    m_secret = secret;
    m_secretState = secret.isEmpty()                 ? SecretState::Missing
                    : m_credentials->isSessionOnly() ? SecretState::SessionOnly
                                                     : SecretState::Keyring;
    updateStatusBar();
    updateActions();
}

void MainWindow::storeSecret(const QString &secret)
{
    setSecret(secret);
    if (secret.isEmpty() || m_settings->apiId().isEmpty())
        return;
    CredentialWriteJob *job =
        m_credentials->write(m_settings->endpoint(), m_settings->apiId(), secret);
    connect(job, &CredentialWriteJob::finished, this, [this](CredentialWriteJob *done) {
        if (!done->error().ok()) {
            showProblem(tr("Keyring: %1").arg(done->error().message));
            return;
        }
        m_secretState =
            m_credentials->isSessionOnly() ? SecretState::SessionOnly : SecretState::Keyring;
        updateStatusBar();
    });
}

void MainWindow::setEnvironmentSecret(const QString &secret)
{
    m_secretRead = nullptr;
    m_secret = secret;
    m_secretState = SecretState::Environment;
    updateStatusBar();
    updateActions();
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!QFileInfo(path).isFile())
            continue;
        if (QImageReader(path).canRead())
            m_selfiePanel->setFile(path);
        else
            m_livenessPanel->setFile(path);
    }
}

void MainWindow::loadForResend(const QString &selfiePath, const QString &livenessPath,
                               const QString &caseRef)
{
    if (m_job) {
        showProblem(tr("A verification is under way: send the record again when it is done."));
        return;
    }
    newCustomer();
    m_selfiePanel->setFile(selfiePath);
    m_livenessPanel->setFile(livenessPath);
    m_caseRefEdit->setText(caseRef);
    m_noticeLabel->setText(tr("The inputs of a recorded verification are loaded: press Verify "
                              "for a new answer, recorded separately."));
    show();
    raise();
    activateWindow();
    m_verifyButton->setFocus();
}

void MainWindow::updateStatusBar()
{
    m_endpointStatus->setText(
        tr("Endpoint: %1  api_id: %2")
            .arg(m_settings->endpoint().toDisplayString(),
                 m_settings->apiId().isEmpty() ? tr("(not set)") : m_settings->apiId()));
    m_endpointStatus->setToolTip(m_endpointStatus->text()); // the label may be cut
    switch (m_secretState) {
    case SecretState::Unknown:
        m_secretStatus->setText(tr("Secret: reading the keyring…"));
        m_secretStatus->setStyleSheet(QString());
        break;
    case SecretState::Missing:
        m_secretStatus->setText(tr("Secret: not set (File ▸ Settings)"));
        m_secretStatus->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Error));
        break;
    case SecretState::Keyring:
        m_secretStatus->setText(tr("Secret: in the system keyring"));
        m_secretStatus->setStyleSheet(QString());
        break;
    case SecretState::SessionOnly:
        m_secretStatus->setText(tr("Secret: this session only (no keyring reachable)"));
        m_secretStatus->setStyleSheet(StatePalette::textStyle(StatePalette::Role::Warning) +
                                      u" font-weight: bold;"_s);
        break;
    case SecretState::Environment:
        m_secretStatus->setText(tr("Secret: from VERIFYDESK_API_SECRET, this session only"));
        m_secretStatus->setStyleSheet(QString());
        break;
    }
    m_secretStatus->setToolTip(m_credentials->isSessionOnly() ? m_credentials->sessionOnlyReason()
                                                              : QString());
}

void MainWindow::updateActions()
{
    const bool busy = m_job != nullptr;
    const bool ready = m_selfiePanel->source().isSet() && m_livenessPanel->source().isSet();
    m_verifyButton->setEnabled(!busy && ready);
    m_verifyAction->setEnabled(!busy && ready);
    m_cancelButton->setEnabled(busy);
    m_cancelAction->setEnabled(busy);
    m_selfiePanel->setEnabled(!busy);
    m_livenessPanel->setEnabled(!busy);
    updateReceipt();
}

void MainWindow::updateReceipt()
{
    if (!m_history)
        m_receipt->setUnavailable(tr("No history is kept, so there is no record for a receipt."));
    else if (m_job)
        m_receipt->setUnavailable(tr("A verification is under way."));
    else if (!m_answered || !m_resultPanel->hasAnswer())
        m_receipt->setUnavailable(tr("No answer yet: a receipt describes a recorded answer."));
    else if (!m_recorded)
        m_receipt->setUnavailable(
            tr("This answer was not recorded in the history, so there is no receipt for it."));
    else if (!m_resultPanel->isCurrent())
        m_receipt->setUnavailable(tr("The inputs changed after this answer: its receipt would not "
                                     "describe what is on screen. Verify again."));
    else
        m_receipt->setEntry(*m_recorded);
}

void MainWindow::verify()
{
    if (m_job)
        return;
    if (m_secret.isEmpty()) {
        MessageBox::warning(
            this, tr("No api_secret"),
            tr("There is no api_secret for %1 and api_id \"%2\". Enter it in "
               "File ▸ Settings.")
                .arg(m_settings->endpoint().toDisplayString(), m_settings->apiId()));
        return;
    }
    const SelfieReport &selfie = m_selfiePanel->report();
    if (m_selfiePanel->source().kind == InputSource::Kind::File && !selfie.passes()) {
        QStringList broken;
        for (const SelfieIssue &issue : selfie.issues)
            broken << issue.message;
        const auto answer = MessageBox::question(
            this, tr("The selfie breaks the API's rules"),
            tr("The server will probably refuse this selfie:\n%1\n\nSend it anyway?")
                .arg(broken.join(u'\n')));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (!m_livenessPanel->confirmSending())
        return;

    VerificationRequest request;
    request.baseUrl = m_settings->endpoint();
    request.apiId = m_settings->apiId();
    request.apiSecret = m_secret;
    request.selfie = m_selfiePanel->source();
    request.liveness = m_livenessPanel->source();
    request.autoRotate = m_selfiePanel->autoRotate();
    m_jobCaseRef = m_caseRefEdit->text().trimmed();

    m_answered.reset();
    m_recorded.reset();
    m_noticeLabel->clear();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_job = m_client->verify(request);
    m_sinceVerify.start();
    m_phase = Phase::Uploading;
    m_phaseClock.start();
    connect(m_job, &VerificationJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_phase = Phase::Uploading;
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(sent * 1000 / total));
        showWaitingState();
    });
    // Once the body is sent a full bar would say "done" while the server is still deciding.
    connect(m_job, &VerificationJob::waitingForAnswer, this, [this] {
        m_phase = Phase::Waiting;
        m_phaseClock.start();
        m_progress->setRange(0, 0);
        showWaitingState();
    });
    connect(m_job, &VerificationJob::retrying, this,
            [this](int attempt, int delayMs, const ApiError &cause) {
                m_phase = Phase::Retrying;
                m_phaseClock.start();
                m_retryAttempt = attempt;
                m_retryDelayMs = delayMs;
                m_retryCause = ErrorCatalog::explain(cause).title;
                m_progress->setRange(0, 0);
                showWaitingState();
            });
    connect(m_job, &VerificationJob::finished, this, &MainWindow::onJobFinished);
    m_waitTicker.start();
    showWaitingState();
    updateActions();
}

void MainWindow::showWaitingState()
{
    if (!m_job)
        return;
    const qint64 limit = m_job->transferTimeoutMs() / 1000;
    const qint64 waited = m_phaseClock.elapsed() / 1000;
    QString text;
    switch (m_phase) {
    case Phase::Uploading:
        text = tr("Sending the selfie and the liveness data…");
        m_noticeLabel->clear();
        break;
    case Phase::Waiting:
        text = tr("Waiting for the server's answer… %1 s of %2 s").arg(waited).arg(limit);
        m_noticeLabel->setText(text);
        break;
    case Phase::Retrying: {
        const qint64 left = qMax<qint64>(0, (m_retryDelayMs - m_phaseClock.elapsed() + 999) / 1000);
        text = tr("%1: retrying in %2 s (attempt %3 of %4).")
                   .arg(m_retryCause)
                   .arg(left)
                   .arg(m_retryAttempt)
                   .arg(m_client->settings().maxRetries + 1);
        m_noticeLabel->setText(text);
        break;
    }
    }
    m_resultPanel->showWaiting(text);
}

void MainWindow::cancel()
{
    if (m_job)
        m_job->cancel();
}

void MainWindow::onJobFinished()
{
    VerificationJob *job = m_job;
    m_waitTicker.stop();
    m_progress->setVisible(false);
    if (job->succeeded()) {
        const VerificationResult &result = job->result();
        m_resultPanel->setThresholds(currentThresholds());
        m_resultPanel->showResult(result, currentThresholds(), QDateTime::currentDateTime(),
                                  m_sinceVerify.elapsed());
        m_selfiePanel->setLastImageId(result.imageId);
        m_livenessPanel->setLastLivenessDataId(result.livenessDataId);
        m_noticeLabel->setText(job->attempts() > 1
                                   ? tr("Answered after %1 attempts.").arg(job->attempts())
                                   : QString());
    } else {
        m_resultPanel->showError(job->error(), job->clientRequestId(), job->transferTimeoutMs());
        m_noticeLabel->clear();
    }
    m_answered = AnswerBinding::of(job->request());
    record(job);
    m_job = nullptr;
    job->deleteLater();
    updateActions();
    emit verificationFinished();
}

void MainWindow::onInputsChanged()
{
    updateActions();
    if (!m_answered)
        return;
    const AnswerBinding now = AnswerBinding::of(m_selfiePanel->source(), m_livenessPanel->source(),
                                                m_selfiePanel->autoRotate());
    QString reason;
    switch (m_answered->changeTo(now)) {
    case AnswerBinding::Change::None:
        return;
    case AnswerBinding::Change::Selfie:
        reason = tr("The selfie changed after this answer.");
        break;
    case AnswerBinding::Change::SelfieMode:
        reason = tr("The selfie is now given another way (file, URL or id) than for this answer.");
        break;
    case AnswerBinding::Change::Liveness:
        reason = tr("The liveness data changed after this answer.");
        break;
    case AnswerBinding::Change::LivenessMode:
        reason = tr("The liveness data is now given another way (file, URL or id) than for this "
                    "answer.");
        break;
    case AnswerBinding::Change::AutoRotate:
        reason = tr("selfie_auto_rotate changed after this answer.");
        break;
    }
    m_resultPanel->markNotCurrent(reason);
    updateReceipt();
}

void MainWindow::newCustomer()
{
    if (m_job)
        return;
    m_answered.reset();
    m_recorded.reset();
    m_selfiePanel->clear();
    m_livenessPanel->clear();
    m_resultPanel->clear();
    m_noticeLabel->clear();
    m_caseRefEdit->clear();
    updateActions();
    m_selfiePanel->setFocus();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // The default fits the screen it opens on, a 1024×768 counter PC included.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QSize room = screen ? screen->availableGeometry().size() : QSize(1360, 860);
        resize(QSize(1360, 860).boundedTo(room * 0.98));
    }
    restoreState(m_settings->windowState());
    // The answer gets the larger share: its table and ids do not wrap.
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({width() * 9 / 20, width() * 11 / 20});
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The two input panels side by side when the window has room for them beside the answer,
    // stacked (and scrolled) otherwise.
    m_inputsLayout->setDirection(width() >= 1500 ? QBoxLayout::LeftToRight
                                                 : QBoxLayout::TopToBottom);
}

void MainWindow::record(const VerificationJob *job)
{
    if (!m_history)
        return;
    m_history->setKeepInputs(m_settings->keepImages());
    HistoryEntry entry = VerificationRecord::entryFor(*job, currentThresholds());
    entry.operatorName = m_settings->operatorName();
    entry.caseRef = m_jobCaseRef;
    const HistoryResult<qint64> recorded = m_history->record(entry);
    if (!recorded.ok())
        showProblem(tr("History: %1").arg(recorded.error.message));
    if (!m_folderWarned && !m_history->folderWarning().isEmpty()) {
        m_folderWarned = true;
        showProblem(tr("History: %1").arg(m_history->folderWarning()));
    }
    if (recorded.value == 0) {
        markNotRecorded(recorded.error.message);
        return;
    }
    // The receipt describes the record as stored (its time, operator, hashes), not the screen.
    HistoryFilter filter;
    filter.id = recorded.value;
    const HistoryResult<QList<HistoryEntry>> stored = m_history->entries(filter, 1, 0);
    if (stored.ok() && !stored.value.isEmpty())
        m_recorded = stored.value.first();
    else
        showProblem(
            tr("History: the new record cannot be read back: %1").arg(stored.error.message));
}

void MainWindow::markNotRecorded(const QString &error)
{
    // On the answer itself, with SQLite's words, not only in the status bar that fades.
    m_resultPanel->markNotRecorded(error);
}

void MainWindow::loadCopyKey()
{
    if (!m_history || !m_settings->keepImages() || m_copyKeyRequested)
        return;
    m_copyKeyRequested = true;
    auto *key = new KeptCopyKey(m_credentials, this);
    connect(key, &KeptCopyKey::finished, this, [this, key](bool available) {
        if (const HistoryError encrypted = m_history->setCopyKey(key->key()); !encrypted.ok())
            showProblem(tr("History: %1").arg(encrypted.message));
        // Once per run, not once per verification.
        if (!available)
            showProblem(key->problem());
        key->deleteLater();
    });
    key->fetch();
}

QLayout *MainWindow::buildCaseRefRow()
{
    m_caseRefLabel = new QLabel(this);
    m_caseRefEdit = new QLineEdit(this);
    m_caseRefLabel->setObjectName(u"caseRefLabel"_s);
    m_caseRefEdit->setObjectName(u"caseRefEdit"_s);
    m_caseRefLabel->setBuddy(m_caseRefEdit);
    m_caseRefEdit->setMaxLength(MaxCaseRefLength);
    m_caseRefEdit->setClearButtonEnabled(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_caseRefLabel);
    row->addWidget(m_caseRefEdit, 1);
    return row;
}

void MainWindow::startHistory()
{
    if (!m_history)
        return;
    // Opened now, not at the first verification or the first look at the history: an idle
    // window purges old records too, and a damaged database is told before anything needs it.
    const HistoryError opened = m_history->open();
    m_retention = new HistoryRetention(m_history, this);
    connect(m_retention, &HistoryRetention::purged, this, [this] {
        if (m_historyWindow)
            m_historyWindow->applyFilter();
    });
    connect(m_retention, &HistoryRetention::failed, this,
            [this](const QString &message) { showProblem(tr("History: %1").arg(message)); });
    m_retention->start();
    if (!m_history->movedAsideNotice().isEmpty())
        // Once the window is on screen, so that the box has a window to belong to.
        QTimer::singleShot(0, this, &MainWindow::showMovedAsideNotice);
    else if (!opened.ok())
        showProblem(tr("History: %1").arg(opened.message));
}

void MainWindow::showMovedAsideNotice()
{
    MessageBox::warning(this, tr("The history was started anew"),
                        tr("%1\n\nThe earlier records are still in that file, unchanged: keep it, "
                           "or give it to your administrator to recover them.")
                            .arg(m_history->movedAsideNotice()));
}

HistoryWindow *MainWindow::historyWindow() const
{
    return m_historyWindow;
}

void MainWindow::openHistory()
{
    if (!m_history)
        return;
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_history, this);
        m_historyWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyWindow, &HistoryWindow::resendRequested, this, &MainWindow::loadForResend);
    } else {
        m_historyWindow->applyFilter();
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

void MainWindow::showProblem(const QString &message)
{
    qCWarning(lcUi).noquote() << message;
    statusBar()->showMessage(message, 15000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_credentials, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings();
    // A changed retention is due at once: a shorter one purges without waiting for a restart.
    if (m_retention)
        m_retention->check();
    if (!dialog.enteredSecret().isEmpty())
        storeSecret(dialog.enteredSecret());
    else if (dialog.connectionChanged())
        loadSecret();
    // Every widget hears QEvent::LanguageChange and words itself again.
    if (dialog.languageChanged())
        LanguageLoader::install(QCoreApplication::instance(), m_settings->language());
}

void MainWindow::runSetup()
{
    SetupDialog dialog(m_settings, m_credentials, this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
        storeSecret(dialog.enteredSecret());
    } else {
        loadSecret();
    }
}

Thresholds MainWindow::currentThresholds() const
{
    return {m_settings->verifyThreshold(), m_settings->hackThreshold()};
}
