// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptcommand.h"

#include "cli/exitcode.h"
#include "report/receiptwriter.h"
#include "store/historystore.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

ReceiptCommand::ReceiptCommand()
    : m_out(stdout)
    , m_err(stderr)
{
}

int ReceiptCommand::run(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
        m_err << tr("Give the request_id of one recorded verification: verifydesk receipt "
                    "REQUEST_ID [-o FILE.pdf].")
              << '\n';
        return ExitUsageOrLocalError;
    }
    HistoryFilter filter;
    filter.requestId = arguments.first().trimmed();
    HistoryStore store;
    const HistoryResult<QList<HistoryEntry>> found = store.entries(filter, 1, 0);
    if (!found.ok()) {
        m_err << tr("Error: %1").arg(found.error.message) << '\n';
        return ExitUsageOrLocalError;
    }
    if (found.value.isEmpty()) {
        m_err << tr("No recorded verification has the request_id \"%1\".").arg(filter.requestId)
              << '\n';
        return ExitUsageOrLocalError;
    }
    QString path = parser.value(u"output"_s);
    if (path.isEmpty())
        path = ReceiptWriter::defaultFileName(found.value.first());
    const HistoryError written = ReceiptWriter::write(found.value.first(), path);
    if (!written.ok()) {
        m_err << tr("Error: %1").arg(written.message) << '\n';
        return ExitUsageOrLocalError;
    }
    m_out << tr("Receipt written to %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitSamePerson;
}
