// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytablemodel.h"

#include "statepalette.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

HistoryTableModel::HistoryTableModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

HistoryError HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    const HistoryResult<int> counted = m_store->count(filter);
    m_total = counted.ok() ? counted.value : 0;
    HistoryError error = counted.error;
    if (m_total > 0) {
        HistoryResult<QList<HistoryEntry>> page = m_store->entries(filter, PageSize, 0);
        m_rows = page.value;
        if (!page.ok())
            error = page.error;
    }
    endResetModel();
    return error;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    HistoryResult<QList<HistoryEntry>> page =
        m_store->entries(m_filter, PageSize, int(m_rows.size()));
    if (page.value.isEmpty()) {
        // The store has fewer than it counted (records purged meanwhile): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value.size()) - 1);
    m_rows.append(page.value);
    endInsertRows();
}

QString HistoryTableModel::verdictText(const QString &stored)
{
    if (stored == u"same_person"_s)
        return tr("Same person");
    if (stored == u"not_same_person"_s)
        return tr("Not the same person");
    if (stored == u"possible_attack"_s)
        return tr("Possible attack");
    // A failure: the server may have answered, with an error, but nothing was decided.
    return tr("No verdict");
}

QVariant HistoryTableModel::display(const HistoryEntry &entry, int column) const
{
    const QLocale locale;
    const auto score = [&locale](const std::optional<double> &value) {
        return value ? QVariant(locale.toString(*value, 'f', 4)) : QVariant();
    };
    switch (column) {
    case TimeColumn: {
        const QDateTime local = entry.timeUtc.toLocalTime();
        return QString(locale.toString(local, u"yyyy-MM-dd HH:mm:ss"_s) + u' ' +
                       local.timeZoneAbbreviation());
    }
    case OperatorColumn:
        return entry.operatorName;
    case CaseRefColumn:
        return entry.caseRef;
    case VerdictColumn:
        return verdictText(entry.verdict);
    case VerifyScoreColumn:
        return score(entry.verifyScore);
    case HackScoreColumn:
        return score(entry.hackScore);
    case ThresholdsColumn:
        return tr("verify ≥ %1, hack > %2")
            .arg(locale.toString(entry.verifyThreshold), locale.toString(entry.hackThreshold));
    case StatusColumn:
        return entry.status;
    case RequestIdColumn:
        return entry.requestId;
    case EndpointColumn:
        return entry.endpoint;
    default:
        return {};
    }
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry &entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(entry, index.column());
    if (index.column() != VerdictColumn)
        return {};
    // Colour and a distinct icon, so that the verdict never rests on colour alone.
    const bool same = entry.verdict == u"same_person"_s;
    if (role == Qt::DecorationRole)
        return QIcon(same ? u":/icons/verify.svg"_s : u":/icons/cancel.svg"_s);
    if (role == Qt::ForegroundRole)
        return StatePalette::color(same                          ? StatePalette::Role::Success
                                   : entry.verdict == u"error"_s ? StatePalette::Role::Warning
                                                                 : StatePalette::Role::Error);
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case CaseRefColumn:
        return tr("Case reference");
    case VerdictColumn:
        return tr("Verdict");
    case VerifyScoreColumn:
        return u"verify_score"_s;
    case HackScoreColumn:
        return u"hack_score"_s;
    case ThresholdsColumn:
        return tr("Thresholds");
    case StatusColumn:
        return tr("Status");
    case RequestIdColumn:
        return u"request_id"_s;
    case EndpointColumn:
        return tr("Endpoint");
    default:
        return {};
    }
}
