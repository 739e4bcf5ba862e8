// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QSet>

class WireTree;

// A WireTree as a Qt item model: one row a field (field path, wire type, offset, length, value);
// a message's fields are parsed only when the view expands it (canFetchMore/fetchMore).
class WireTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        WireTypeColumn,
        OffsetColumn,
        LengthColumn,
        ValueColumn,
        ColumnCount
    };

    explicit WireTreeModel(QObject *parent = nullptr);

    // The tree must outlive the model or be replaced by another setTree; null empties the model.
    void setTree(WireTree *tree);
    WireTree *tree() const { return m_tree; }
    // The node id of an index, -1 for the root or an invalid index.
    static int nodeId(const QModelIndex &index);
    // The index of a node whose parents have been fetched; invalid otherwise.
    QModelIndex indexOf(int id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    WireTree *m_tree = nullptr;
    QSet<int> m_fetched; // nodes whose rows the view has been told about
};
