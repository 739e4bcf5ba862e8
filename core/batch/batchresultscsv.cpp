// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchresultscsv.h"

#include "api/untrustedtext.h"
#include "batch/batchmanifest.h"
#include "batch/batchreport.h"
#include "batch/batchstore.h"
#include "report/csvfield.h"

#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

QString BatchResultsCsv::verdictName(const BatchResult &result, const Thresholds &thresholds)
{
    const std::optional<Verdict> verdict = BatchReport::verdictOf(result, thresholds);
    if (!verdict)
        return {};
    switch (verdict->overall) {
    case Verdict::Overall::SamePerson:
        return u"same"_s;
    case Verdict::Overall::NotSamePerson:
        return u"different"_s;
    case Verdict::Overall::PossibleAttack:
        return u"attack"_s;
    }
    return {};
}

QString BatchResultsCsv::write(const BatchStore &store, const Thresholds &thresholds,
                               const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QStringList header = {
        u"pair"_s,         u"selfie"_s,     u"liveness"_s,       u"expected"_s,   u"device"_s,
        u"sdk_version"_s,  u"note"_s,       u"capture_device"_s, u"status"_s,     u"http_status"_s,
        u"verify_score"_s, u"hack_score"_s, u"verdict"_s,        u"latency_ms"_s, u"request_id"_s,
        u"attempts"_s,     u"problem"_s};
    file.write(header.join(u',').toUtf8() + "\r\n");
    store.forEachPair([&](const BatchResult &r) {
        const auto score = [](const std::optional<double> &value) {
            return value ? QString::number(*value, 'g', 10) : QString();
        };
        const QStringList cells = {QString::number(r.pairIndex),
                                   r.selfie,
                                   r.liveness,
                                   BatchManifest::expectationName(r.expected),
                                   r.device,
                                   r.sdkVersion,
                                   r.note,
                                   r.captureDevice,
                                   r.status,
                                   r.httpStatus ? QString::number(r.httpStatus) : QString(),
                                   score(r.verifyScore),
                                   score(r.hackScore),
                                   verdictName(r, thresholds),
                                   r.answered() ? QString::number(r.latencyMs) : QString(),
                                   r.requestId,
                                   QString::number(r.attempts),
                                   store.rejection(r.pairIndex)};
        QStringList fields;
        for (const QString &cell : cells)
            fields << CsvField::encoded(UntrustedText::sanitized(cell));
        file.write(fields.join(u',').toUtf8() + "\r\n");
        return true;
    });
    if (!file.commit())
        return file.errorString();
    return {};
}
