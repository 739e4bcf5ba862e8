// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchvalidator.h"

#include "batch/batchrunner.h"
#include "liveness/livenessinspector.h"
#include "media/selfiecheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

BatchValidator::BatchValidator(const QString &baseDir)
    : m_baseDir(baseDir)
{
}

QStringList BatchValidator::checkSource(const QString &spec, bool selfie, QString *device) const
{
    const InputSource source = BatchRunner::resolveSource(spec, m_baseDir);
    const QString what = selfie ? tr("the selfie") : tr("the liveness data");
    QStringList problems;
    switch (source.kind) {
    case InputSource::Kind::None:
        break;
    case InputSource::Kind::Url: {
        const QUrl url(source.value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
            url.host().isEmpty())
            problems << tr("%1: \"%2\" is not an http:// or https:// URL.").arg(what, source.value);
        break;
    }
    case InputSource::Kind::Id:
        if (source.value.trimmed().isEmpty())
            problems << tr("%1: the id: source is empty.").arg(what);
        break;
    case InputSource::Kind::File: {
        const QFileInfo info(source.value);
        if (!info.exists()) {
            problems << tr("%1: the file %2 does not exist.").arg(what, spec);
        } else if (!info.isFile() || !info.isReadable()) {
            problems << tr("%1: the file %2 cannot be read.").arg(what, spec);
        } else if (selfie) {
            const SelfieReport report = SelfieCheck::inspect(source.value);
            for (const SelfieIssue &issue : report.issues)
                problems
                    << tr("the selfie %1 breaks a rule of the API: %2").arg(spec, issue.message);
        } else {
            const LivenessReport report = LivenessInspector::inspect(source.value);
            if (!report.wellFormed)
                problems << tr("the liveness data %1 is not well-formed protobuf (%2).")
                                .arg(spec, report.summary());
            else if (report.openFormat && device)
                *device = report.device;
        }
        break;
    }
    }
    return problems;
}

QStringList BatchValidator::check(BatchResult *pair)
{
    QStringList problems = checkSource(pair->selfie, true, nullptr) +
                           checkSource(pair->liveness, false, &pair->captureDevice);
    const InputSource liveness = BatchRunner::resolveSource(pair->liveness, m_baseDir);
    const InputSource selfie = BatchRunner::resolveSource(pair->selfie, m_baseDir);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QString::number(int(selfie.kind)).toUtf8());
    hash.addData(selfie.value.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QString::number(int(liveness.kind)).toUtf8());
    hash.addData(liveness.value.toUtf8());
    const QByteArray digest = hash.result();
    if (m_seen.contains(digest))
        problems << tr("a duplicate of an earlier pair (the same selfie and liveness data).");
    else
        m_seen.insert(digest);
    return problems;
}
