// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/historystore.h"

#include <QAbstractTableModel>

// The history records a filter selects, newest first, read from the store one page at a time as
// the view scrolls (fetchMore), so that a history of any size opens at once.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        OperatorColumn,
        CaseRefColumn,
        VerdictColumn,
        VerifyScoreColumn,
        HackScoreColumn,
        ThresholdsColumn,
        StatusColumn,
        RequestIdColumn,
        EndpointColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    // store must outlive the model.
    explicit HistoryTableModel(HistoryStore *store, QObject *parent = nullptr);

    // Reads the first page of what this filter selects; error says why nothing could be read.
    HistoryError setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    // The number of records the filter selects, loaded or not.
    int totalCount() const { return m_total; }
    const HistoryEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The verdict as the operator reads it, e.g. "Same person".
    static QString verdictText(const QString &stored);

private:
    QVariant display(const HistoryEntry &entry, int column) const;

    HistoryStore *m_store;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    int m_total = 0;
};
