// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wirereader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

// One field of a wire tree: where it is, its wire type, and what its value looks like.
struct WireNode
{
    enum class Kind
    {
        Varint,
        Fixed64,
        Fixed32,
        Message,  // a length-delimited value that parses completely as a message
        Group,    // start/end-group, its fields inside
        Text,     // a length-delimited value that is printable UTF-8
        Bytes,    // any other length-delimited value (packed: it read as varints)
        Truncated // a length-delimited value that runs past the end of the data
    };

    int field = 0;
    int wireType = 0;
    int occurrence = 0;     // how many fields with this number come before it in its message
    qint64 offset = 0;      // the first byte of the tag
    qint64 valueOffset = 0; // the first byte of the value
    qint64 length = 0;      // the value's bytes (a truncated value: what is there)
    quint64 scalar = 0;     // varint, fixed32, fixed64
    Kind kind = Kind::Bytes;
    QString media;         // "JPEG", "PNG", "GIF", "WebP", "MP4", "WebM/Matroska", "AVI"
    QString text;          // Kind::Text: the string
    QList<quint64> packed; // Bytes of up to 4 KiB that are exactly a run of varints, read so
    int parent = -1;
    int row = 0; // its place among its parent's fields
    bool childrenLoaded = false;
    QList<int> children;
};

// The protobuf wire format of any file as a tree, without its schema: the file is memory-mapped,
// not read, and a message's fields are parsed only when asked for (children()), so a file of
// hundreds of megabytes opens at once. The first wire-format error is kept with its byte offset
// and the path of fields leading to it; every field before it stays in the tree.
class WireTree
{
    Q_DECLARE_TR_FUNCTIONS(WireTree)

public:
    WireTree();
    ~WireTree();
    WireTree(const WireTree &) = delete;
    WireTree &operator=(const WireTree &) = delete;

    // Maps the file and reads its top level; the result is error(). A file that cannot be
    // opened or is too large leaves the tree empty.
    WireError openFile(const QString &path);
    // The same for data in memory (kept by the tree).
    WireError setData(const QByteArray &data);

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    const WireError &error() const { return m_error; }

    const QList<int> &topLevel() const { return m_top; }
    const WireNode &node(int id) const { return m_nodes.at(std::size_t(id)); }
    // Message, group, or a truncated value whose start parses as fields.
    bool canExpand(int id) const;
    // The node's fields, parsed the first time they are asked for.
    const QList<int> &children(int id);

    // A field's place: field numbers from the top, "[n]" for the n-th repetition (from 0) when
    // it is not the first, e.g. "4[2].2" is field 2 of the third field 4.
    QString pathOf(int id) const;
    // The node at such a path, expanding what it passes through; -1 when there is none.
    int find(const QString &path);

    // The first maxBytes of the value.
    QByteArray value(int id, qint64 maxBytes) const;
    QByteArray valueSha256(int id) const;
    QByteArray fileSha256() const;
    // Writes the value to a file; the message names the problem when it cannot.
    QString exportValue(int id, const QString &outPath) const;

    // A translated one-line description of the value, for the tree and the command line.
    QString describe(int id) const;
    static QString wireTypeName(int wireType);
    static QString kindName(WireNode::Kind kind);

private:
    void reset();
    QList<int> parseRange(int parent, qint64 begin, qint64 length, WireError *error);
    int addNode(int parent, const WireField &field, int occurrence, int row);
    void classify(WireNode &node) const;
    bool readChunks(const WireNode &node, const std::function<void(QByteArrayView)> &use) const;

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    std::vector<WireNode> m_nodes;
    QList<int> m_top;
    WireError m_error;
};
