// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/batchtablemodel.h"

#include "batch/batchmanifest.h"
#include "batch/batchreport.h"
#include "batch/batchstore.h"
#include "resultpanel.h"
#include "statepalette.h"

#include <QLocale>

using namespace Qt::StringLiterals;

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchTableModel::setStore(const BatchStore *store)
{
    beginResetModel();
    m_store = store;
    m_pages.clear();
    m_rowCount = m_store ? int(m_store->count(m_query)) : 0;
    endResetModel();
}

void BatchTableModel::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    if (m_rowCount > 0)
        emit dataChanged(index(0, VerdictColumn), index(m_rowCount - 1, MatchColumn));
}

void BatchTableModel::setQuery(const BatchPairQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

bool BatchTableModel::isSortable(int column)
{
    return column != VerdictColumn && column != MatchColumn;
}

void BatchTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, BatchPairQuery::Order> orders = {
        {PairColumn, BatchPairQuery::Order::Pair},
        {StatusColumn, BatchPairQuery::Order::Status},
        {VerifyScoreColumn, BatchPairQuery::Order::VerifyScore},
        {HackScoreColumn, BatchPairQuery::Order::HackScore},
        {ExpectedColumn, BatchPairQuery::Order::Expected},
        {LatencyColumn, BatchPairQuery::Order::Latency},
        {RequestIdColumn, BatchPairQuery::Order::RequestId}};
    const auto found = orders.constFind(column);
    if (found == orders.cend())
        return;
    BatchPairQuery query = m_query;
    query.order = *found;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void BatchTableModel::refresh()
{
    if (!m_store) {
        setStore(nullptr);
        return;
    }
    // The rows the view keeps (selection, current) follow their pair to its new place: which
    // pair each one shows is read before anything changes.
    const QModelIndexList kept = persistentIndexList();
    QList<qint64> keptPairs;
    keptPairs.reserve(kept.size());
    for (const QModelIndex &index : kept) {
        const Row *row = rowAt(index.row());
        keptPairs.append(row ? row->pair.pairIndex : -1);
    }
    const int newCount = int(m_store->count(m_query));
    if (newCount > m_rowCount) {
        beginInsertRows({}, m_rowCount, newCount - 1);
        m_rowCount = newCount;
        endInsertRows();
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pages.clear();
    QHash<qint64, qint64> newRows;
    QModelIndexList moved;
    moved.reserve(kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const qint64 pair = keptPairs.at(i);
        if (pair < 0) {
            moved.append(QModelIndex());
            continue;
        }
        auto found = newRows.find(pair);
        if (found == newRows.end())
            found = newRows.insert(pair, m_store->rowOf(pair, m_query));
        moved.append(*found < 0 || *found >= newCount ? QModelIndex()
                                                      : index(int(*found), kept.at(i).column()));
    }
    changePersistentIndexList(kept, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newCount < m_rowCount) {
        beginRemoveRows({}, newCount, m_rowCount - 1);
        m_rowCount = newCount;
        endRemoveRows();
    }
}

const BatchTableModel::Row *BatchTableModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        if (m_pages.size() >= MaxPages)
            m_pages.clear();
        QList<Row> rows;
        const QList<BatchResult> pairs = m_store->page(m_query, qint64(page) * PageSize, PageSize);
        rows.reserve(pairs.size());
        for (const BatchResult &pair : pairs)
            rows.append({pair, pair.answered() ? QString() : m_store->rejection(pair.pairIndex)});
        found = m_pages.insert(page, rows);
    }
    const int within = row % PageSize;
    return within < found->size() ? &found->at(within) : nullptr;
}

std::optional<BatchResult> BatchTableModel::pairAt(int row) const
{
    const Row *found = rowAt(row);
    if (!found)
        return std::nullopt;
    return found->pair;
}

int BatchTableModel::rowOf(qint64 pairIndex) const
{
    return m_store ? int(m_store->rowOf(pairIndex, m_query)) : -1;
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchTableModel::statusText(const Row &row) const
{
    if (row.pair.answered())
        return row.pair.status;
    if (!row.rejection.isEmpty())
        return tr("not sent: a problem");
    return tr("waiting");
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const BatchResult &pair = row->pair;
    const std::optional<Verdict> verdict = BatchReport::verdictOf(pair, m_thresholds);
    const std::optional<bool> match = BatchReport::matches(pair, m_thresholds);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PairColumn:
            return pair.pairIndex;
        case StatusColumn:
            return statusText(*row);
        case VerifyScoreColumn:
            return pair.verifyScore ? locale.toString(*pair.verifyScore, 'f', 4) : QString();
        case HackScoreColumn:
            return pair.hackScore ? locale.toString(*pair.hackScore, 'f', 4) : QString();
        case VerdictColumn:
            return verdict ? ResultPanel::verdictSymbol(verdict->overall) + u' ' +
                                 ResultPanel::verdictText(verdict->overall)
                           : QString();
        case ExpectedColumn:
            // The manifest's words, in the UI language.
            switch (pair.expected) {
            case BatchExpectation::Same:
                return tr("same");
            case BatchExpectation::Different:
                return tr("different");
            case BatchExpectation::Attack:
                return tr("attack");
            case BatchExpectation::Unknown:
                return QString();
            }
            return QString();
        case MatchColumn:
            if (!match)
                return QString();
            return *match ? tr("✓ as expected") : tr("✗ not as expected");
        case LatencyColumn:
            return pair.answered() ? tr("%1 ms").arg(pair.latencyMs) : QString();
        case RequestIdColumn:
            return pair.requestId;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == VerdictColumn && verdict)
            return ResultPanel::verdictColor(verdict->overall);
        if (index.column() == MatchColumn && match && !*match)
            return StatePalette::color(StatePalette::Role::Error);
        if (index.column() == StatusColumn && !row->rejection.isEmpty())
            return StatePalette::color(StatePalette::Role::Warning);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Selfie: %1\nLiveness: %2").arg(pair.selfie, pair.liveness);
        if (!row->rejection.isEmpty())
            tip += u'\n' + tr("Not sent: %1").arg(row->rejection);
        if (pair.attempts > 1)
            tip += u'\n' + tr("Attempts: %1").arg(pair.attempts);
        return tip;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case PairColumn:
        case VerifyScoreColumn:
        case HackScoreColumn:
        case LatencyColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PairColumn:
        return tr("Pair");
    case StatusColumn:
        return tr("Status");
    case VerifyScoreColumn:
        return u"verify_score"_s;
    case HackScoreColumn:
        return u"hack_score"_s;
    case VerdictColumn:
        return tr("Verdict");
    case ExpectedColumn:
        return tr("Expected");
    case MatchColumn:
        return tr("Match");
    case LatencyColumn:
        return tr("Latency");
    case RequestIdColumn:
        return u"request_id"_s;
    default:
        return {};
    }
}
