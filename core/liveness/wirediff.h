// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class WireTree;

// One field of a comparison of two files: where it is and how the two differ there.
struct WireDiffEntry
{
    enum class State
    {
        Same,
        Changed,
        OnlyInA,
        OnlyInB
    };
    QString path; // WireTree::pathOf of the field, the same in both files
    int a = -1;   // the node in tree A, -1 when only in B
    int b = -1;   // the node in tree B, -1 when only in A
    State state = State::Same;
};

// Field-level comparison of two wire trees, one level at a time: fields are paired by number
// and occurrence, values compared by kind, number, text or size + SHA-256, so that two files
// of hundreds of megabytes are compared as they are expanded, never loaded whole.
class WireDiff
{
public:
    WireDiff(WireTree &a, WireTree &b);

    // The fields under node a of A and node b of B (-1 and -1: the top levels), in A's order
    // followed by those only in B.
    QList<WireDiffEntry> children(int a, int b);
    // Whether both sides of a changed entry are messages or groups worth expanding.
    bool canExpand(const WireDiffEntry &entry) const;
    // The innermost differences, descending into changed messages up to maxDepth.
    QList<WireDiffEntry> differences(int maxDepth = 64);
    static QString stateName(WireDiffEntry::State state); // "changed", "only_in_a", ...

private:
    WireDiffEntry::State compare(int a, int b) const;
    void collect(int a, int b, int depth, QList<WireDiffEntry> *found);

    WireTree &m_a;
    WireTree &m_b;
};
