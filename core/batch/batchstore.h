// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchattempt.h"
#include "batch/batcherror.h"
#include "batch/batchpairquery.h"
#include "batch/batchresult.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

// The batch database (SQLite, WAL): the pairs of one batch, every attempt and each pair's
// answer, written as they happen so that a killed batch resumes sending each pair exactly once.
class BatchStore
{
public:
    BatchStore();
    ~BatchStore();
    BatchStore(const BatchStore &) = delete;
    BatchStore &operator=(const BatchStore &) = delete;

    // "<manifest>.batch.sqlite" next to a manifest file; for a folder, "<folder>.batch.sqlite"
    // next to it.
    static QString pathFor(const QString &manifestOrFolder);
    // The app data folder's batches/<name>.batch.sqlite, for a manifest in a read-only place.
    static QString dataFolderPathFor(const QString &manifestOrFolder);
    // Whether the path names a batch database rather than a manifest or folder.
    static bool isDatabasePath(const QString &path);
    // pathFor(), unless its folder is read-only: then dataFolderPathFor().
    static QString writablePathFor(const QString &manifestOrFolder);

    // Creates the file (0600, its folder 0700 when created) or opens an existing one.
    std::optional<BatchError> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Free-form facts about the batch ("source", "base_dir", "endpoint", "api_id", ...).
    std::optional<BatchError> setMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;

    // Adding pairs: between beginImport() and commitImport() in one transaction. A pair whose
    // pairIndex is already stored is left as it is (resume re-reads the same manifest).
    std::optional<BatchError> beginImport();
    std::optional<BatchError> addPair(const BatchResult &pair);
    std::optional<BatchError> commitImport();
    // Records a pair the validator refused, so that the report can show it ("INVALID_INPUT").
    std::optional<BatchError> addRejected(const BatchResult &pair, const QString &problem);

    qint64 pairCount() const;
    qint64 answeredCount() const;
    qint64 pendingCount() const; // neither answered nor rejected

    // On open for a resume: every attempt still in flight becomes Interrupted (its pair is sent
    // again once). Returns how many there were.
    qint64 recoverInFlight();

    // Up to `limit` pairs not answered, not rejected and with no attempt in flight, from
    // pairIndex > afterIndex, in pairIndex order: how the runner streams its inputs. Each pair's
    // requestId is the X-Request-ID of its last attempt, for the next one to send again.
    QList<BatchResult> nextPending(qint64 afterIndex, int limit) const;

    // Before a request leaves: the attempt, durably "in flight". Returns its id (0 on failure).
    qint64 beginAttempt(qint64 pairIndex, const QString &requestId);
    // The attempt gave the pair's answer: attempt and result written in one transaction.
    std::optional<BatchError> completeAttempt(qint64 attemptId, const BatchResult &result);
    // The attempt ended without an answer to record (state Retried or Cancelled).
    std::optional<BatchError> endAttempt(qint64 attemptId, BatchAttempt::State state,
                                         const QString &status);

    std::optional<BatchResult> pair(qint64 pairIndex) const;
    // A view's page: the pairs the query shows, in its order, from `offset`.
    qint64 count(const BatchPairQuery &query) const;
    QList<BatchResult> page(const BatchPairQuery &query, qint64 offset, int limit) const;
    // Where the pair stands in the query's order; -1 when the query does not show it.
    qint64 rowOf(qint64 pairIndex, const BatchPairQuery &query) const;
    // Every pair in pairIndex order, one at a time (never all in memory); return false from
    // `visit` to stop.
    void forEachPair(const std::function<bool(const BatchResult &)> &visit) const;
    QList<BatchAttempt> attempts(qint64 pairIndex) const;
    // The validator's problem for a rejected pair; empty for the others.
    QString rejection(qint64 pairIndex) const;

    const BatchError &lastError() const { return m_lastError; }
    // After open(): why the existing folder of the database is not private (PrivateFolder),
    // translated; empty when it is, or when the store created it.
    QString folderWarning() const { return m_folderWarning; }

private:
    std::optional<BatchError> fail(const QString &code, const QString &detail) const;
    std::optional<BatchError> createSchema();

    QString m_path;
    QString m_connection;
    mutable BatchError m_lastError;
    QString m_folderWarning;
};
