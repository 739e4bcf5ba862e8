// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batcherror.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class BatchStore;

// The validation pass of a batch: reads a folder or manifest pair by pair, checks each
// (BatchValidator) and writes it into the batch database, the refused ones with their problems,
// so that nothing is silently dropped. The same for the command line and the Batch tab.
class BatchImporter
{
    Q_DECLARE_TR_FUNCTIONS(BatchImporter)

public:
    // where: "line 3" of a manifest or "pair 3" of a folder; problem: one translated line.
    using ProblemSink =
        std::function<void(qint64 pairIndex, const QString &where, const QString &problem)>;

    // Every pair of `source` into `store` (already open); a pair stored by an earlier import is
    // left as it is (a resumed batch reads the same manifest again).
    std::optional<BatchError> import(const QString &source, BatchStore *store,
                                     const ProblemSink &sink);

    // The folder relative sources are resolved against.
    QString baseDir() const { return m_baseDir; }
    qint64 rejected() const { return m_rejected; }

private:
    QString m_baseDir;
    qint64 m_rejected = 0;
};
