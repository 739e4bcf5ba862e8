// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiretreemodel.h"

#include "liveness/wiretree.h"

#include <QLocale>

using namespace Qt::StringLiterals;

WireTreeModel::WireTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void WireTreeModel::setTree(WireTree *tree)
{
    beginResetModel();
    m_tree = tree;
    m_fetched.clear();
    endResetModel();
}

int WireTreeModel::nodeId(const QModelIndex &index)
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex WireTreeModel::indexOf(int id) const
{
    if (!m_tree || id < 0)
        return {};
    const WireNode &node = m_tree->node(id);
    if (node.parent >= 0 && !m_fetched.contains(node.parent))
        return {};
    return createIndex(node.row, 0, quintptr(id + 1));
}

QModelIndex WireTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int parentId = nodeId(parent);
    const QList<int> &rows = parentId < 0 ? m_tree->topLevel() : m_tree->node(parentId).children;
    if (row >= rows.size() || (parentId >= 0 && !m_fetched.contains(parentId)))
        return {};
    return createIndex(row, column, quintptr(rows.at(row) + 1));
}

QModelIndex WireTreeModel::parent(const QModelIndex &child) const
{
    const int id = nodeId(child);
    if (!m_tree || id < 0)
        return {};
    const int parentId = m_tree->node(id).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_tree->node(parentId).row, 0, quintptr(parentId + 1));
}

int WireTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || parent.column() > 0)
        return 0;
    const int id = nodeId(parent);
    if (id < 0)
        return int(m_tree->topLevel().size());
    return m_fetched.contains(id) ? int(m_tree->node(id).children.size()) : 0;
}

int WireTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WireTreeModel::data(const QModelIndex &index, int role) const
{
    const int id = nodeId(index);
    if (!m_tree || id < 0)
        return {};
    const WireNode &node = m_tree->node(id);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == OffsetColumn || index.column() == LengthColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FieldColumn)
        return tr("Field path %1").arg(m_tree->pathOf(id));
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return m_tree->describe(id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        // The path, so that a field deep in the tree still says where it is.
        return m_tree->pathOf(id);
    case WireTypeColumn:
        return WireTree::wireTypeName(node.wireType);
    case OffsetColumn:
        return QLocale().toString(node.offset);
    case LengthColumn:
        return QLocale().toString(node.length);
    case ValueColumn:
        return m_tree->describe(id);
    default:
        return {};
    }
}

QVariant WireTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case WireTypeColumn:
        return tr("Wire type");
    case OffsetColumn:
        return tr("Offset");
    case LengthColumn:
        return tr("Length");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

bool WireTreeModel::hasChildren(const QModelIndex &parent) const
{
    const int id = nodeId(parent);
    if (!m_tree)
        return false;
    if (id < 0)
        return !parent.isValid() && !m_tree->topLevel().isEmpty();
    return parent.column() == 0 && m_tree->canExpand(id);
}

bool WireTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const int id = nodeId(parent);
    return m_tree && id >= 0 && m_tree->canExpand(id) && !m_fetched.contains(id);
}

void WireTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int id = nodeId(parent);
    const qsizetype count = m_tree->children(id).size();
    if (count == 0) {
        m_fetched.insert(id);
        return;
    }
    beginInsertRows(parent.siblingAtColumn(0), 0, int(count - 1));
    m_fetched.insert(id);
    endInsertRows();
}
