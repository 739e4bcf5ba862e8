// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchresult.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

// The check before a batch is sent: each pair's problems (missing or unreadable file, a selfie
// breaking the API's rules, liveness data that is not protobuf, a bad url: or id: source, a
// duplicate of an earlier pair), one translated line each.
class BatchValidator
{
    Q_DECLARE_TR_FUNCTIONS(BatchValidator)

public:
    explicit BatchValidator(const QString &baseDir);

    // Also fills pair->captureDevice from an open-format capture. Remembers the pair for the
    // duplicate check.
    QStringList check(BatchResult *pair);

private:
    // device: set to an open-format capture's device info.
    QStringList checkSource(const QString &spec, bool selfie, QString *device) const;

    QString m_baseDir;
    QSet<QByteArray> m_seen; // a digest of each pair's resolved sources
};
