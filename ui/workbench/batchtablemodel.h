// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/verdict.h"
#include "batch/batchpairquery.h"
#include "batch/batchresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class BatchStore;

// The pairs of a batch database as a table, read a page at a time (never every row in memory);
// sorted and filtered by the database. refresh() takes in new answers without resetting the
// view: rows keep their selection and current index as they move.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PairColumn,
        StatusColumn,
        VerifyScoreColumn,
        HackScoreColumn,
        VerdictColumn,
        ExpectedColumn,
        MatchColumn,
        LatencyColumn,
        RequestIdColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit BatchTableModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the table.
    void setStore(const BatchStore *store);
    void setThresholds(const Thresholds &thresholds);
    void setQuery(const BatchPairQuery &query);
    const BatchPairQuery &query() const { return m_query; }
    // Reads the database again: new answers, new rows, rows that moved.
    void refresh();

    // The pair on that row; nullopt outside the table.
    std::optional<BatchResult> pairAt(int row) const;
    // The row of that pair; -1 when the filter hides it.
    int rowOf(qint64 pairIndex) const;
    // How many pages are held now (for the test that the table never holds every row).
    int cachedPages() const { return int(m_pages.size()); }

    // Sortable columns; the verdict and match depend on the thresholds and are not.
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        BatchResult pair;
        QString rejection;
    };
    const Row *rowAt(int row) const;
    QString statusText(const Row &row) const;

    static constexpr int MaxPages = 8;
    const BatchStore *m_store = nullptr;
    Thresholds m_thresholds;
    BatchPairQuery m_query;
    int m_rowCount = 0;
    mutable QHash<int, QList<Row>> m_pages; // page number -> its rows
};
