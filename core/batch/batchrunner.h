// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/verificationrequest.h"
#include "batch/batchprogress.h"
#include "batch/batchresult.h"
#include "batch/ratecontroller.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class BatchStore;
class VerificationClient;
class VerificationJob;

// Sends the pending pairs of a BatchStore through a VerificationClient: a bounded, adaptive
// number in flight (RateController), transient failures retried with backoff, every attempt and
// answer written to the store, pause / resume / cancel.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Paused,
        Cancelling, // no new requests; waiting for those in flight to be cancelled
        Finished
    };
    Q_ENUM(State)
    // The most requests a batch may have in flight, whoever sets it.
    static constexpr int MaxConcurrency = 64;

    // Neither is owned; both must outlive the runner.
    BatchRunner(BatchStore *store, VerificationClient *client, QObject *parent = nullptr);
    ~BatchRunner() override;

    // Endpoint, credentials and auto-rotate; the inputs of each pair are filled in per pair.
    void setRequestTemplate(const VerificationRequest &request);
    // The folder relative sources of the pairs are resolved against.
    void setBaseDir(const QString &dir);
    void setConcurrency(int maxInFlight); // default 4
    // Transient failures of one pair retried at most this often (default 5).
    void setMaxRetries(int retries);
    void setRetryBaseDelayMs(int ms); // default 500

    State state() const { return m_state; }
    BatchProgress progress() const;
    const RateController &rateController() const { return m_rate; }

    // The source of a pair as the manifest names it, resolved: url:…, id:…, or a path
    // (relative to baseDir).
    static InputSource resolveSource(const QString &spec, const QString &baseDir);
    // Failures worth another attempt: reset, timeout, 502/503/504, RATE_LIMIT_EXCEEDED.
    static bool isTransient(const ApiError &error);

public slots:
    void start();
    void pause(); // no new requests; those in flight finish and are recorded
    void resume();
    void cancel(); // in-flight requests cancelled; their pairs stay pending for a later resume

signals:
    void stateChanged(BatchRunner::State state);
    void progressChanged(const BatchProgress &progress);
    // A pair got its recorded answer.
    void pairFinished(const BatchResult &result);
    // A store write failed: the batch stops (nothing is sent that could not be recorded).
    void storeFailed(const QString &message);
    // Running ended: every pair answered, or cancelled, or stopped by a store failure.
    void finished();

private:
    struct Slot
    {
        BatchResult pair;
        qint64 attemptId = 0;
        QString requestKey; // the X-Request-ID of every attempt at this pair
        int retries = 0;
        qint64 startedMs = 0;
        VerificationJob *job = nullptr;
    };

    void setState(State state);
    void fill();
    void refillQueue();
    void launch(Slot slot);
    void onJobFinished(VerificationJob *job);
    void overloaded(const Slot &slot);
    void record(const Slot &slot, const VerificationJob *job);
    void scheduleRetry(Slot slot);
    qint64 runningMs() const;
    void maybeFinish();
    void emitProgress();
    void failStore(const QString &message);

    BatchStore *m_store;
    VerificationClient *m_client;
    VerificationRequest m_template;
    QString m_baseDir;
    RateController m_rate;
    int m_maxRetries = 5;
    int m_retryBaseDelayMs = 500;
    State m_state = State::Idle;

    QList<BatchResult> m_queue; // read ahead from the store, small
    qint64 m_lastQueued = -1;   // the highest pairIndex read from the store
    bool m_storeExhausted = false;
    QHash<VerificationJob *, Slot> m_inFlight;
    int m_waitingRetries = 0; // pairs backing off before another attempt
    QList<Slot> m_retryReady; // backed off, to be sent before new pairs
    int m_generation = 0;     // bumped when backing-off pairs are dropped
    QTimer m_spacingTimer;
    QElapsedTimer m_clock;
    qint64 m_lastStartMs = -1;
    qint64 m_lastDecreaseMs = -1; // when the rate controller last slowed down
    qint64 m_pausedMs = 0;
    QElapsedTimer m_pauseClock;
    qint64 m_doneAtStart = 0;
    qint64 m_done = 0;
    qint64 m_ok = 0;
    qint64 m_total = 0;
    qint64 m_retriesCount = 0;
};
