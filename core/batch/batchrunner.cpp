// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrunner.h"

#include "api/verificationclient.h"
#include "api/verificationjob.h"
#include "batch/batchstore.h"
#include "contract/apicontract.h"
#include "contract/apistatus.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using vd::contract::ApiStatus;
using vd::contract::Status;

namespace {

// Pairs read ahead from the store: a handful beyond the window, never the whole batch.
constexpr int ReadAhead = 32;
constexpr int MaxBackoffMs = 30000;

bool isOverload(const ApiError &error)
{
    return error.code == QLatin1StringView(ApiStatus::of(Status::RateLimitExceeded).code) ||
           error.httpStatus == 503;
}

} // namespace

BatchRunner::BatchRunner(BatchStore *store, VerificationClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
    qRegisterMetaType<BatchProgress>();
    m_spacingTimer.setSingleShot(true);
    m_spacingTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_spacingTimer, &QTimer::timeout, this, &BatchRunner::fill);
}

BatchRunner::~BatchRunner()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->cancel();
        it.key()->deleteLater();
    }
}

void BatchRunner::setRequestTemplate(const VerificationRequest &request)
{
    m_template = request;
}

void BatchRunner::setBaseDir(const QString &dir)
{
    m_baseDir = dir;
}

void BatchRunner::setConcurrency(int maxInFlight)
{
    m_rate.setMaxWindow(maxInFlight);
}

void BatchRunner::setMaxRetries(int retries)
{
    m_maxRetries = qMax(0, retries);
}

void BatchRunner::setRetryBaseDelayMs(int ms)
{
    m_retryBaseDelayMs = qMax(0, ms);
}

InputSource BatchRunner::resolveSource(const QString &spec, const QString &baseDir)
{
    if (spec.startsWith("url:"_L1))
        return InputSource::url(spec.mid(4));
    if (spec.startsWith("id:"_L1))
        return InputSource::id(spec.mid(3));
    if (spec.isEmpty())
        return {};
    if (QFileInfo(spec).isAbsolute() || baseDir.isEmpty())
        return InputSource::file(QDir::cleanPath(spec));
    return InputSource::file(QDir::cleanPath(baseDir + u'/' + spec));
}

bool BatchRunner::isTransient(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Timeout)
        return true;
    if (error.kind == ApiError::Kind::Network && error.code == "CONNECTION_RESET"_L1)
        return true;
    return error.isRetryable();
}

qint64 BatchRunner::runningMs() const
{
    if (!m_clock.isValid())
        return 0;
    qint64 paused = m_pausedMs;
    if (m_state == State::Paused && m_pauseClock.isValid())
        paused += m_pauseClock.elapsed();
    return qMax<qint64>(0, m_clock.elapsed() - paused);
}

BatchProgress BatchRunner::progress() const
{
    BatchProgress p;
    p.done = m_done;
    p.total = m_total;
    p.okCount = m_ok;
    p.retries = m_retriesCount;
    p.elapsedMs = runningMs();
    const qint64 thisRun = m_done - m_doneAtStart;
    if (p.elapsedMs > 0 && thisRun > 0) {
        p.pairsPerSecond = double(thisRun) * 1000.0 / double(p.elapsedMs);
        p.etaMs = qint64(double(m_total - m_done) * 1000.0 / p.pairsPerSecond);
    }
    p.concurrency = m_rate.window();
    p.inFlight = int(m_inFlight.size());
    return p;
}

void BatchRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BatchRunner::start()
{
    if (m_state != State::Idle && m_state != State::Finished)
        return;
    // The runner retries with its own backoff and AIMD; the job must not retry behind its back.
    ClientSettings settings = m_client->settings();
    settings.maxRetries = 0;
    m_client->setSettings(settings);

    m_total = m_store->pendingCount() + m_store->answeredCount();
    m_done = m_store->answeredCount();
    m_doneAtStart = m_done;
    m_ok = 0;
    m_retriesCount = 0;
    m_queue.clear();
    m_retryReady.clear();
    m_lastQueued = -1;
    m_storeExhausted = false;
    m_pausedMs = 0;
    m_lastStartMs = -1;
    m_lastDecreaseMs = -1;
    m_clock.start();
    setState(State::Running);
    emitProgress();
    fill();
}

void BatchRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_spacingTimer.stop();
    m_pauseClock.start();
    setState(State::Paused);
    emitProgress();
}

void BatchRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_pausedMs += m_pauseClock.elapsed();
    m_pauseClock.invalidate();
    setState(State::Running);
    emitProgress();
    fill();
}

void BatchRunner::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    if (m_state == State::Paused) {
        m_pausedMs += m_pauseClock.elapsed();
        m_pauseClock.invalidate();
    }
    m_spacingTimer.stop();
    setState(State::Cancelling);
    // Pairs backing off are dropped: their attempts are already ended, so they stay pending.
    m_retryReady.clear();
    m_waitingRetries = 0;
    ++m_generation;
    const QList<VerificationJob *> jobs = m_inFlight.keys();
    for (VerificationJob *job : jobs)
        job->cancel();
    maybeFinish();
}

void BatchRunner::refillQueue()
{
    if (m_storeExhausted || !m_queue.isEmpty())
        return;
    m_queue = m_store->nextPending(m_lastQueued, ReadAhead);
    if (m_queue.isEmpty())
        m_storeExhausted = true;
    else
        m_lastQueued = m_queue.constLast().pairIndex;
}

void BatchRunner::fill()
{
    while (m_state == State::Running &&
           m_inFlight.size() + m_waitingRetries < qsizetype(m_rate.window())) {
        const int spacing = m_rate.spacingMs();
        if (spacing > 0 && m_lastStartMs >= 0) {
            const qint64 wait = m_lastStartMs + spacing - m_clock.elapsed();
            if (wait > 0) {
                if (!m_spacingTimer.isActive())
                    m_spacingTimer.start(int(wait));
                return;
            }
        }
        if (!m_retryReady.isEmpty()) {
            launch(m_retryReady.takeFirst());
            continue;
        }
        refillQueue();
        if (m_queue.isEmpty())
            break;
        Slot slot;
        slot.pair = m_queue.takeFirst();
        slot.requestKey = slot.pair.requestId;
        launch(slot);
    }
    maybeFinish();
}

void BatchRunner::launch(Slot slot)
{
    VerificationRequest request = m_template;
    request.selfie = resolveSource(slot.pair.selfie, m_baseDir);
    request.liveness = resolveSource(slot.pair.liveness, m_baseDir);
    request.clientRequestId = slot.requestKey;
    // verify() only queues the send: the attempt is on the disk before a byte leaves.
    VerificationJob *job = m_client->verify(request);
    slot.requestKey = job->clientRequestId();
    slot.attemptId = m_store->beginAttempt(slot.pair.pairIndex, job->clientRequestId());
    if (slot.attemptId == 0) {
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
        failStore(m_store->lastError().message);
        return;
    }
    m_lastStartMs = m_clock.elapsed();
    slot.startedMs = m_lastStartMs;
    slot.job = job;
    m_inFlight.insert(job, slot);
    connect(job, &VerificationJob::finished, this, [this, job] { onJobFinished(job); });
}

void BatchRunner::onJobFinished(VerificationJob *job)
{
    const auto found = m_inFlight.constFind(job);
    if (found == m_inFlight.cend())
        return;
    Slot slot = *found;
    m_inFlight.erase(found);
    job->deleteLater();

    if (job->succeeded()) {
        m_rate.onSuccess();
        record(slot, job);
    } else {
        const ApiError &error = job->error();
        if (error.kind == ApiError::Kind::Cancelled && m_state == State::Cancelling) {
            if (auto failed =
                    m_store->endAttempt(slot.attemptId, BatchAttempt::State::Cancelled, error.code))
                failStore(failed->message);
        } else if (isTransient(error) && slot.retries < m_maxRetries) {
            if (isOverload(error))
                overloaded(slot);
            if (auto failed =
                    m_store->endAttempt(slot.attemptId, BatchAttempt::State::Retried, error.code)) {
                failStore(failed->message);
            } else {
                ++m_retriesCount;
                scheduleRetry(slot);
            }
        } else {
            if (isOverload(error))
                overloaded(slot);
            else
                m_rate.onSuccess();
            record(slot, job);
        }
    }
    emitProgress();
    fill();
}

void BatchRunner::overloaded(const Slot &slot)
{
    // The requests sent before the last decrease tell of the old pace, not of the new one: one
    // burst of rejections halves the pace once.
    if (slot.startedMs < m_lastDecreaseMs)
        return;
    m_rate.onOverload();
    m_lastDecreaseMs = m_clock.elapsed();
}

void BatchRunner::record(const Slot &slot, const VerificationJob *job)
{
    BatchResult result = slot.pair;
    if (job->succeeded()) {
        const VerificationResult &answer = job->result();
        result.status = QString::fromLatin1(vd::contract::answer::Ok);
        result.httpStatus = answer.httpStatus;
        result.verifyScore = answer.verifyScore;
        result.hackScore = answer.hackScore;
        result.requestId = answer.requestId;
    } else {
        const ApiError &error = job->error();
        result.status = error.code;
        result.httpStatus = error.httpStatus;
        result.requestId = error.requestId;
    }
    if (result.requestId.isEmpty())
        result.requestId = job->clientRequestId();
    result.latencyMs = m_clock.elapsed() - slot.startedMs;
    result.attempts = slot.retries + 1;
    if (auto failed = m_store->completeAttempt(slot.attemptId, result)) {
        failStore(failed->message);
        return;
    }
    ++m_done;
    if (job->succeeded())
        ++m_ok;
    emit pairFinished(result);
}

void BatchRunner::scheduleRetry(Slot slot)
{
    ++slot.retries;
    const int ceiling = qMin(MaxBackoffMs, m_retryBaseDelayMs << qMin(slot.retries - 1, 10));
    // Full jitter in [ceiling/2, ceiling]: retries of many pairs do not arrive together.
    const int delay = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    ++m_waitingRetries;
    const int generation = m_generation;
    QTimer::singleShot(delay, this, [this, slot, generation] {
        if (generation != m_generation)
            return;
        --m_waitingRetries;
        m_retryReady.append(slot);
        fill();
    });
}

void BatchRunner::maybeFinish()
{
    if (m_state == State::Cancelling && m_inFlight.isEmpty()) {
        setState(State::Finished);
        emitProgress();
        emit finished();
        return;
    }
    if (m_state != State::Running || !m_inFlight.isEmpty() || m_waitingRetries > 0 ||
        !m_retryReady.isEmpty())
        return;
    refillQueue();
    if (!m_queue.isEmpty())
        return;
    setState(State::Finished);
    emitProgress();
    emit finished();
}

void BatchRunner::emitProgress()
{
    emit progressChanged(progress());
}

void BatchRunner::failStore(const QString &message)
{
    qCWarning(lcApi) << "batch stopped: the batch database cannot be written:" << message;
    const QList<VerificationJob *> jobs = m_inFlight.keys();
    m_spacingTimer.stop();
    setState(State::Cancelling);
    m_retryReady.clear();
    m_waitingRetries = 0;
    ++m_generation;
    emit storeFailed(message);
    for (VerificationJob *job : jobs)
        job->cancel();
    maybeFinish();
}
