// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchimporter.h"

#include "batch/batchmanifest.h"
#include "batch/batchstore.h"
#include "batch/batchvalidator.h"

using namespace Qt::StringLiterals;

namespace {

// Pairs written per import transaction: one commit per pair would take minutes for 10,000.
constexpr int ImportChunk = 500;

} // namespace

std::optional<BatchError> BatchImporter::import(const QString &source, BatchStore *store,
                                                const ProblemSink &sink)
{
    m_rejected = 0;
    BatchManifest manifest;
    if (auto error = manifest.open(source))
        return error;
    m_baseDir = manifest.baseDir();
    if (auto error = store->setMeta(u"base_dir"_s, m_baseDir))
        return error;
    BatchValidator validator(m_baseDir);
    BatchManifest::Line line;
    int inChunk = 0;
    if (auto error = store->beginImport())
        return error;
    while (manifest.next(&line)) {
        if (line.problems.isEmpty())
            line.problems = validator.check(&line.pair);
        std::optional<BatchError> error;
        if (line.problems.isEmpty()) {
            error = store->addPair(line.pair);
        } else {
            ++m_rejected;
            const QString where = manifest.isFolder() ? tr("pair %1").arg(line.pair.pairIndex)
                                                      : tr("line %1").arg(line.pair.pairIndex);
            for (const QString &problem : std::as_const(line.problems))
                sink(line.pair.pairIndex, where, problem);
            error = store->addRejected(line.pair, line.problems.join(u"; "_s));
        }
        if (!error && ++inChunk == ImportChunk) {
            inChunk = 0;
            error = store->commitImport();
            if (!error)
                error = store->beginImport();
        }
        if (error)
            return error;
    }
    return store->commitImport();
}
