// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirediff.h"

#include "wiretree.h"

#include <QHash>

namespace {

using Key = QPair<int, int>; // field number, occurrence

QList<int> fieldsOf(WireTree &tree, int id)
{
    if (id < 0)
        return tree.topLevel();
    return tree.canExpand(id) ? tree.children(id) : QList<int>();
}

bool nested(WireNode::Kind kind)
{
    return kind == WireNode::Kind::Message || kind == WireNode::Kind::Group;
}

} // namespace

WireDiff::WireDiff(WireTree &a, WireTree &b)
    : m_a(a)
    , m_b(b)
{
}

WireDiffEntry::State WireDiff::compare(int a, int b) const
{
    const WireNode &x = m_a.node(a);
    const WireNode &y = m_b.node(b);
    if (x.wireType != y.wireType || x.kind != y.kind || x.length != y.length)
        return WireDiffEntry::State::Changed;
    switch (x.kind) {
    case WireNode::Kind::Varint:
    case WireNode::Kind::Fixed32:
    case WireNode::Kind::Fixed64:
        return x.scalar == y.scalar ? WireDiffEntry::State::Same : WireDiffEntry::State::Changed;
    case WireNode::Kind::Text:
        return x.text == y.text ? WireDiffEntry::State::Same : WireDiffEntry::State::Changed;
    default:
        // Streamed from the mapped files: a 100 MB value costs no memory.
        return m_a.valueSha256(a) == m_b.valueSha256(b) ? WireDiffEntry::State::Same
                                                        : WireDiffEntry::State::Changed;
    }
}

QList<WireDiffEntry> WireDiff::children(int a, int b)
{
    const QList<int> inA = fieldsOf(m_a, a);
    const QList<int> inB = fieldsOf(m_b, b);
    QHash<Key, int> byKey;
    for (const int id : inB)
        byKey.insert({m_b.node(id).field, m_b.node(id).occurrence}, id);
    QList<WireDiffEntry> entries;
    for (const int id : inA) {
        const WireNode &node = m_a.node(id);
        const Key key{node.field, node.occurrence};
        const int other = byKey.contains(key) ? byKey.take(key) : -1;
        WireDiffEntry entry;
        entry.path = m_a.pathOf(id);
        entry.a = id;
        entry.b = other;
        entry.state = other < 0 ? WireDiffEntry::State::OnlyInA : compare(id, other);
        entries.append(entry);
    }
    for (const int id : inB) {
        const WireNode &node = m_b.node(id);
        if (!byKey.contains({node.field, node.occurrence}))
            continue;
        entries.append({m_b.pathOf(id), -1, id, WireDiffEntry::State::OnlyInB});
    }
    return entries;
}

bool WireDiff::canExpand(const WireDiffEntry &entry) const
{
    return entry.state == WireDiffEntry::State::Changed && nested(m_a.node(entry.a).kind) &&
           nested(m_b.node(entry.b).kind);
}

QList<WireDiffEntry> WireDiff::differences(int maxDepth)
{
    QList<WireDiffEntry> found;
    collect(-1, -1, maxDepth, &found);
    return found;
}

QString WireDiff::stateName(WireDiffEntry::State state)
{
    switch (state) {
    case WireDiffEntry::State::Same:
        return QStringLiteral("same");
    case WireDiffEntry::State::Changed:
        return QStringLiteral("changed");
    case WireDiffEntry::State::OnlyInA:
        return QStringLiteral("only_in_a");
    case WireDiffEntry::State::OnlyInB:
        return QStringLiteral("only_in_b");
    }
    return {};
}

void WireDiff::collect(int a, int b, int depth, QList<WireDiffEntry> *found)
{
    for (const WireDiffEntry &entry : children(a, b)) {
        if (entry.state == WireDiffEntry::State::Same)
            continue;
        if (depth > 0 && canExpand(entry))
            collect(entry.a, entry.b, depth - 1, found);
        else
            found->append(entry);
    }
}
